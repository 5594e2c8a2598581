import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import { FILLABLE_FIELDS } from '../customer-field-filled.js';
import { filledColumn } from '../customer-owner-totals.js';
import {
  createPlaceholderFieldsTriggers,
  markPlaceholderFields,
} from '../customer-placeholder-fields.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * Profile completeness from a row per person:
 * - which of a customer's fields carry an open Q1 placeholder flag is stored on the customer
 *   (`placeholder_fields`, kept by triggers on the flags: customer-placeholder-fields.ts), so that
 *   whether a key field is filled is read off the customer's own bits (at scale M one customer in
 *   eight carries an open Q1 flag, each looked up in the flags before);
 * - each owner's live customers are added up (customer-owner-totals.ts; since 0058);
 * - the customers deleted since a period's end, which the totals no longer count, are read one by
 *   one through an index of their own in owner order, and the owner-order snapshot index carries
 *   the placeholder bits instead of `flagged`, which the customer metrics no longer read.
 */
export const customerOwnerTotals: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    const t = columnTypes(dialect);
    await db.schema
      .alterTable('customers')
      .addColumn('placeholder_fields', t.integer, (c) => c.notNull().defaultTo(0))
      .execute();
    await markPlaceholderFields(db);
    await createPlaceholderFieldsTriggers(db, dialect);

    let table = db.schema
      .createTable('customer_owner_totals')
      .addColumn('owner_id', t.id, (c) => c.primaryKey())
      .addColumn('customers', t.integer, (c) => c.notNull());
    for (const field of FILLABLE_FIELDS)
      table = table.addColumn(filledColumn(field), t.integer, (c) => c.notNull());
    await table.execute();
    // The owners are added up, and the triggers that keep them created, by 0058, which counts
    // their key customers too: the code of this file's time is gone, and the key customers need
    // the columns of 0044.

    const snapshot = ['owner_id', 'owner_since', 'deleted_at', 'created_at'];
    const bits = ['filled_fields', 'placeholder_fields', 'id'];
    await db.schema
      .createIndex('customers_owner_deleted_idx')
      .on('customers')
      .columns([...snapshot, ...bits])
      .where(sql<boolean>`deleted_at is not null`)
      .execute();
    await db.schema.dropIndex('customers_owner_snapshot_idx').execute();
    await db.schema
      .createIndex('customers_owner_snapshot_idx')
      .on('customers')
      .columns([...snapshot, 'level', 'last_follow_up_at', ...bits])
      .execute();
    await sql`analyze customers`.execute(db);
  },
};
