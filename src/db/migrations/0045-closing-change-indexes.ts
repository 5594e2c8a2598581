import { sql } from 'kysely';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * win_rate and avg_deal_cycle_days keep a closing stage change only while it is its
 * opportunity's latest status change before the period's end, and only for a live opportunity.
 * Both lookups read rows their indexes did not carry: the stage changes' `from_status` (a move
 * between two stages of one status is no status change) and the opportunity's `deleted_at` and
 * `created_at`. At scale M a director's 139 people's quarter to date closed 7,698 deals, each
 * looked up twice in its table; carried, win_rate went from 75–104 to about 20 ms on SQLite.
 */
export const closingChangeIndexes: YardstickMigration = {
  async up({ db }: MigrationContext) {
    await db.schema.dropIndex('stage_changes_status_at_idx').execute();
    await db.schema
      .createIndex('stage_changes_status_at_covering_idx')
      .on('stage_changes')
      .columns(['opportunity_id', 'effective_at', 'recorded_at', 'id', 'to_status', 'from_status'])
      .execute();
    await db.schema
      .createIndex('opportunities_id_covering_idx')
      .on('opportunities')
      .columns(['id', 'deleted_at', 'created_at'])
      .execute();
    await sql`analyze stage_changes`.execute(db);
    await sql`analyze opportunities`.execute(db);
  },
};
