import { sql } from 'kysely';
import type { YardstickMigration } from './migration.js';

/**
 * A rep's activity list holds the activities they wrote or that were written on their records
 * (`actor_id` or `owner_id` in their scope). Without an index by `owner_id` SQLite read every
 * activity in date order to find them: at scale M the rep's list took 280 ms a page, with it 8 ms
 * (both halves of the `or` become index searches). Not partial: SQLite's `or` optimisation does
 * not use a partial index.
 */
export const activityOwnerIndex: YardstickMigration = {
  async up({ db }) {
    await db.schema
      .createIndex('activities_owner_id_occurred_at_idx')
      .on('activities')
      .columns(['owner_id', 'occurred_at'])
      .execute();
    await sql`analyze activities`.execute(db);
  },
};
