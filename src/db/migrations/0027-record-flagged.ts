import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import { createRecordFlagTriggers, markFlaggedRecords } from '../record-flags.js';
import type { YardstickMigration } from './migration.js';

/**
 * Whether an activity, customer or lead carries an open data-quality flag, stored on the record
 * (`flagged`) and kept by triggers (`record-flags.ts`): data_flag_rate was one flag lookup per
 * record, at scale M a quarter's 250 k activities — 1.2 s of a whole cycle on SQLite, 1.6 s on
 * PostgreSQL. One person's activities by recording time now carry it in their covering index.
 * Existing records are marked here.
 */
export const recordFlagged: YardstickMigration = {
  async up({ db, dialect }) {
    const t = columnTypes(dialect);
    for (const table of ['activities', 'customers', 'leads'])
      await db.schema
        .alterTable(table)
        .addColumn('flagged', t.flag, (c) => c.notNull().defaultTo(0))
        .execute();
    await markFlaggedRecords(db);
    await createRecordFlagTriggers(db, dialect);
    await db.schema.dropIndex('activities_actor_recorded_covering_idx').execute();
    await db.schema
      .createIndex('activities_actor_recorded_covering_idx')
      .on('activities')
      .columns([
        'actor_id',
        'recorded_at',
        'valid',
        'deleted_at',
        'import_job_id',
        'timely',
        'flagged',
        'id',
      ])
      .execute();
    for (const table of ['activities', 'customers', 'leads'])
      await sql`analyze ${sql.table(table)}`.execute(db);
  },
};
