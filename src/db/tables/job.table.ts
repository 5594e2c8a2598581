import type { Timestamp } from './organisation.table.js';

export type JobRunStatus = 'running' | 'succeeded' | 'failed';

/** One attempt of a scheduled job in one slot (an org-zone day, or a periodic job's window). */
export type JobRunsTable = {
  id: string;
  job: string;
  /** The day (YYYY-MM-DD) of a daily job, the window's start instant of a periodic one. */
  slot: string;
  /** 1 for the scheduled run, then 2, 3… for the retries of a failed daily run. */
  attempt: number;
  status: JobRunStatus;
  /** What the run did, in a line. */
  summary: string | null;
  /** Why it failed: the error's message. */
  error: string | null;
  startedAt: Timestamp;
  finishedAt: Timestamp | null;
};
