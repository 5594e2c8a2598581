import type { Db } from '../db/database.js';
import {
  failureStreakJustReached,
  PERIODIC_FAILURES_REPORTED,
} from '../domain/jobs/retry-policy.js';
import { latestRuns } from '../modules/system/job-runs.repository.js';
import { readSetting, writeSetting } from '../platform/settings/settings.repository.js';
import type { JobOutcome } from './daily-job.js';
import { loggedRun, reportFailure } from './job-run-log.js';

export type PeriodicJob = {
  name: string;
  /** How often it runs, in whole minutes (a divisor of 60). */
  everyMinutes: number;
  run: (db: Db, now: Date, zone: string) => Promise<string>;
};

/** The slot of `now`: the start of its `everyMinutes`-long window, as an ISO instant. */
export function slotOf(now: Date, everyMinutes: number): string {
  const size = everyMinutes * 60_000;
  return new Date(Math.floor(now.getTime() / size) * size).toISOString();
}

/**
 * Runs a periodic job once per slot across every process, as daily jobs run once per day: the
 * slot's run is claimed by its row in the log (job_runs, unique per job, slot and attempt), so of
 * several processes exactly one runs it, and the recorded last slot keeps a process whose clock
 * lags from running an older slot after a newer one. A failed slot is simply tried again in the
 * next one, and the admins are told once a job has failed PERIODIC_FAILURES_REPORTED runs in a
 * row.
 */
export async function runPeriodicJob(
  db: Db,
  job: PeriodicJob,
  now: Date,
  zone: string,
): Promise<JobOutcome> {
  const slot = slotOf(now, job.everyMinutes);
  const key = `job:${job.name}:last_slot`;
  const last = await readSetting(db.kysely, key);
  if (last !== undefined && last >= slot) return { ran: false };
  try {
    const summary = await loggedRun(db, job.name, slot, 1, () => job.run(db, now, zone));
    if (summary === null) return { ran: false };
    await writeSetting(db.kysely, key, slot);
    return { ran: true, summary };
  } catch (error) {
    const recent = await latestRuns(db.kysely, {
      job: job.name,
      limit: PERIODIC_FAILURES_REPORTED + 1,
    });
    if (failureStreakJustReached(recent))
      await reportFailure(db, job.name, slot, PERIODIC_FAILURES_REPORTED, error, now);
    throw error;
  }
}
