import { api, type BodyOf, type ItemOf, type QueryOf } from './api-client';
import { enumValues } from './generated/schema';

export type Opportunity = ItemOf<'/api/v1/opportunities'>;
export type OpportunityStatus = Opportunity['status'];
export const OPPORTUNITY_STATUSES = enumValues['get /api/v1/opportunities response.items.status'];
export type OpportunityListQuery = QueryOf<'/api/v1/opportunities', 'get'>;
export type OpportunitySort = NonNullable<OpportunityListQuery['sort']>;
export const OPPORTUNITY_SORTS = enumValues['get /api/v1/opportunities query.sort'];
export type Stage = ItemOf<'/api/v1/pipeline-stages'>;
export type StageChange = ItemOf<'/api/v1/opportunities/{id}/stages'>;
export type NewOpportunity = BodyOf<'/api/v1/opportunities', 'post'>;
export type OpportunityChanges = BodyOf<'/api/v1/opportunities/{id}', 'patch'>;
export type StageMove = BodyOf<'/api/v1/opportunities/{id}/stage', 'post'>;

const path = (id: string) => ({ path: { id } });

export const listOpportunities = (query: OpportunityListQuery) =>
  api.get('/api/v1/opportunities', { query });

export const getOpportunity = (id: string) => api.get('/api/v1/opportunities/{id}', path(id));

export const createOpportunity = (body: NewOpportunity) =>
  api.post('/api/v1/opportunities', { body });

export const updateOpportunity = (id: string, body: OpportunityChanges) =>
  api.patch('/api/v1/opportunities/{id}', { ...path(id), body });

export const moveOpportunity = (id: string, body: StageMove) =>
  api.post('/api/v1/opportunities/{id}/stage', { ...path(id), body });

export const listStageChanges = (id: string) =>
  api.get('/api/v1/opportunities/{id}/stages', { ...path(id), query: { page: 1, pageSize: 200 } });

export const listStages = async () => (await api.get('/api/v1/pipeline-stages')).items;
