import type { Db } from '../db/database.js';
import { runExclusively } from '../db/exclusive.js';
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
 * advisory lock keeps two processes from running it together, and the recorded last slot keeps
 * another process from running it again in the same slot. Every run is logged (job_runs); a
 * failed slot is simply tried again in the next one, and the admins are told once a job has
 * failed PERIODIC_FAILURES_REPORTED runs in a row.
 */
export async function runPeriodicJob(
  db: Db,
  job: PeriodicJob,
  now: Date,
  zone: string,
): Promise<JobOutcome> {
  const slot = slotOf(now, job.everyMinutes);
  const key = `job:${job.name}:last_slot`;
  let outcome: JobOutcome = { ran: false };
  await runExclusively(db, `yardstick:${job.name}`, async () => {
    const last = await readSetting(db.kysely, key);
    if (last !== undefined && last >= slot) return;
    try {
      const summary = await loggedRun(db, job.name, slot, 1, () => job.run(db, now, zone));
      await writeSetting(db.kysely, key, slot);
      outcome = { ran: true, summary };
    } catch (error) {
      const recent = await latestRuns(db.kysely, {
        job: job.name,
        limit: PERIODIC_FAILURES_REPORTED + 1,
      });
      if (failureStreakJustReached(recent))
        await reportFailure(db, job.name, slot, PERIODIC_FAILURES_REPORTED, error, now);
      throw error;
    }
  });
  return outcome;
}
