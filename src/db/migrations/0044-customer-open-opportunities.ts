import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import {
  createCustomerOpportunitiesTriggers,
  refreshCustomerOpportunities,
} from '../customer-open-opportunities.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * follow_up_coverage without an opportunity lookup per customer: how many of a customer's
 * opportunities are open and when any of them last changed are stored on the customer (kept by
 * triggers on opportunities: customer-open-opportunities.ts) and carried by the owner-order
 * snapshot index the customer metrics read.
 */
export const customerOpenOpportunities: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    const t = columnTypes(dialect);
    await db.schema
      .alterTable('customers')
      .addColumn('open_opportunities', t.integer, (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable('customers')
      .addColumn('opportunities_changed_at', t.timestamp)
      .execute();
    await refreshCustomerOpportunities(db, dialect);
    await createCustomerOpportunitiesTriggers(db, dialect);

    await db.schema.dropIndex('customers_owner_snapshot_idx').execute();
    await db.schema
      .createIndex('customers_owner_snapshot_idx')
      .on('customers')
      .columns([
        'owner_id',
        'owner_since',
        'deleted_at',
        'created_at',
        'level',
        'last_follow_up_at',
        'open_opportunities',
        'opportunities_changed_at',
        'filled_fields',
        'placeholder_fields',
        'id',
      ])
      .execute();
    await sql`analyze customers`.execute(db);
  },
};
