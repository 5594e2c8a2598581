import type { Db } from '../db/database.js';
import { runExclusively } from '../db/exclusive.js';
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
 * Runs a daily job exactly once per org-zone day across every process: the advisory lock keeps
 * two processes from running it together, and the recorded last day keeps a second process
 * (or a restart) from running it again the same day. Every attempt is logged (job_runs).
 * `retry` is the scheduler's frequent check: it runs the job only when today's last attempt
 * failed and its backoff has passed; after the last allowed attempt fails, the admins are told.
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
  let outcome: JobOutcome = { ran: false };
  await runExclusively(db, `yardstick:${job.name}`, async () => {
    if ((await readSetting(db.kysely, key)) === day) return;
    const earlier = await runsInSlot(db.kysely, job.name, day);
    const attempt = mode === 'retry' ? dueRetryAttempt(earlier, now) : earlier.length + 1;
    if (attempt === null || attempt > MAX_DAILY_ATTEMPTS) return;
    try {
      const summary = await loggedRun(db, job.name, day, attempt, () => job.run(db, now, zone));
      await writeSetting(db.kysely, key, day);
      outcome = { ran: true, summary };
    } catch (error) {
      if (attempt === MAX_DAILY_ATTEMPTS)
        await reportFailure(db, job.name, day, attempt, error, now);
      throw error;
    }
  });
  return outcome;
}
