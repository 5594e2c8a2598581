import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import { createFilledFieldsTriggers, refreshFilledFields } from '../customer-field-filled.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * The metrics that judge a person's customers as they stood at a period's end (profile
 * completeness, follow-up coverage) read them off one index in owner order: a customer's current
 * owner and since when, its deletion, and what the metrics read of it — its level, last
 * follow-up, open-flag mark and which fields are filled (`filled_fields`, kept by triggers:
 * customer-field-filled.ts; field values themselves are too long to index). Before, each customer
 * of the person was looked up by id, twice on SQLite (its key, then its row). The customers that
 * changed hands after `end` are found by the end of their ownership periods: few, and none for a
 * period scored now.
 */
export const customerSnapshotIndex: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    const t = columnTypes(dialect);
    await db.schema
      .alterTable('customers')
      .addColumn('filled_fields', t.integer, (c) => c.notNull().defaultTo(0))
      .execute();
    await refreshFilledFields(db);
    await createFilledFieldsTriggers(db, dialect);
    await db.schema
      .createIndex('customers_owner_snapshot_idx')
      .on('customers')
      .columns([
        'owner_id',
        'owner_since',
        'deleted_at',
        'created_at',
        'level',
        'last_follow_up_at',
        'flagged',
        'filled_fields',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('ownership_periods_ended_idx')
      .on('ownership_periods')
      .columns(['entity', 'ended_at', 'started_at', 'owner_id', 'record_id'])
      .execute();
    await sql`analyze customers`.execute(db);
    await sql`analyze ownership_periods`.execute(db);
  },
};
