import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import { createPlanDayTotalsTriggers, refreshPlanDayTotals } from '../plan-day-totals.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * Each person's follow-up plans added up per org-zone day of their due time (plan-day-totals.ts),
 * in the zone the activities' day totals already count: the existing plans are added up here, or
 * — on a database whose zone is not set yet — with the activities when preparing the database
 * sets it.
 */
export const planDayTotals: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('plan_day_totals')
      .addColumn('owner_id', t.id, (c) => c.notNull())
      .addColumn('day', t.date, (c) => c.notNull())
      .addColumn('plans', t.integer, (c) => c.notNull())
      .addColumn('executed', t.integer, (c) => c.notNull())
      .addPrimaryKeyConstraint('plan_day_totals_pkey', ['owner_id', 'day'])
      .execute();
    await refreshPlanDayTotals(db, dialect);
    await createPlanDayTotalsTriggers(db, dialect);
    await sql`analyze plan_day_totals`.execute(db);
  },
};
