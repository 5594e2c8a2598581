import { request, withQuery } from './api-client';

export type { MetricValue, Scorecard, ScoredItem } from './appraisal-api';
import type { Scorecard } from './appraisal-api';

export type MetricInfo = {
  id: string;
  nameZh: string;
  nameEn: string;
  category: string;
  kind: string;
  unit: string;
  dir: '+' | '-';
};

/** A next step on the workbench (the shape `GET /api/v1/workbench/hints` will answer with). */
export type WorkbenchHint =
  | { kind: 'missing_field'; field: string; count: number }
  | { kind: 'overdue_plans'; count: number }
  | { kind: 'stale_opportunities'; count: number }
  | { kind: 'uncovered_key_customers'; count: number };

export function getScorecard(period: 'month' | 'quarter' = 'month'): Promise<Scorecard> {
  return request('GET', withQuery('/api/v1/scorecard', { period }));
}

export async function listMetrics(): Promise<MetricInfo[]> {
  const { items } = await request<{ items: MetricInfo[] }>('GET', '/api/v1/metrics');
  return items;
}
