import { Cron } from 'croner';
import type { Db } from '../db/database.js';
import { runDailyJob } from './daily-job.js';
import { DAILY_JOBS } from './jobs.js';

export type JobLog = {
  info: (message: string) => void;
  error: (error: unknown, message: string) => void;
};

/** Schedules the daily jobs in the org zone (croner); returns a function that stops them. */
export function startScheduler(db: Db, zone: string, log: JobLog): () => void {
  const crons = DAILY_JOBS.map(
    (job) =>
      new Cron(job.schedule, { timezone: zone, protect: true }, async () => {
        try {
          const outcome = await runDailyJob(db, job, new Date(), zone);
          if (outcome.ran) log.info(`job ${job.name}: ${outcome.summary ?? 'done'}`);
        } catch (error) {
          log.error(error, `job ${job.name} failed`);
        }
      }),
  );
  return () => crons.forEach((cron) => cron.stop());
}
