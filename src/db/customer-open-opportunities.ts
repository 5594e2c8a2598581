import { sql, type RawBuilder, type QueryExecutorProvider } from 'kysely';
import type { Dialect } from './database.js';
import { endOfTime } from './sql-time.js';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';

/**
 * What a customer's opportunities are now, stored on the customer so that follow_up_coverage
 * decides "has an open opportunity at `end`" without looking them up one customer at a time
 * (docs/METRICS.md):
 * - `open_opportunities`: how many are live and open;
 * - `opportunities_changed_at`: the latest instant any of them (deleted ones too) was created,
 *   touched or deleted — null when it has none. An opportunity with no last touch counts as
 *   changed in the far future, so that it is always looked up.
 * When `opportunities_changed_at` is before `end`, none of them has changed since, so the stored
 * count answers for `end` as for now. Triggers on opportunities decide both again for the
 * customers a written opportunity belongs and belonged to, in the same transaction as every
 * write, whoever writes. Changing what the triggers do needs a migration that drops and creates
 * them again and decides every customer anew.
 */

/** The latest of an opportunity's creation, last touch and deletion. */
function changedAt(dialect: Dialect): RawBuilder<unknown> {
  const touched = sql`coalesce(o.last_touched_at, ${endOfTime(dialect)})`;
  // PostgreSQL's greatest() skips nulls; SQLite's scalar max() would return null for one.
  return dialect === 'postgres'
    ? sql`greatest(o.created_at, ${touched}, o.deleted_at)`
    : sql`max(o.created_at, ${touched}, coalesce(o.deleted_at, o.created_at))`;
}

/** Sets both columns of the customers `where` picks (the table unaliased: `customers`). */
function decideCustomers(dialect: Dialect, where: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`update customers set
      open_opportunities = (select count(*) from opportunities o
        where o.customer_id = customers.id and o.deleted_at is null and o.status = 'open'),
      opportunities_changed_at = (select max(${changedAt(dialect)}) from opportunities o
        where o.customer_id = customers.id)
    ${where};`;
}

const TRIGGERS: readonly RowTrigger<'new' | 'old'>[] = [
  {
    name: 'opportunities_customer_state_insert',
    table: 'opportunities',
    event: 'insert',
    rows: ['new'],
  },
  {
    name: 'opportunities_customer_state_update',
    table: 'opportunities',
    event: 'update',
    watched: ['customer_id', 'status', 'deleted_at', 'created_at', 'last_touched_at'],
    rows: ['old', 'new'],
  },
  {
    name: 'opportunities_customer_state_delete',
    table: 'opportunities',
    event: 'delete',
    rows: ['old'],
  },
];

/**
 * Decides both columns anew, in one statement, for every customer that has opportunities or had
 * (the others keep none: 0 and null).
 */
export async function refreshCustomerOpportunities(
  db: QueryExecutorProvider,
  dialect: Dialect,
): Promise<void> {
  await decideCustomers(
    dialect,
    sql`where id in (select o.customer_id from opportunities o)
      or open_opportunities <> 0 or opportunities_changed_at is not null`,
  ).execute(db);
}

/**
 * The triggers that keep both columns (see above); `withCustomerOpportunitiesAfter` runs a bulk
 * load of opportunities without them, then decides every customer in one statement.
 */
export const {
  create: createCustomerOpportunitiesTriggers,
  drop: dropCustomerOpportunitiesTriggers,
  settledAfter: withCustomerOpportunitiesAfter,
} = keptByTriggers(
  TRIGGERS,
  (trigger, dialect) => {
    const customers = trigger.rows.map((row) => sql.raw(`${row}.customer_id`));
    return decideCustomers(dialect, sql`where id in (${sql.join(customers)})`);
  },
  refreshCustomerOpportunities,
);
