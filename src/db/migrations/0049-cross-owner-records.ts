import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import { createCrossOwnerTriggers, refreshCrossOwnerRecords } from '../cross-owner-records.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * The live opportunities, contracts and plans owned by someone else than their customer's owner
 * (cross-owner-records.ts), kept by triggers: lists of customers ask implicit parent access of
 * them alone. The existing records are decided here.
 */
export const crossOwnerRecords: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    const t = columnTypes(dialect);
    await db.schema
      .createTable('cross_owner_records')
      .addColumn('record_type', t.text, (c) => c.notNull())
      .addColumn('record_id', t.id, (c) => c.notNull())
      .addColumn('owner_id', t.id, (c) => c.notNull())
      .addColumn('customer_id', t.id, (c) => c.notNull())
      .addPrimaryKeyConstraint('cross_owner_records_pkey', ['record_type', 'record_id'])
      .execute();
    await db.schema
      .createIndex('cross_owner_records_owner_idx')
      .on('cross_owner_records')
      .columns(['owner_id', 'customer_id'])
      .execute();
    await db.schema
      .createIndex('cross_owner_records_customer_idx')
      .on('cross_owner_records')
      .column('customer_id')
      .execute();
    await refreshCrossOwnerRecords(db);
    await createCrossOwnerTriggers(db, dialect);
    await sql`analyze cross_owner_records`.execute(db);
  },
};
