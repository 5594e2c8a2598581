import { sql } from 'kysely';
import { columnTypes } from '../column-types.js';
import {
  createOwnerTotalsTriggers,
  dropOwnerTotalsTriggers,
  refreshOwnerTotals,
} from '../customer-owner-totals.js';
import {
  createKeyCustomerDayTotalsTriggers,
  refreshKeyCustomerDayTotals,
} from '../key-customer-day-totals.js';
import type { MigrationContext, YardstickMigration } from './migration.js';

/**
 * Follow-up coverage of a live period from a row per person and day instead of every customer
 * they own: the owners' totals count their key-now customers too (customer-owner-totals.ts), and
 * those are added up per day of their last follow-up (key-customer-day-totals.ts, in the zone the
 * activities' day totals count: added up here, or with the activities when preparing the
 * database sets the zone). The few customers whose stored day cannot answer alone — last followed
 * up at or after a day the window cuts, or with a deal changed since the period's end — are found
 * through two narrow indexes of the live customers in owner order.
 */
export const keyCustomerDayTotals: YardstickMigration = {
  async up({ db, dialect }: MigrationContext) {
    const t = columnTypes(dialect);
    await db.schema
      .alterTable('customer_owner_totals')
      .addColumn('key_customers', t.integer, (c) => c.notNull().defaultTo(0))
      .execute();
    await dropOwnerTotalsTriggers(db, dialect);
    await refreshOwnerTotals(db);
    await createOwnerTotalsTriggers(db, dialect);

    await db.schema
      .createTable('key_customer_day_totals')
      .addColumn('owner_id', t.id, (c) => c.notNull())
      .addColumn('day', t.date, (c) => c.notNull())
      .addColumn('customers', t.integer, (c) => c.notNull())
      .addPrimaryKeyConstraint('key_customer_day_totals_pkey', ['owner_id', 'day'])
      .execute();
    await refreshKeyCustomerDayTotals(db, dialect);
    await createKeyCustomerDayTotalsTriggers(db, dialect);

    await db.schema
      .createIndex('customers_owner_follow_up_idx')
      .on('customers')
      .columns(['owner_id', 'last_follow_up_at'])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute();
    await db.schema
      .createIndex('customers_owner_opportunities_changed_idx')
      .on('customers')
      .columns(['owner_id', 'opportunities_changed_at'])
      .where(sql<boolean>`deleted_at is null and opportunities_changed_at is not null`)
      .execute();
    await sql`analyze customers`.execute(db);
    await sql`analyze customer_owner_totals`.execute(db);
    await sql`analyze key_customer_day_totals`.execute(db);
  },
};
