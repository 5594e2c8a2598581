import type { Db } from '../db/database.js';
import { dueRetryAttempt, MAX_DAILY_ATTEMPTS } from '../domain/jobs/retry-policy.js';
import { orgDay } from '../domain/time/org-day.js';
import { runsInSlot } from '../modules/system/job-runs.repository.js';
import { readSetting, writeSetting } from '../platform/settings/settings.repository.js';
import { loggedRun, reportFailure } from './job-run-log.js';

export type DailyJob = {
  name: string;
  /** Cron pattern in the org zone, e.g. '15 2 * * *' for 02:15 every day. */
  schedule: string;
  run: (db: Db, now: Date, zone: string) => Promise<string>;
};

export type JobOutcome = { ran: boolean; summary?: string };

/**
 * Runs a daily job exactly once per org-zone day across every process. The scheduled run is the
 * day's attempt 1; `retry` is the scheduler's frequent check, which makes the next attempt only
 * when the day's last one failed and its backoff has passed. Each attempt is claimed by its row
 * in the log (job_runs, unique per job, day and attempt), so of several processes (or triggers)
 * exactly one makes it; the recorded last day spares the others a look at the log. After the
 * last allowed attempt fails, the admins are told.
 */
export async function runDailyJob(
  db: Db,
  job: DailyJob,
  now: Date,
  zone: string,
  mode: 'scheduled' | 'retry' = 'scheduled',
): Promise<JobOutcome> {
  const day = orgDay(now, zone);
  const key = `job:${job.name}:last_day`;
  if ((await readSetting(db.kysely, key)) === day) return { ran: false };
  const earlier = await runsInSlot(db.kysely, job.name, day);
  const attempt =
    mode === 'retry' ? dueRetryAttempt(earlier, now) : earlier.length === 0 ? 1 : null;
  if (attempt === null || attempt > MAX_DAILY_ATTEMPTS) return { ran: false };
  try {
    const summary = await loggedRun(db, job.name, day, attempt, () => job.run(db, now, zone));
    if (summary === null) return { ran: false };
    await writeSetting(db.kysely, key, day);
    return { ran: true, summary };
  } catch (error) {
    if (attempt === MAX_DAILY_ATTEMPTS) await reportFailure(db, job.name, day, attempt, error, now);
    throw error;
  }
}
