import { sql, type RawBuilder, type QueryExecutorProvider } from 'kysely';
import type { Dialect } from './database.js';
import { keyCustomerNow, summedCustomer } from './customer-owner-totals.js';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';
import { orgZoneDayOf } from './sql-time.js';

/**
 * Each owner's key-now customers (`keyCustomerNow`) added up per org-zone day of their last
 * follow-up (`key_customer_day_totals`), so that follow-up coverage reads a row per person and day
 * of its window instead of every customer they own (docs/METRICS.md). A customer never followed
 * up has no day; its owner's totals count it (`key_customers`, src/db/customer-owner-totals.ts).
 * Triggers on customers keep the totals in the same transaction as every write, whoever writes —
 * an activity moves its customer's last follow-up, an opportunity its customer's open count. The
 * days are those of the zone the activities' day totals count (src/db/activity-day-totals.ts),
 * added up anew with them when the organisation's zone changes. Changing what the triggers do
 * needs a migration that drops and creates them again and adds the days up anew.
 */

const column = (alias: string, name: string) => sql.raw(`${alias}.${name}`);

/** What one customer row adds to its owner's day, times `sign`: nothing unless counted. */
function contribution(
  dialect: Dialect,
  alias: string,
  sign: 1 | -1,
  from: RawBuilder<unknown> = sql``,
): RawBuilder<unknown> {
  return sql`select ${column(alias, 'owner_id')} as owner_id,
      ${orgZoneDayOf(dialect, column(alias, 'last_follow_up_at'))} as day, ${sql.lit(sign)} as customers
    ${from} where ${summedCustomer(alias)} and ${keyCustomerNow(alias)} and ${column(alias, 'last_follow_up_at')} is not null`;
}

/**
 * Adds the rows' contributions to the totals in one statement, a day once and in key order: two
 * transactions adding to the same person's days lock them in the same order.
 */
function addToTotals(parts: readonly RawBuilder<unknown>[]): RawBuilder<unknown> {
  return sql`insert into key_customer_day_totals (owner_id, day, customers)
    select c.owner_id, c.day, sum(c.customers)
    from (${sql.join(parts, sql` union all `)}) c
    where c.day is not null
    group by c.owner_id, c.day order by c.owner_id, c.day
    on conflict (owner_id, day) do update set customers = key_customer_day_totals.customers + excluded.customers;`;
}

const TRIGGERS: readonly RowTrigger<'new' | 'old'>[] = [
  { name: 'customers_key_day_totals_insert', table: 'customers', event: 'insert', rows: ['new'] },
  {
    name: 'customers_key_day_totals_update',
    table: 'customers',
    event: 'update',
    watched: ['owner_id', 'deleted_at', 'level', 'open_opportunities', 'last_follow_up_at'],
    rows: ['old', 'new'],
  },
  { name: 'customers_key_day_totals_delete', table: 'customers', event: 'delete', rows: ['old'] },
];

/** Adds every customer up anew, in one statement (no day while the zone's offsets are not there). */
export async function refreshKeyCustomerDayTotals(
  db: QueryExecutorProvider,
  dialect: Dialect,
): Promise<void> {
  await sql`delete from key_customer_day_totals`.execute(db);
  await addToTotals([contribution(dialect, 'r', 1, sql`from customers r`)]).execute(db);
}

/**
 * The triggers that keep the totals (see above); `withKeyCustomerDayTotalsAfter` runs a bulk load
 * of customers (and of what moves their last follow-up and open deals) without them, then adds
 * every customer up in one statement.
 */
export const {
  create: createKeyCustomerDayTotalsTriggers,
  drop: dropKeyCustomerDayTotalsTriggers,
  settledAfter: withKeyCustomerDayTotalsAfter,
} = keptByTriggers(
  TRIGGERS,
  (trigger, dialect) =>
    addToTotals(trigger.rows.map((row) => contribution(dialect, row, row === 'old' ? -1 : 1))),
  refreshKeyCustomerDayTotals,
);
