import { request, withQuery } from './api-client';
import type { Page } from './api-types';

export const CYCLE_STATUSES = [
  'draft',
  'open',
  'self_review',
  'manager_review',
  'calibrated',
  'published',
  'archived',
] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export type Cycle = {
  id: string;
  name: string;
  kind: 'month' | 'quarter' | 'custom';
  firstDay: string;
  lastDay: string;
  periodStart: string;
  periodEnd: string;
  zone: string;
  status: CycleStatus;
  openedAt: string | null;
  frozenAt: string | null;
  publishedAt: string | null;
  computedAt: string | null;
  scoredAt: string | null;
  /** Records are counted up to here; `soFar` while that is before the period's end. */
  asOf: string | null;
  soFar: boolean;
  version: number;
};

/** Where an item stands part-way through a period (null once the period is over). */
export type Pace = {
  elapsedShare: number;
  proRated: boolean;
  floor: number;
  target: number;
  projected: number | null;
};

export type GradeWithheld = 'early_in_period' | 'little_weight_applies';

export type ResultItem = {
  metric: string;
  weight: number;
  floor: number;
  target: number;
  cap: number;
  minSample: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  naReason: string | null;
  score: number | null;
  adjustedScore: number | null;
  adjustReason: string | null;
  adjustedBy: string | null;
  adjustedAt: string | null;
  pace: Pace | null;
};

type ResultFields = {
  id: string;
  cycleId: string;
  userId: string;
  total: number | null;
  grade: string | null;
  applicableShare: number;
  computedAt: string;
  selfComment: string | null;
  selfReviewedAt: string | null;
  managerComment: string | null;
  managerReviewedBy: string | null;
  managerReviewedAt: string | null;
  acknowledgedAt: string | null;
  employeeComment: string | null;
  version: number;
};

export type CycleResult = ResultFields & { items: ResultItem[] };
export type ResultSummary = ResultFields & {
  userName: string;
  role: string;
  managerId: string | null;
};

export type MetricValue = {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  naReason: string | null;
};

export type ScoredItem = {
  metric: string;
  weight: number;
  floor: number;
  target: number;
  targetSource: 'template' | 'user';
  cap: number;
  minSample: number;
  value: MetricValue;
  /** Why the item cannot be scored (its score is N/A), e.g. a target on the wrong side of its floor. */
  misconfigured: 'not_finite' | 'target_on_wrong_side_of_floor' | null;
  score: number | null;
  pace: Pace | null;
};

export type LivePeriod = 'month' | 'quarter';

export type Scorecard = {
  userId: string;
  userName: string;
  period: { kind: LivePeriod; start: string; end: string; asOf: string };
  total: number | null;
  grade: string | null;
  gradeWithheld: GradeWithheld | null;
  applicableShare: number;
  items: ScoredItem[];
};

export type TeamScorecards = {
  managerId: string;
  period: Scorecard['period'];
  members: Scorecard[];
};

export type EvidenceRecord = {
  recordType: string;
  recordId: string;
  at: string;
  /** Contribution to the numerator: 1/0 for shares, the value itself for sums and means. */
  numerator: number;
  denominator: number;
  label: string | null;
  customerId: string | null;
  /** For a change: the record it changed (the opportunity of a stage change, …). */
  parent: { recordType: string; recordId: string } | null;
  /** For a change: from → to, as stored (stage ids, customer statuses). */
  change: { from: string | null; to: string } | null;
};

export type MetricDefinition = {
  id: string;
  nameZh: string;
  nameEn: string;
  category: string;
  kind: string;
  unit: string;
  dir: '+' | '-';
  custom: boolean;
};

/** Which records an evidence list shows: all of them, or only those that did not count. */
export type EvidenceFilter = 'all' | 'no';

export type EvidenceQuery = { page: number; pageSize: number; counted: EvidenceFilter };

const enc = encodeURIComponent;

export function listCycles(): Promise<Page<Cycle>> {
  return request<Page<Cycle>>('GET', withQuery('/api/v1/cycles', { page: 1, pageSize: 100 }));
}

