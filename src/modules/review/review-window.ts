import type { Db } from '../../db/database.js';
import { isClosed } from '../../domain/appraisal/cycle-workflow.js';
import type { TemplateContent } from '../../domain/appraisal/template-item.js';
import type { MetricValue, NaReason } from '../../domain/metrics/metric-value.js';
import { notFound, refusal } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { periodSoFar } from '../appraisal/score-participants.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import { measure } from '../metrics/metric-engine.js';
import { scoringOf, scoringTimeOf } from '../cycles/cycle-compute.js';
import * as cyclesRepo from '../cycles/cycles.repository.js';
import { contentOf } from '../appraisal/template-content.js';
import * as appraisalRepo from '../appraisal/appraisal.repository.js';
import * as repo from './review.repository.js';

export type WindowItem = {
  metric: string;
  cap: number;
  value: MetricValue;
  /** The score the person was told: the manager's adjusted score where there is one. */
  score: number | null;
  adjustedScore: number | null;
  /** Share of the period the person had, from the stored pace (1 when scored after the period). */
  elapsedShare: number;
};

export type WindowResult = Awaited<ReturnType<typeof repo.listScopedResults>>[number] & {
  templateId: string;
  template: TemplateContent;
  items: WindowItem[];
};

export type ReviewWindow = {
  cycles: cyclesRepo.CycleRow[];
  results: WindowResult[];
};

const elapsedShareOf = (pace: string | null): number => {
  if (pace === null) return 1;
  const parsed: unknown = JSON.parse(pace);
  return typeof parsed === 'object' &&
    parsed !== null &&
    'elapsedShare' in parsed &&
    typeof parsed.elapsedShare === 'number'
    ? parsed.elapsedShare
    : 1;
};

/** Closed cycles only: a review judges numbers that no longer move. */
export async function closedCycles(db: Db, cycleIds: readonly string[]) {
  const cycles: cyclesRepo.CycleRow[] = [];
  for (const id of cycleIds) {
    const cycle = await cyclesRepo.findCycle(db.kysely, id);
    if (!cycle) throw notFound('cycle');
    if (!isClosed(cycle.status))
      throw refusal('cycle_not_closed', 'Only a published or archived cycle can be reviewed', {
        status: cycle.status,
      });
    cycles.push(cycle);
  }
  return cycles.sort((a, b) => a.firstDay.localeCompare(b.firstDay));
}

/** The stored results and items of some cycles, for the people within the viewer's scope. */
export async function loadWindow(
  db: Db,
  actor: Actor,
  cycles: readonly cyclesRepo.CycleRow[],
): Promise<ReviewWindow> {
  const rows = await repo.listScopedResults(
    db.kysely,
    cycles.map((c) => c.id),
    ownerScopeOf(actor),
  );
  const [items, versions] = await Promise.all([
    cyclesRepo.listResultItems(
      db.kysely,
      rows.map((r) => r.id),
    ),
    appraisalRepo.findVersions(db.kysely, [...new Set(rows.map((r) => r.templateVersionId))]),
  ]);
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const itemsOf = new Map<string, WindowItem[]>();
  for (const item of items) {
    const list = itemsOf.get(item.resultId) ?? [];
    list.push({
      metric: item.metric,
      cap: item.cap,
      value: {
        value: item.value,
        numerator: item.numerator,
        denominator: item.denominator,
        naReason: item.naReason as NaReason | null,
      },
      score: item.adjustedScore ?? item.score,
      adjustedScore: item.adjustedScore,
      elapsedShare: elapsedShareOf(item.pace),
    });
    itemsOf.set(item.resultId, list);
  }
  const results = rows.flatMap((row) => {
    const version = versionById.get(row.templateVersionId);
    if (!version) return [];
    return [
      {
        ...row,
        templateId: version.templateId,
        template: contentOf(version),
        items: itemsOf.get(row.id) ?? [],
      },
    ];
  });
  return { cycles: [...cycles], results };
}

/**
 * Metrics measured again for some people of one closed cycle, over its period at its scoring
 * time (the what-if's added items, the review's flag rate).
 */
export async function measureInCycle(
  db: Db,
  cycle: cyclesRepo.CycleRow,
  metrics: readonly string[],
  people: readonly { userId: string; joinedOn: string | null; leftOn: string | null }[],
) {
  const scoring = scoringOf(cycle, scoringTimeOf(cycle, true));
  return measure(
    db,
    periodSoFar(scoring),
    cycle.zone,
    metrics,
    people,
    await loadMetricCatalog(db),
    scoring.scoredAt,
  );
}
