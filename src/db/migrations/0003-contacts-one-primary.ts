import { sql } from 'kysely';
import type { YardstickMigration } from './migration.js';

/**
 * At most one live primary contact per customer, held by the database so that two concurrent
 * "make primary" requests cannot both win. Partial unique indexes work on both engines.
 */
export const contactsOnePrimary: YardstickMigration = {
  async up({ db }) {
    await db.schema
      .createIndex('contacts_one_primary_idx')
      .on('contacts')
      .column('customer_id')
      .unique()
      .where(sql<boolean>`is_primary = 1 and deleted_at is null`)
      .execute();
  },
};
