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

/** One thing the scheduler does on a cron pattern: run (or retry) a job at the current time. */
export type Trigger = {
  job: string;
  pattern: string;
  /** The zone the pattern is read in; none: the pattern's minutes are the same in every zone. */
  inOrgZone: boolean;
  fire: (db: Db, zone: string) => Promise<JobOutcome>;
};

/**
 * Everything the scheduler fires: each daily job on its pattern in the org zone and, every few
 * minutes, its retry check; each periodic job every few minutes.
 */
export function schedulerTriggers(): Trigger[] {
  return [
    ...PERIODIC_JOBS.map((job): Trigger => ({
      job: job.name,
      pattern: `*/${job.everyMinutes} * * * *`,
      inOrgZone: false,
      fire: (db, zone) => runPeriodicJob(db, job, now(), zone),
    })),
    ...DAILY_JOBS.flatMap((job): Trigger[] => [
      {
        job: job.name,
        pattern: job.schedule,
        inOrgZone: true,
        fire: (db, zone) => runDailyJob(db, job, now(), zone),
      },
      // Retries of a failed run, once its backoff has passed (the check itself is cheap).
      {
        job: job.name,
        pattern: `*/${RETRY_CHECK_MINUTES} * * * *`,
        inOrgZone: false,
        fire: (db, zone) => runDailyJob(db, job, now(), zone, 'retry'),
      },
    ]),
  ];
}

/**
 * Schedules every trigger (croner): the daily jobs in the org zone with their retries, the
 * periodic ones every few minutes; returns a function that stops them.
 */
export function startScheduler(db: Db, zone: string, log: JobLog): () => void {
  const crons = schedulerTriggers().map(
    (trigger) =>
      new Cron(
        trigger.pattern,
        { protect: true, ...(trigger.inOrgZone ? { timezone: zone } : {}) },
        async () => {
          try {
            const outcome = await trigger.fire(db, zone);
            if (outcome.ran) log.info(`job ${trigger.job}: ${outcome.summary ?? 'done'}`);
          } catch (error) {
            log.error(error, `job ${trigger.job} failed`);
          }
        },
      ),
  );
  return () => crons.forEach((cron) => cron.stop());
}
