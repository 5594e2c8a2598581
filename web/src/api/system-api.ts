import { api, type ItemOf, type QueryOf } from './api-client';

/** One run of a scheduled job, as the server logs it. */
export type JobRun = ItemOf<'/api/v1/system/job-runs'>;
export type JobRunsQuery = QueryOf<'/api/v1/system/job-runs', 'get'>;

export const listJobRuns = async (query: JobRunsQuery) =>
  (await api.get('/api/v1/system/job-runs', { query })).items;
