import { sql } from 'kysely';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * stale_pipeline reads, of the opportunities a person has kept, those open now and those closed
 * now but touched at or after the period's end (the others were closed at the end too): the
 * owner-order snapshot index puts the status and the last touch right after the owner, so that
 * each is a range of it rather than every deal the person ever owned, most of them closed.
 */
export const opportunityStatusSnapshotIndex: YardstickMigration = {
  async up({ db }: MigrationContext) {
    await db.schema.dropIndex('opportunities_owner_snapshot_idx').execute();
    await db.schema
      .createIndex('opportunities_owner_status_snapshot_idx')
      .on('opportunities')
      .columns([
        'owner_id',
        'status',
        'last_touched_at',
        'owner_since',
        'deleted_at',
        'created_at',
        'id',
      ])
      .execute();
    await sql`analyze opportunities`.execute(db);
  },
};
