import { createDayTotalsTriggers } from '../activity-day-totals.js';
import { columnTypes } from '../column-types.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * Each person's activities added up per org-zone day (activity-day-totals.ts), and the offsets of
 * the zone those days are in. Both start empty: preparing the database (`useZoneForDayTotals`, with
 * the organisation's zone from the server's configuration) fills the offsets and adds every
 * activity up; until then the triggers find no day and add nothing, and the metrics, finding no
 * totals in their zone, count the activities themselves.
 */
export const activityDayTotals: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('org_zone_offsets')
      .addColumn('from_at', t.timestamp, (c) => c.primaryKey())
      .addColumn('offset_minutes', t.integer, (c) => c.notNull())
      .addColumn('zone', t.text, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('activity_day_totals')
      .addColumn('actor_id', t.id, (c) => c.notNull())
      .addColumn('day', t.date, (c) => c.notNull())
      .addColumn('contacts', t.integer, (c) => c.notNull())
      .addColumn('events', t.integer, (c) => c.notNull())
      .addColumn('timely', t.integer, (c) => c.notNull())
      .addColumn('created', t.integer, (c) => c.notNull())
      .addColumn('flagged', t.integer, (c) => c.notNull())
      .addPrimaryKeyConstraint('activity_day_totals_pkey', ['actor_id', 'day'])
      .execute();
    await createDayTotalsTriggers(db, dialect);
  },
};
