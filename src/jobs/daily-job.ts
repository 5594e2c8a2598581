import type { Db } from '../db/database.js';
import { runExclusively } from '../db/exclusive.js';
import { orgDay } from '../domain/time/org-day.js';
import { readSetting, writeSetting } from '../platform/settings/settings.repository.js';

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
 * (or a restart) from running it again the same day.
 */
export async function runDailyJob(
  db: Db,
  job: DailyJob,
  now: Date,
  zone: string,
): Promise<JobOutcome> {
  const day = orgDay(now, zone);
  const key = `job:${job.name}:last_day`;
  let outcome: JobOutcome = { ran: false };
  await runExclusively(db, `yardstick:${job.name}`, async () => {
    if ((await readSetting(db.kysely, key)) === day) return;
    const summary = await job.run(db, now, zone);
    await writeSetting(db.kysely, key, day);
    outcome = { ran: true, summary };
  });
  return outcome;
}
