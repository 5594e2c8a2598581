import { api, type BodyOf, type QueryOf } from './api-client';

export const searchRecords = (q: string) => api.get('/api/v1/search', { query: { q, limit: 5 } });

export type DuplicateQuery = QueryOf<'/api/v1/duplicates', 'get'>;

export const likelyDuplicates = (query: DuplicateQuery) => api.get('/api/v1/duplicates', { query });

export type MergeBody = BodyOf<'/api/v1/customers/{id}/merge', 'post'>;

export const mergeCustomers = (id: string, body: MergeBody) =>
  api.post('/api/v1/customers/{id}/merge', { path: { id }, body });

export const mergeLeads = (id: string, body: MergeBody) =>
  api.post('/api/v1/leads/{id}/merge', { path: { id }, body });
