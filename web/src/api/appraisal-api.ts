import { api, type BodyOf, type ItemOf, type QueryOf, type ResponseOf } from './api-client';
import { enumValues } from './generated/schema';

export type Cycle = ItemOf<'/api/v1/cycles'>;
export type CycleStatus = Cycle['status'];
export const CYCLE_STATUSES = enumValues['get /api/v1/cycles response.items.status'];
export type CycleResult = ResponseOf<'/api/v1/cycle-results/{id}', 'get'>;
export type ResultItem = CycleResult['items'][number];
export type ResultSummary = ItemOf<'/api/v1/cycles/{id}/results'>;
export type Scorecard = ResponseOf<'/api/v1/scorecard', 'get'>;
export type ScoredItem = Scorecard['items'][number];
export type MetricValue = ScoredItem['value'];
/** Why a metric has no value, as the server lists them. */
export const NA_REASONS = enumValues['get /api/v1/scorecard response.items.value.naReason'];
export type NaReason = (typeof NA_REASONS)[number];
/** Where an item stands part-way through a period (null once the period is over). */
export type Pace = NonNullable<ScoredItem['pace']>;
export type GradeWithheld = NonNullable<Scorecard['gradeWithheld']>;
export type LivePeriod = Scorecard['period']['kind'];
export type EvidenceRecord = ItemOf<'/api/v1/scorecard/evidence'>;
export type MetricDefinition = ItemOf<'/api/v1/metrics'>;
/** A next step on the workbench, as the server counts it. */
export type WorkbenchHint = ItemOf<'/api/v1/workbench/hints'>;

/** Which records an evidence list shows: all of them, or only those that did not count. */
export type EvidenceFilter = Extract<
  QueryOf<'/api/v1/scorecard/evidence', 'get'>['counted'],
  'all' | 'no'
>;
export type EvidenceQuery = { page: number; pageSize: number; counted: EvidenceFilter };

const path = (id: string) => ({ path: { id } });

export const listCycles = () => api.get('/api/v1/cycles', { query: { page: 1, pageSize: 100 } });

export const createCycle = (body: BodyOf<'/api/v1/cycles', 'post'>) =>
  api.post('/api/v1/cycles', { body });

/** `force` freezes a cycle for manager review before its period has ended. */
export const moveCycle = (cycle: Cycle, status: CycleStatus, force = false) =>
  api.post('/api/v1/cycles/{id}/status', {
    ...path(cycle.id),
    body: { version: cycle.version, status, ...(force ? { force } : {}) },
  });

export const recomputeCycle = (cycle: Cycle, reason?: string) =>
  api.post('/api/v1/cycles/{id}/recompute', {
    ...path(cycle.id),
    body: { version: cycle.version, ...(reason ? { reason } : {}) },
  });

/**
 * My result in a cycle, or null when I take no part in it. Found through the results list rather
 * than `…/results/me`, whose 404 for non-participants would be logged by the browser as an error.
 */
export async function findMyResult(cycleId: string, userId: string): Promise<CycleResult | null> {
  const { items } = await listCycleResults(cycleId);
  const mine = items.find((item) => item.userId === userId);
  return mine ? getResult(mine.id) : null;
}

export const listCycleResults = (cycleId: string) =>
  api.get('/api/v1/cycles/{id}/results', { ...path(cycleId), query: { page: 1, pageSize: 200 } });

export const getResult = (resultId: string) =>
  api.get('/api/v1/cycle-results/{id}', path(resultId));

const counted = (filter: EvidenceFilter) => (filter === 'no' ? 'no' : undefined);

export const getResultEvidence = (resultId: string, metric: string, query: EvidenceQuery) =>
  api.get('/api/v1/cycle-results/{id}/items/{metric}/evidence', {
    path: { id: resultId, metric },
    query: { page: query.page, pageSize: query.pageSize, counted: counted(query.counted) },
  });

export const getScorecard = (period: LivePeriod, userId?: string) =>
  api.get('/api/v1/scorecard', { query: { period, userId } });

export const getTeamScorecards = (period: LivePeriod) =>
  api.get('/api/v1/scorecard/team', { query: { period } });

export const getLiveEvidence = (
  metric: string,
  period: LivePeriod,
  userId: string | undefined,
  query: EvidenceQuery,
) =>
  api.get('/api/v1/scorecard/evidence', {
    query: {
      metric,
      period,
      userId,
      page: query.page,
      pageSize: query.pageSize,
      counted: counted(query.counted),
    },
  });

export const listMetrics = async () => (await api.get('/api/v1/metrics')).items;

export const listWorkbenchHints = async () => (await api.get('/api/v1/workbench/hints')).items;

type Comment = BodyOf<'/api/v1/cycle-results/{id}/review', 'post'>;

export const writeSelfReview = (resultId: string, body: Comment) =>
  api.post('/api/v1/cycle-results/{id}/self-review', { ...path(resultId), body });

export const writeManagerReview = (resultId: string, body: Comment) =>
  api.post('/api/v1/cycle-results/{id}/review', { ...path(resultId), body });

export const acknowledgeResult = (
  resultId: string,
  body: BodyOf<'/api/v1/cycle-results/{id}/acknowledge', 'post'>,
) => api.post('/api/v1/cycle-results/{id}/acknowledge', { ...path(resultId), body });

export const adjustItem = (
  resultId: string,
  metric: string,
  body: BodyOf<'/api/v1/cycle-results/{id}/items/{metric}/adjust', 'post'>,
) =>
  api.post('/api/v1/cycle-results/{id}/items/{metric}/adjust', {
    path: { id: resultId, metric },
    body,
  });
