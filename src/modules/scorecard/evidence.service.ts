import type { Db } from '../../db/database.js';
import { notFound } from '../../platform/errors/app-error.js';
import { factContext } from '../metrics/metric-engine.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import { countFacts, listFacts, type CountedFilter } from '../metrics/metrics.repository.js';
import { labelRecords } from './evidence.repository.js';
import { periodSoFar, type Scoring } from '../appraisal/score-participants.js';

/** The query of one person's facts behind a metric in a period, as the metric engine computed it. */
async function factsOf(db: Db, metric: string, scoring: Scoring, userId: string) {
  const catalog = await loadMetricCatalog(db);
  const facts = catalog.get(metric)?.facts;
  return facts?.(
    factContext(db.dialect, periodSoFar(scoring), scoring.zone, {
      keyFields: catalog.keyFields,
      scoredAt: scoring.scoredAt,
      subjects: [userId],
    }),
  );
}

/**
 * The records behind one person's metric in a period, from the very query that computed it:
 * whether each counts in the numerator, and a label to show.
 */
export async function listEvidence(
  db: Db,
  metric: string,
  scoring: Scoring,
  userId: string,
  page: { limit: number; offset: number },
  counted: CountedFilter = 'all',
) {
  const facts = await factsOf(db, metric, scoring, userId);
  if (!facts) throw notFound('evidence');
  const { items, total } = await listFacts(db.kysely, facts, userId, page, counted);
  const labels = await labelRecords(db.kysely, items);
  return {
    total,
    items: items.map((fact) => {
      const label = labels.get(`${fact.recordType}:${fact.recordId}`);
      return {
        recordType: fact.recordType,
        recordId: fact.recordId,
        at: fact.at,
        numerator: fact.num,
        denominator: fact.den,
        label: label?.label ?? null,
        customerId: label?.customerId ?? null,
        parent: label?.parent ?? null,
        change: label?.change ?? null,
      };
    }),
  };
}

/**
 * How many records are behind one person's metric in a period, and how many of them count; null
 * for a metric without records behind it.
 */
export async function countEvidence(db: Db, metric: string, scoring: Scoring, userId: string) {
  const facts = await factsOf(db, metric, scoring, userId);
  if (!facts) return null;
  const [records, counted] = await Promise.all([
    countFacts(db.kysely, facts, userId, 'all'),
    countFacts(db.kysely, facts, userId, 'yes'),
  ]);
  return { records, counted };
}
