import { Cron } from 'croner';
import type { Db } from '../db/database.js';
import { now } from '../platform/clock.js';
import { runDailyJob, type JobOutcome } from './daily-job.js';
import { DAILY_JOBS, PERIODIC_JOBS } from './jobs.js';
import { runPeriodicJob } from './periodic-job.js';

/** How often the scheduler looks for a failed daily run to retry. */
const RETRY_CHECK_MINUTES = 5;

export type JobLog = {
  info: (message: string) => void;
  error: (error: unknown, message: string) => void;
};

/**
 * Schedules the daily jobs in the org zone (with their retries) and the periodic ones every few
 * minutes (croner); returns a function that stops them.
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
  const daily = DAILY_JOBS.flatMap((job) => [
    new Cron(
      job.schedule,
      { timezone: zone, protect: true },
      logged(job.name, () => runDailyJob(db, job, now(), zone)),
    ),
    // Retries of a failed run, once its backoff has passed (the check itself is cheap).
    new Cron(
      `*/${RETRY_CHECK_MINUTES} * * * *`,
      { protect: true },
      logged(job.name, () => runDailyJob(db, job, now(), zone, 'retry')),
    ),
  ]);
  return () => [...daily, ...periodic].forEach((cron) => cron.stop());
}
