import { refreshStaleStatistics } from '../db/planner-statistics.js';
import { startOfOrgDay, orgDay } from '../domain/time/org-day.js';
import { returnDueCustomersToPool } from '../modules/pool/pool-return.service.js';
import { runQualityRules } from '../modules/quality/quality-run.service.js';
import { recomputeLiveCycles } from '../modules/cycles/cycles.service.js';
import { runDailyRecognition } from '../modules/recognition/recognition-grants.service.js';
import { deleteRunsBefore } from '../modules/system/job-runs.repository.js';
import { dispatchDeliveries } from '../modules/notifications/notification-dispatcher.service.js';
import { produceNotifications } from '../modules/notifications/notification-producers.service.js';
import { sendWeeklyDigests } from '../modules/notifications/weekly-digest.service.js';
import type { DailyJob } from './daily-job.js';
import type { PeriodicJob } from './periodic-job.js';

const DAY_MS = 86_400_000;

/** How long the log of job runs is kept. */
const JOB_LOG_DAYS = 30;

/**
 * The work Yardstick does on its own in the organisation's time zone: every night, and the
 * weekly digest on Monday mornings.
 */
export const DAILY_JOBS: readonly DailyJob[] = [
  {
    // Return-to-pool rules (公海): customers without follow-up or deal for their level's N days.
    name: 'pool-return',
    schedule: '15 2 * * *',
    run: async (db, now, zone) =>
      `${await returnDueCustomersToPool(db, now, zone)} customers returned to the pool`,
  },
  {
    // The data-quality rules run on every write; the nightly pass over the last two days catches
    // what only a wider view shows (bursts across records, create-then-delete counts).
    name: 'quality-rules',
    schedule: '30 2 * * *',
    run: async (db, now, zone) => {
      const today = startOfOrgDay(orgDay(now, zone), zone);
      const report = await runQualityRules(
        db,
        { start: new Date(today.getTime() - 2 * DAY_MS), end: today },
        zone,
      );
      return JSON.stringify(report);
    },
  },
  {
    // Open cycles follow the data: scored again every night after the data-quality pass. A cycle
    // that could not be scored is named in the run's summary and scored again the next night.
    name: 'cycle-recompute',
    schedule: '0 3 * * *',
    run: async (db) => {
      const { recomputed, failed } = await recomputeLiveCycles(db);
      const summary = `${recomputed} open cycles recomputed`;
      if (failed.length === 0) return summary;
      const named = failed.map((f) => `${f.cycleId} (${f.error})`).join('; ');
      return `${summary}; ${failed.length} not recomputed, retried next run: ${named}`;
    },
  },
  {
    // Badges over recent days and last month, and any award or badge a closed cycle still owes.
    name: 'recognition',
    schedule: '30 3 * * *',
    run: async (db, now, zone) =>
      `${await runDailyRecognition(db, now, zone)} awards and badges granted`,
  },
  {
    // Mondays at 08:00: each person's digest of what would raise their live score this week.
    // Its schedule makes it weekly; a digest is sent at most once per person and ISO week.
    name: 'weekly-digest',
    schedule: '0 8 * * 1',
    run: async (db, now, zone) => `${await sendWeeklyDigests(db, now, zone)} weekly digests sent`,
  },
  {
    name: 'job-log-cleanup',
    schedule: '30 4 * * *',
    run: async (db, now) =>
      `${await deleteRunsBefore(db.kysely, new Date(now.getTime() - JOB_LOG_DAYS * DAY_MS).toISOString())} old job runs removed`,
  },
  {
    // After the night's writes: SQLite's planner statistics of the tables that have outgrown them.
    name: 'planner-statistics',
    schedule: '45 4 * * *',
    run: async (db) => {
      if (db.dialect !== 'sqlite') return 'kept by PostgreSQL (autovacuum)';
      const analysed = await refreshStaleStatistics(db);
      return analysed.length === 0 ? 'all current' : `analysed: ${analysed.join(', ')}`;
    },
  },
];

/** The work Yardstick does every few minutes, once per slot across all processes. */
export const PERIODIC_JOBS: readonly PeriodicJob[] = [
  {
    // Plans due within the hour or overdue, stale opportunities, flags raised, cycle steps waiting.
    name: 'notifications',
    everyMinutes: 5,
    run: async (db, now) => `${await produceNotifications(db, now)} new notifications`,
  },
  {
    // Sends queued deliveries to the outside channels, retrying failures with backoff.
    name: 'notification-deliveries',
    everyMinutes: 1,
    run: async (db, now, zone) => JSON.stringify(await dispatchDeliveries(db, now, zone)),
  },
];
