import { sql } from 'kysely';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * The notifications job announces a person's new flags together (one notification per person per
 * run, not one per flag), so each flag records when it was announced. Flags announced before this
 * migration, one notification each, take that notification's time. The index serves the job's
 * look-up of open flags not yet announced, by when they were raised.
 */
export const qualityFlagsAnnounced: YardstickMigration = {
  async up({ db, t }: MigrationContext) {
    await db.schema.alterTable('quality_flags').addColumn('announced_at', t.timestamp).execute();
    await sql`update quality_flags set announced_at = announced.at
      from (select record_id, min(created_at) as at from notifications
            where kind = 'quality_flag' and record_type = 'quality_flag' group by record_id) announced
      where announced.record_id = quality_flags.id`.execute(db);
    await db.schema
      .createIndex('quality_flags_unannounced_idx')
      .on('quality_flags')
      .columns(['created_at'])
      .where(sql<boolean>`announced_at is null and status = 'open'`)
      .execute();
  },
};
