import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * stale_pipeline reads a person's opportunities at a period's end as the customer metrics read
 * their customers (0038): the current owner counts from `owner_since`, the start of the latest
 * ownership period, here stored on the opportunity and filled from those periods (left empty
 * where the latest period is someone else's than the current owner's: no writer leaves that), and
 * one index in owner order carries what the metric reads.
 */
export const opportunitySnapshotIndex: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    const t = columnTypes(dialect);
    await db.schema.alterTable('opportunities').addColumn('owner_since', t.timestamp).execute();
    await sql`update opportunities set owner_since = (select p.started_at from ownership_periods p
        where p.entity = 'opportunity' and p.record_id = opportunities.id and p.owner_id = opportunities.owner_id
          and not exists (select 1 from ownership_periods later where later.entity = 'opportunity'
            and later.record_id = p.record_id and later.started_at > p.started_at))`.execute(db);
    await db.schema
      .createIndex('opportunities_owner_snapshot_idx')
      .on('opportunities')
      .columns(['owner_id', 'owner_since', 'deleted_at', 'created_at', 'last_touched_at', 'id'])
      .execute();
    await sql`analyze opportunities`.execute(db);
  },
};
