import type { Db, Dialect } from '../../db/database.js';
import { builtInMetric, type BuiltInMetricId } from '../../domain/metrics/catalog.js';
import type { MetricValue } from '../../domain/metrics/metric-value.js';
import { activeDaysInPeriod, daysInPeriod } from '../../domain/time/active-days.js';
import { orgDay } from '../../domain/time/org-day.js';
import type { Period } from '../../domain/time/period.js';
import { DEFAULT_KEY_FIELDS, type FactContext, type KeyField } from './metric-period.js';
import { FACTS } from './metric-facts.registry.js';
import { metricValueOf } from './metric-value-of.js';
import { aggregateFacts, factValuesByUser } from './metrics.repository.js';

/** A person being measured, with the dates that decide how much of the period they were active. */
export type Subject = { userId: string; joinedOn: string | null; leftOn: string | null };

export function factContext(
  dialect: Dialect,
  period: Period,
  zone: string,
  keyFields: readonly KeyField[] = DEFAULT_KEY_FIELDS,
): FactContext {
  return {
    dialect,
    start: period.start.toISOString(),
    end: period.end.toISOString(),
    firstDay: orgDay(period.start, zone),
    endDay: orgDay(period.end, zone),
    keyFields,
  };
}

export type MetricRequest = { metric: BuiltInMetricId; minSample: number };

/**
 * Values of the requested metrics for every subject: one set-based query per metric for all
 * subjects together, never a query per person.
 */
export async function computeMetrics(
  db: Db,
  period: Period,
  zone: string,
  requests: readonly MetricRequest[],
  subjects: readonly Subject[],
  keyFields: readonly KeyField[] = DEFAULT_KEY_FIELDS,
): Promise<Map<BuiltInMetricId, Map<string, MetricValue>>> {
  const ctx = factContext(db.dialect, period, zone, keyFields);
  const periodDays = daysInPeriod(period, zone);
  const coverage = new Map(
    subjects.map((s) => [
      s.userId,
      { activeDays: activeDaysInPeriod(period, s.joinedOn, s.leftOn, zone), periodDays },
    ]),
  );
  const userIds = subjects.map((s) => s.userId);
  const results = new Map<BuiltInMetricId, Map<string, MetricValue>>();
  for (const request of requests) {
    const definition = builtInMetric(request.metric);
    const facts = FACTS[request.metric];
    if (!definition || !facts) continue;
    const source = facts(ctx);
    const [aggregates, values] = await Promise.all([
      aggregateFacts(db.kysely, source, userIds),
      definition.kind === 'median'
        ? factValuesByUser(db.kysely, source, userIds)
        : Promise.resolve(undefined),
    ]);
    const byUser = new Map(aggregates.map((a) => [a.userId, a]));
    const perUser = new Map<string, MetricValue>();
    for (const subject of subjects) {
      const cover = coverage.get(subject.userId) ?? { activeDays: 0, periodDays };
      perUser.set(
        subject.userId,
        metricValueOf(
          definition,
          byUser.get(subject.userId),
          values?.get(subject.userId),
          request.minSample,
          cover,
        ),
      );
    }
    results.set(request.metric, perUser);
  }
  return results;
}
