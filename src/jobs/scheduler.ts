import { Cron } from 'croner';
import type { Db } from '../db/database.js';
import { now } from '../platform/clock.js';
import { runDailyJob, type JobOutcome } from './daily-job.js';
import { DAILY_JOBS, PERIODIC_JOBS } from './jobs.js';
import { runPeriodicJob } from './periodic-job.js';

export type JobLog = {
  info: (message: string) => void;
  error: (error: unknown, message: string) => void;
};

/**
 * Schedules the daily jobs in the org zone and the periodic ones every few minutes (croner);
 * returns a function that stops them.
 */
export function startScheduler(db: Db, zone: string, log: JobLog): () => void {
  const logged = (name: string, run: () => Promise<JobOutcome>) => async () => {
    try {
      const outcome = await run();
      if (outcome.ran) log.info(`job ${name}: ${outcome.summary ?? 'done'}`);
    } catch (error) {
      log.error(error, `job ${name} failed`);
    }
  };
  const periodic = PERIODIC_JOBS.map(
    (job) =>
      new Cron(
        `*/${job.everyMinutes} * * * *`,
        { protect: true },
        logged(job.name, () => runPeriodicJob(db, job, now(), zone)),
      ),
  );
  const daily = DAILY_JOBS.map(
    (job) =>
      new Cron(
        job.schedule,
        { timezone: zone, protect: true },
        logged(job.name, () => runDailyJob(db, job, now(), zone)),
      ),
  );
  return () => [...daily, ...periodic].forEach((cron) => cron.stop());
}
