import { sql } from 'kysely';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * follow_up_coverage and stale_pipeline ask whether an opportunity was open at a period's end.
 * When its last touch is before the end no stage change came since, so its current status answers
 * (docs/METRICS.md): the two indexes they read opportunities through now carry the status and
 * the last touch, and only an opportunity touched at or after the end looks its stage changes up.
 * The customer index replaces the bare one on `customer_id`, which it starts with.
 */
export const opportunityStatusIndexes: YardstickMigration = {
  async up({ db }: MigrationContext) {
    await db.schema.dropIndex('opportunities_owner_snapshot_idx').execute();
    await db.schema
      .createIndex('opportunities_owner_snapshot_idx')
      .on('opportunities')
      .columns([
        'owner_id',
        'owner_since',
        'deleted_at',
        'created_at',
        'last_touched_at',
        'status',
        'id',
      ])
      .execute();
    await db.schema.dropIndex('opportunities_customer_id_idx').execute();
    await db.schema
      .createIndex('opportunities_customer_covering_idx')
      .on('opportunities')
      .columns(['customer_id', 'created_at', 'deleted_at', 'last_touched_at', 'status', 'id'])
      .execute();
    await sql`analyze opportunities`.execute(db);
  },
};
