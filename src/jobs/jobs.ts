import { startOfOrgDay, orgDay } from '../domain/time/org-day.js';
import { returnDueCustomersToPool } from '../modules/pool/pool-return.service.js';
import { runQualityRules } from '../modules/quality/quality-run.service.js';
import type { DailyJob } from './daily-job.js';

const DAY_MS = 86_400_000;

/** The work Yardstick does on its own, every night in the organisation's time zone. */
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
];
