import { api, type ItemOf } from './api-client';

/** One run of a scheduled job, as the server logs it. */
export type JobRun = ItemOf<'/api/v1/system/job-runs'>;

export const listJobRuns = async (limit: number) =>
  (await api.get('/api/v1/system/job-runs', { query: { limit } })).items;
