import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Db, Dialect } from './database.js';
import {
  createRowTriggers,
  dropRowTriggers,
  withTriggersSettledAfter,
  type RowTrigger,
} from './row-triggers.js';

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
export function keyFieldUnfilled(customerAlias: string, field: string): RawBuilder<boolean> {
  return sql<boolean>`(${blank(customerAlias, field)} or ${hasOpenPlaceholder(customerAlias, field)})`;
}

function blank(customerAlias: string, field: string): RawBuilder<boolean> {
  const column = sql.ref(`${customerAlias}.${field}`);
  return sql<boolean>`(${column} is null or trim(${column}) = '')`;
}

/**
 * The customer carries an open Q1 placeholder flag on `field`. Only a customer whose stored
 * `flagged` is 1 (src/db/record-flags.ts) has any open flag to look up: most have none.
 */
function hasOpenPlaceholder(customerAlias: string, field: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(`${customerAlias}.flagged`)} = 1 and exists (select 1 from quality_flags q
      where q.entity = 'customer' and q.record_id = ${sql.ref(`${customerAlias}.id`)}
        and q.rule = 'Q1' and q.status = 'open' and q.field = ${field}))`;
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

/** Whether `field` is not blank, read from the stored bits. */
function nonBlank(customerAlias: string, field: FillableField): RawBuilder<number> {
  const bit = sql.lit(2 ** FILLABLE_FIELDS.indexOf(field));
  return sql<number>`(case when (${sql.ref(`${customerAlias}.filled_fields`)} & ${bit}) = 0 then 0 else 1 end)`;
}

/**
 * How many of `fields` are filled, by the rule above: the non-blank ones (the stored bits) less
 * those of them that carry an open Q1 placeholder flag. The flags are looked up once per customer,
 * and only for a customer whose stored `flagged` is 1 (the usual customer has no open flag): one
 * lookup per field made PostgreSQL plan a sub-query per field, 3 ms of planning for every
 * completeness query. Reads no other column of the customer than `id`, `flagged` and
 * `filled_fields`, so that an index carrying those answers it.
 */
export function keyFieldsFilled(
  customerAlias: string,
  fields: readonly FillableField[],
): RawBuilder<number> {
  const nonBlankFlagged = sql`(case q.field ${sql.join(
    fields.map((field) => sql`when ${field} then ${nonBlank(customerAlias, field)}`),
    sql` `,
  )} else 0 end)`;
  const placeholders = sql`(select count(distinct q.field) from quality_flags q
      where q.entity = 'customer' and q.record_id = ${sql.ref(`${customerAlias}.id`)}
        and q.rule = 'Q1' and q.status = 'open' and q.field in (${sql.join(fields)})
        and ${nonBlankFlagged} = 1)`;
  return sql<number>`(${sql.join(
    fields.map((field) => nonBlank(customerAlias, field)),
    sql` + `,
  )}
    - (case when ${sql.ref(`${customerAlias}.flagged`)} = 1 then ${placeholders} else 0 end))`;
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

/** Creates the triggers that keep `filled_fields`. */
export async function createFilledFieldsTriggers<DB>(db: Kysely<DB>, dialect: Dialect) {
  await createRowTriggers(
    db,
    dialect,
    TRIGGERS,
    () => sql`update customers set filled_fields = ${filledFieldsOf()} where id = new.id;`,
  );
}

/** Fills `filled_fields` of every customer in one statement. */
export async function refreshFilledFields<DB>(db: Kysely<DB>): Promise<void> {
  await sql`update customers set filled_fields = ${filledFieldsOf()}`.execute(db);
}

/** Drops them (a bulk load runs without, then `refreshFilledFields` fills every customer). */
export async function dropFilledFieldsTriggers<DB>(db: Kysely<DB>, dialect: Dialect) {
  await dropRowTriggers(db, dialect, TRIGGERS);
}

/**
 * Runs a bulk load of customers without the triggers, then fills every customer's bits in one
 * statement and puts the triggers back (a trigger per inserted row rewrote the row).
 */
export function withFilledFieldsAfter<T>(db: Db, load: () => Promise<T>): Promise<T> {
  return withTriggersSettledAfter(
    db,
    TRIGGERS,
    () => refreshFilledFields(db.kysely),
    () => createFilledFieldsTriggers(db.kysely, db.dialect),
    load,
  );
}
