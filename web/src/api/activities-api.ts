import { api, type BodyOf, type ItemOf, type QueryOf } from './api-client';
import { enumValues } from './generated/schema';

export type Activity = ItemOf<'/api/v1/activities'>;
export type ActivityType = Activity['type'];
export const ACTIVITY_TYPES = enumValues['get /api/v1/activities response.items.type'];
export type Plan = ItemOf<'/api/v1/plans'>;
export type PlanQuery = QueryOf<'/api/v1/plans', 'get'>;
export type PlanScope = NonNullable<PlanQuery['scope']>;

export const createActivity = (body: BodyOf<'/api/v1/activities', 'post'>) =>
  api.post('/api/v1/activities', { body });

export type CreatedActivity = Awaited<ReturnType<typeof createActivity>>;

export const listRecordActivities = (recordType: Activity['recordType'], recordId: string) =>
  api.get('/api/v1/activities', { query: { recordType, recordId, pageSize: 50 } });

export const listPlans = (query: PlanQuery) =>
  api.get('/api/v1/plans', { query: { sort: 'dueAt', ...query } });