export function createCycle(cycle: {
  name: string;
  kind: 'month' | 'quarter';
  anchorDay: string;
}): Promise<Cycle> {
  return request<Cycle>('POST', '/api/v1/cycles', cycle);
}

/** `force` freezes a cycle for manager review before its period has ended. */
export function moveCycle(cycle: Cycle, status: CycleStatus, force = false): Promise<Cycle> {
  return request<Cycle>('POST', `/api/v1/cycles/${enc(cycle.id)}/status`, {
    version: cycle.version,
    status,
    ...(force ? { force } : {}),
  });
}

export function recomputeCycle(cycle: Cycle, reason?: string): Promise<Cycle> {
  return request<Cycle>('POST', `/api/v1/cycles/${enc(cycle.id)}/recompute`, {
    version: cycle.version,
    ...(reason ? { reason } : {}),
  });
}

/**
 * My result in a cycle, or null when I take no part in it. Found through the results list rather
 * than `…/results/me`, whose 404 for non-participants would be logged by the browser as an error.
 */
export async function findMyResult(cycleId: string, userId: string): Promise<CycleResult | null> {
  const { items } = await listCycleResults(cycleId);
  const mine = items.find((item) => item.userId === userId);
  return mine ? getResult(mine.id) : null;
}

export function listCycleResults(cycleId: string): Promise<Page<ResultSummary>> {
  return request<Page<ResultSummary>>(
    'GET',
    withQuery(`/api/v1/cycles/${enc(cycleId)}/results`, { page: 1, pageSize: 200 }),
  );
}

export function getResult(resultId: string): Promise<CycleResult> {
  return request<CycleResult>('GET', `/api/v1/cycle-results/${enc(resultId)}`);
}

const counted = (filter: EvidenceFilter) => (filter === 'no' ? 'no' : undefined);

export function getResultEvidence(
  resultId: string,
  metric: string,
  query: EvidenceQuery,
): Promise<Page<EvidenceRecord>> {
  return request<Page<EvidenceRecord>>(
    'GET',
    withQuery(`/api/v1/cycle-results/${enc(resultId)}/items/${enc(metric)}/evidence`, {
      page: query.page,
      pageSize: query.pageSize,
      counted: counted(query.counted),
    }),
  );
}

export function getScorecard(period: LivePeriod, userId?: string): Promise<Scorecard> {
  return request<Scorecard>('GET', withQuery('/api/v1/scorecard', { period, userId }));
}

export function getTeamScorecards(period: LivePeriod): Promise<TeamScorecards> {
  return request<TeamScorecards>('GET', withQuery('/api/v1/scorecard/team', { period }));
}

export function getLiveEvidence(
  metric: string,
  period: LivePeriod,
  userId: string | undefined,
  query: EvidenceQuery,
): Promise<Page<EvidenceRecord>> {
  return request<Page<EvidenceRecord>>(
    'GET',
    withQuery('/api/v1/scorecard/evidence', {
      metric,
      period,
      userId,
      page: query.page,
      pageSize: query.pageSize,
      counted: counted(query.counted),
    }),
  );
}

export async function listMetrics(): Promise<MetricDefinition[]> {
  const { items } = await request<{ items: MetricDefinition[] }>('GET', '/api/v1/metrics');
  return items;
}

type Comment = { version: number; comment: string };

export function writeSelfReview(resultId: string, body: Comment): Promise<CycleResult> {
  return request<CycleResult>('POST', `/api/v1/cycle-results/${enc(resultId)}/self-review`, body);
}

export function writeManagerReview(resultId: string, body: Comment): Promise<CycleResult> {
  return request<CycleResult>('POST', `/api/v1/cycle-results/${enc(resultId)}/review`, body);
}

export function acknowledgeResult(
  resultId: string,
  body: { version: number; comment?: string },
): Promise<CycleResult> {
  return request<CycleResult>('POST', `/api/v1/cycle-results/${enc(resultId)}/acknowledge`, body);
}

export function adjustItem(
  resultId: string,
  metric: string,
  body: { version: number; score: number; reason: string },
): Promise<CycleResult> {
  return request<CycleResult>(
    'POST',
    `/api/v1/cycle-results/${enc(resultId)}/items/${enc(metric)}/adjust`,
    body,
  );
}
