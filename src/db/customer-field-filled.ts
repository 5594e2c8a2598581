import { sql, type RawBuilder, type QueryExecutorProvider } from 'kysely';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';

/**
 * The customer fields an organisation may count as key fields, each at its bit of the stored
 * `customers.filled_fields` (bit i set: field i is not blank). Append only: a stored bit keeps its
 * meaning, and a new field needs a migration that fills its bit.
 */
export const FILLABLE_FIELDS = [
  'name',
  'phone',
  'email',
  'industry',
  'source',
  'requirement',
  'region',
  'level',
  'address',
] as const;
export type FillableField = (typeof FILLABLE_FIELDS)[number];

/**
 * The one rule for "this customer's key field is not filled" (METRICS.md Q1 and
 * profile_completeness): empty, blank, or holding a placeholder that carries an open Q1 flag.
 * Used by the completeness metric, the workbench's next steps and the customers list filter, so
 * that "5 customers miss the industry" lists exactly the five the scorecard counts.
 */
export function keyFieldUnfilled(customerAlias: string, field: FillableField): RawBuilder<boolean> {
  return sql<boolean>`(${blank(customerAlias, field)} or ${bitSet(customerAlias, 'placeholder_fields', field)})`;
}

function blank(customerAlias: string, field: string): RawBuilder<boolean> {
  const column = sql.ref(`${customerAlias}.${field}`);
  return sql<boolean>`(${column} is null or trim(${column}) = '')`;
}

/**
 * Whether `field`'s bit is set in the stored bits `column` of the customer (referred to as
 * written: a trigger's `new` and `old` are not quoted identifiers on every engine).
 */
function bitSet(
  customerAlias: string,
  column: 'filled_fields' | 'placeholder_fields',
  field: FillableField,
): RawBuilder<boolean> {
  const bit = sql.lit(2 ** FILLABLE_FIELDS.indexOf(field));
  return sql<boolean>`((${sql.raw(`${customerAlias}.${column}`)} & ${bit}) <> 0)`;
}

/** `filled_fields` of the `customers` row being written: the sum of its non-blank fields' bits. */
function filledFieldsOf(): RawBuilder<number> {
  return sql<number>`(${sql.join(
    FILLABLE_FIELDS.map(
      (field, bit) =>
        sql`(case when ${blank('customers', field)} then 0 else ${sql.lit(2 ** bit)} end)`,
    ),
    sql` + `,
  )})`;
}

/**
 * How many of `fields` are filled, by the rule above, read from the stored bits: not blank
 * (`filled_fields`) and without an open Q1 placeholder flag (`placeholder_fields`). Reads no other
 * column of the customer, so that an index carrying those two answers it.
 */
export function keyFieldsFilled(
  customerAlias: string,
  fields: readonly FillableField[],
): RawBuilder<number> {
  return sql<number>`(${sql.join(
    fields.map(
      (field) =>
        sql`(case when ${bitSet(customerAlias, 'filled_fields', field)} and not ${bitSet(customerAlias, 'placeholder_fields', field)} then 1 else 0 end)`,
    ),
    sql` + `,
  )})`;
}

/**
 * `filled_fields` is kept by triggers on customers, in the same transaction as every write of a
 * fillable field, whoever writes. Changing what they do needs a migration that drops and creates
 * them again and refills the column.
 */
const TRIGGERS: readonly RowTrigger<'new'>[] = [
  { name: 'customers_filled_fields_insert', table: 'customers', event: 'insert', rows: ['new'] },
  {
    name: 'customers_filled_fields_update',
    table: 'customers',
    event: 'update',
    watched: FILLABLE_FIELDS,
    rows: ['new'],
  },
];

/** Fills `filled_fields` of every customer in one statement. */
export async function refreshFilledFields(db: QueryExecutorProvider): Promise<void> {
  await sql`update customers set filled_fields = ${filledFieldsOf()}`.execute(db);
}

/**
 * The triggers that keep `filled_fields`; `withFilledFieldsAfter` runs a bulk load of customers
 * without them, then fills every customer's bits in one statement (a trigger per inserted row
 * rewrote the row).
 */
export const {
  create: createFilledFieldsTriggers,
  drop: dropFilledFieldsTriggers,
  settledAfter: withFilledFieldsAfter,
} = keptByTriggers(
  TRIGGERS,
  () => sql`update customers set filled_fields = ${filledFieldsOf()} where id = new.id;`,
  refreshFilledFields,
);
