import { api, type ItemOf, type QueryOf } from './api-client';
import { enumValues } from './generated/schema';

export type QualityFlag = ItemOf<'/api/v1/quality/flags'>;
export type QualityRule = QualityFlag['rule'];
export const QUALITY_RULES = enumValues['get /api/v1/quality/flags response.items.rule'];
export type FlagStatus = QualityFlag['status'];
export type FlagQuery = QueryOf<'/api/v1/quality/flags', 'get'>;

export const listFlags = (query: FlagQuery) => api.get('/api/v1/quality/flags', { query });

export const clearFlag = (id: string, reason: string) =>
  api.post('/api/v1/quality/flags/{id}/clear', { path: { id }, body: { reason } });

export const clearFlags = (ids: string[], reason: string) =>
  api.post('/api/v1/quality/flags/clear', { body: { ids, reason } });

/** Open flags per person of the viewer's scope. */
export const getQualitySummary = () => api.get('/api/v1/quality/summary');
