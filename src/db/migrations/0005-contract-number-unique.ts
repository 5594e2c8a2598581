import { sql } from 'kysely';
import type { YardstickMigration } from './migration.js';

/**
 * A contract number is unique among live contracts, held by the database so that two
 * concurrent creations cannot both take it; a deleted contract frees its number.
 */
export const contractNumberUnique: YardstickMigration = {
  async up({ db }) {
    await db.schema
      .createIndex('contracts_live_number_idx')
      .on('contracts')
      .column('number')
      .unique()
      .where(sql<boolean>`deleted_at is null`)
      .execute();
  },
};
