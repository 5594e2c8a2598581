import { sql } from 'kysely';
import type { YardstickMigration } from './migration.js';

/**
 * The metrics that judge records as they stood at a period's end (follow_up_coverage,
 * stale_pipeline) look up, for each customer or opportunity, its latest stage change and its
 * recent valid activities. These indexes answer both without visiting the tables or sorting:
 * an opportunity's stage changes carry the tie-breakers and the status, a customer's activities
 * their validity and deletion. At scale M on SQLite, ten people's follow_up_coverage went from
 * 55 to 34 ms and stale_pipeline from 21 to 15 ms. They replace their prefixes.
 */
export const snapshotMetricIndexes: YardstickMigration = {
  async up({ db }) {
    await db.schema.dropIndex('stage_changes_opportunity_id_effective_at_idx').execute();
    await db.schema
      .createIndex('stage_changes_status_at_idx')
      .on('stage_changes')
      .columns(['opportunity_id', 'effective_at', 'recorded_at', 'id', 'to_status'])
      .execute();
    await db.schema.dropIndex('activities_customer_id_occurred_at_idx').execute();
    await db.schema
      .createIndex('activities_customer_covering_idx')
      .on('activities')
      .columns(['customer_id', 'occurred_at', 'valid', 'deleted_at'])
      .execute();
    await sql`analyze stage_changes`.execute(db);
    await sql`analyze activities`.execute(db);
  },
};
