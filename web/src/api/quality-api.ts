import { request, withQuery } from './api-client';
import type { Page } from './api-types';

export type QualityRule = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q7';
export type FlagEntity = 'activity' | 'customer' | 'lead' | 'user';
export type FlagStatus = 'open' | 'cleared';

export type QualityFlag = {
  id: string;
  rule: QualityRule;
  entity: FlagEntity;
  recordId: string;
  field: string | null;
  userId: string;
  detail: Record<string, unknown> | null;
  status: FlagStatus;
  createdAt: string;
  clearedBy: string | null;
  clearedAt: string | null;
  clearedReason: string | null;
  canClear: boolean;
  /** When the record happened (not when a rule found it), its name and customer; null for people. */
  record: { happenedAt: string; label: string; customerId: string | null } | null;
};

export type FlagQuery = {
  page: number;
  pageSize: number;
  status?: FlagStatus;
  rule?: QualityRule;
  userId?: string;
};

export function listFlags(query: FlagQuery): Promise<Page<QualityFlag>> {
  return request<Page<QualityFlag>>('GET', withQuery('/api/v1/quality/flags', query));
}

export function clearFlag(id: string, reason: string): Promise<QualityFlag> {
  return request<QualityFlag>('POST', `/api/v1/quality/flags/${encodeURIComponent(id)}/clear`, {
    reason,
  });
}

export function clearFlags(
  ids: string[],
  reason: string,
): Promise<{ cleared: number; alreadyCleared: number }> {
  return request('POST', '/api/v1/quality/flags/clear', { ids, reason });
}
