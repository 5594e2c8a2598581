import type { Pace } from '../../domain/appraisal/scorecard.js';
import type { ResultItem } from './cycle-results.service.js';
import type { CycleRow, ResultRow } from './cycles.repository.js';

/** Records count up to min(period end, scoring time). */
function asOf(cycle: CycleRow): string | null {
  if (!cycle.scoredAt) return null;
  return Date.parse(cycle.scoredAt) < Date.parse(cycle.periodEnd)
    ? cycle.scoredAt
    : cycle.periodEnd;
}

export function presentCycle(cycle: CycleRow) {
  const countedUntil = asOf(cycle);
  return {
    id: cycle.id,
    name: cycle.name,
    kind: cycle.kind,
    firstDay: cycle.firstDay,
    lastDay: cycle.lastDay,
    periodStart: cycle.periodStart,
    periodEnd: cycle.periodEnd,
    zone: cycle.zone,
    status: cycle.status,
    openedAt: cycle.openedAt,
    frozenAt: cycle.frozenAt,
    publishedAt: cycle.publishedAt,
    computedAt: cycle.computedAt,
    scoredAt: cycle.scoredAt,
    asOf: countedUntil,
    soFar: countedUntil !== null && countedUntil !== cycle.periodEnd,
    version: cycle.version,
  };
}

export function presentResultSummary(result: ResultRow) {
  return {
    id: result.id,
    cycleId: result.cycleId,
    userId: result.userId,
    total: result.total,
    grade: result.grade,
    applicableShare: result.applicableShare,
    computedAt: result.computedAt,
    selfComment: result.selfComment,
    selfReviewedAt: result.selfReviewedAt,
    managerComment: result.managerComment,
    managerReviewedBy: result.managerReviewedBy,
    managerReviewedAt: result.managerReviewedAt,
    acknowledgedAt: result.acknowledgedAt,
    employeeComment: result.employeeComment,
    version: result.version,
  };
}

export function presentResult(result: ResultRow, items: readonly ResultItem[]) {
  return {
    ...presentResultSummary(result),
    items: items.map((i) => ({
      metric: i.metric,
      weight: i.weight,
      floor: i.floor,
      target: i.target,
      cap: i.cap,
      minSample: i.minSample,
      value: i.value,
      numerator: i.numerator,
      denominator: i.denominator,
      naReason: i.naReason,
      score: i.score,
      adjustedScore: i.adjustedScore,
      adjustReason: i.adjustReason,
      adjustedBy: i.adjustedBy,
      adjustedAt: i.adjustedAt,
      pace: i.pace === null ? null : (JSON.parse(i.pace) as Pace),
      misconfigured: i.misconfigured,
    })),
  };
}
