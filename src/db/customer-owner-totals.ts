import { sql, type RawBuilder, type QueryExecutorProvider } from 'kysely';
import { FILLABLE_FIELDS, keyFieldsFilled, type FillableField } from './customer-field-filled.js';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';
import type { CustomerLevel } from './tables/crm.table.js';

/**
 * Each owner's customers added up (`customer_owner_totals`), so that profile completeness and
 * follow-up coverage read a row per person instead of every customer they own: how many live
 * customers they own now, of those how many have each fillable field filled — not blank
 * (`filled_fields`) and without an open Q1 placeholder flag (`placeholder_fields`) — and how many
 * are key now (`keyCustomerNow`). Triggers on customers keep the totals in the same transaction as
 * every write, whoever writes. Changing what the triggers do needs a migration that drops and
 * creates them again and adds the owners up anew.
 */

/** The column of `customer_owner_totals` counting the customers whose `field` is filled. */
export const filledColumn = (field: FillableField) => `${field}_filled`;

/** The totals count it: a live customer with an owner. */
export function summedCustomer(alias: string): RawBuilder<boolean> {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  return sql<boolean>`(${column('owner_id')} is not null and ${column('deleted_at')} is null)`;
}

/** The levels that make a customer key (follow-up coverage, the workbench's uncovered ones). */
export const KEY_LEVELS = ['A', 'B'] as const satisfies readonly CustomerLevel[];

/** Customer `alias` has a key level. */
export function hasKeyLevel(alias: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.raw(`${alias}.level`)} in (${sql.join(KEY_LEVELS.map((level) => sql.lit(level)))})`;
}

/**
 * Follow-up coverage counts a customer at a period's end when it has a key level or an open
 * opportunity then; as of now, from the customer's own level and stored count of open ones
 * (src/db/customer-open-opportunities.ts): "key now".
 */
export function keyCustomerNow(alias: string): RawBuilder<boolean> {
  return sql<boolean>`(${hasKeyLevel(alias)} or ${sql.raw(`${alias}.open_opportunities`)} > 0)`;
}

/** What one customer row adds to its owner's totals, times `sign`. */
function contribution(alias: string, sign: 1 | -1, from: RawBuilder<unknown> = sql``) {
  const s = sql.lit(sign);
  const fields = FILLABLE_FIELDS.map(
    (field) => sql`${s} * ${keyFieldsFilled(alias, [field])} as ${sql.raw(filledColumn(field))}`,
  );
  return sql`select ${sql.raw(`${alias}.owner_id`)} as owner_id, ${s} as customers, ${sql.join(fields)},
      ${s} * (case when ${keyCustomerNow(alias)} then 1 else 0 end) as key_customers
    ${from} where ${summedCustomer(alias)}`;
}

const TOTAL_COLUMNS = ['customers', ...FILLABLE_FIELDS.map(filledColumn), 'key_customers'].map(
  sql.raw,
);

/** Adds the contributions to the totals in one statement, an owner once. */
function addToTotals(parts: readonly RawBuilder<unknown>[]): RawBuilder<unknown> {
  return sql`insert into customer_owner_totals (owner_id, ${sql.join(TOTAL_COLUMNS)})
    select c.owner_id, ${sql.join(TOTAL_COLUMNS.map((column) => sql`sum(c.${column})`))}
    from (${sql.join(parts, sql` union all `)}) c
    group by c.owner_id order by c.owner_id
    on conflict (owner_id) do update set ${sql.join(
      TOTAL_COLUMNS.map(
        (column) => sql`${column} = customer_owner_totals.${column} + excluded.${column}`,
      ),
    )};`;
}

const TRIGGERS: readonly RowTrigger<'new' | 'old'>[] = [
  { name: 'customers_owner_totals_insert', table: 'customers', event: 'insert', rows: ['new'] },
  {
    name: 'customers_owner_totals_update',
    table: 'customers',
    event: 'update',
    watched: [
      'owner_id',
      'deleted_at',
      'filled_fields',
      'placeholder_fields',
      'level',
      'open_opportunities',
    ],
    rows: ['old', 'new'],
  },
  { name: 'customers_owner_totals_delete', table: 'customers', event: 'delete', rows: ['old'] },
];

/** Adds every owner's customers up anew, in one statement. */
export async function refreshOwnerTotals(db: QueryExecutorProvider): Promise<void> {
  await sql`delete from customer_owner_totals`.execute(db);
  await addToTotals([contribution('r', 1, sql`from customers r`)]).execute(db);
}

/**
 * The triggers that keep the totals (see above); `withOwnerTotalsAfter` runs a bulk load of
 * customers without them, then adds every owner up in one statement.
 */
export const {
  create: createOwnerTotalsTriggers,
  drop: dropOwnerTotalsTriggers,
  settledAfter: withOwnerTotalsAfter,
} = keptByTriggers(
  TRIGGERS,
  (trigger) => addToTotals(trigger.rows.map((row) => contribution(row, row === 'old' ? -1 : 1))),
  refreshOwnerTotals,
);
