import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import { FILLABLE_FIELDS } from '../customer-field-filled.js';
import {
  createOwnerTotalsTriggers,
  filledColumn,
  refreshOwnerTotals,
} from '../customer-owner-totals.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * Each owner's customers added up (customer-owner-totals.ts), so that profile completeness reads a
 * row per person; the customers the totals leave out — with an open flag, or deleted — read one by
 * one through an index of their own, in owner order (at scale L a person owns thousands of
 * customers, of which a few carry a flag).
 */
export const customerOwnerTotals: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    const t = columnTypes(dialect);
    let table = db.schema
      .createTable('customer_owner_totals')
      .addColumn('owner_id', t.id, (c) => c.primaryKey())
      .addColumn('customers', t.integer, (c) => c.notNull());
    for (const field of FILLABLE_FIELDS)
      table = table.addColumn(filledColumn(field), t.integer, (c) => c.notNull());
    await table.execute();
    await refreshOwnerTotals(db);
    await createOwnerTotalsTriggers(db, dialect);
    await db.schema
      .createIndex('customers_owner_unsummed_idx')
      .on('customers')
      .columns([
        'owner_id',
        'owner_since',
        'deleted_at',
        'created_at',
        'flagged',
        'filled_fields',
        'id',
      ])
      .where(sql<boolean>`flagged = 1 or deleted_at is not null`)
      .execute();
    await sql`analyze customers`.execute(db);
  },
};
