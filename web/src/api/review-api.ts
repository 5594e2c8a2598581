import { api, type BodyOf, type ResponseOf } from './api-client';

export type QuarterlyReview = ResponseOf<'/api/v1/reviews', 'get'>;
export type ReviewItem = QuarterlyReview['templates'][number]['items'][number];
export type WhatIf = ResponseOf<'/api/v1/cycles/{id}/what-if', 'post'>;
export type WhatIfBody = BodyOf<'/api/v1/cycles/{id}/what-if', 'post'>;
export type ProposedItem = WhatIfBody['items'][number];
export type OwnItemFeedback = ResponseOf<'/api/v1/cycles/{id}/item-feedback/{metric}', 'put'>;

export const getReview = (cycleIds: readonly string[]) =>
  api.get('/api/v1/reviews', { query: { cycleIds: cycleIds.join(',') } });

export const reviewExportUrl = (cycleIds: readonly string[]) =>
  `/api/v1/reviews/export.csv?cycleIds=${encodeURIComponent(cycleIds.join(','))}`;

export const runWhatIf = (cycleId: string, body: WhatIfBody) =>
  api.post('/api/v1/cycles/{id}/what-if', { path: { id: cycleId }, body });

export const adoptWhatIf = (body: BodyOf<'/api/v1/what-if/adopt', 'post'>) =>
  api.post('/api/v1/what-if/adopt', { body });

export const listMyItemFeedback = async (cycleId: string) =>
  (await api.get('/api/v1/cycles/{id}/item-feedback/me', { path: { id: cycleId } })).items;

export const giveItemFeedback = (
  cycleId: string,
  metric: string,
  body: BodyOf<'/api/v1/cycles/{id}/item-feedback/{metric}', 'put'>,
) => api.put('/api/v1/cycles/{id}/item-feedback/{metric}', { path: { id: cycleId, metric }, body });
