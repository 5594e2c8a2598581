import { sql, type RawBuilder, type QueryExecutorProvider } from 'kysely';
import type { Dialect } from './database.js';
import { FILLABLE_FIELDS } from './customer-field-filled.js';
import { lockRecordFlags } from './record-flags.js';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';

/**
 * `placeholder_fields` on customers: the bits (those of `filled_fields`) of the fields that carry
 * an open Q1 placeholder flag, which makes a non-blank field unfilled (docs/METRICS.md,
 * profile_completeness). Triggers on quality_flags keep it in the same transaction as every write
 * of a flag, whoever writes; on PostgreSQL each first takes the record's flag lock, as the triggers
 * keeping `flagged` do (record-flags.ts). Changing what the triggers do needs a migration that
 * drops and creates them again.
 */

/** The bits of the fields with an open Q1 flag of the customer whose id is `customerId`. */
function placeholderFieldsOf(customerId: RawBuilder<unknown>): RawBuilder<number> {
  const bitOfField = sql`case q.field ${sql.join(
    FILLABLE_FIELDS.map((field, bit) => sql`when ${sql.lit(field)} then ${sql.lit(2 ** bit)}`),
    sql` `,
  )} end`;
  return sql<number>`(select coalesce(sum(distinct ${bitOfField}), 0) from quality_flags q
    where q.entity = 'customer' and q.record_id = ${customerId} and q.rule = 'Q1' and q.status = 'open')`;
}

/** Decides again the bits of the customer a Q1 flag row (`new` or `old`) is about. */
function customerOf(dialect: Dialect, row: 'new' | 'old'): RawBuilder<unknown> {
  const flag = sql.raw(row);
  const update = sql`update customers set placeholder_fields = ${placeholderFieldsOf(sql.raw('customers.id'))}
    where ${flag}.entity = 'customer' and ${flag}.rule = 'Q1' and id = ${flag}.record_id;`;
  return dialect === 'postgres' ? sql`${lockRecordFlags(row)} ${update}` : update;
}

const TRIGGERS: readonly RowTrigger<'new' | 'old'>[] = [
  {
    name: 'quality_flags_placeholder_insert',
    table: 'quality_flags',
    event: 'insert',
    rows: ['new'],
  },
  {
    name: 'quality_flags_placeholder_update',
    table: 'quality_flags',
    event: 'update',
    watched: ['status', 'entity', 'record_id', 'rule', 'field'],
    rows: ['old', 'new'],
  },
  {
    name: 'quality_flags_placeholder_delete',
    table: 'quality_flags',
    event: 'delete',
    rows: ['old'],
  },
];

/** Decides `placeholder_fields` again for every customer that has an open Q1 flag or had bits. */
export async function markPlaceholderFields(db: QueryExecutorProvider): Promise<void> {
  await sql`update customers set placeholder_fields = ${placeholderFieldsOf(sql.raw('customers.id'))}
    where placeholder_fields <> 0
      or id in (select record_id from quality_flags where entity = 'customer' and rule = 'Q1' and status = 'open')`.execute(
    db,
  );
}

/**
 * The triggers that keep `placeholder_fields` (see above); `withPlaceholderFieldsAfter` runs a
 * bulk pass that writes flags (the simulated year's data-quality run) without them, then decides
 * the customers' bits in one statement.
 */
export const {
  create: createPlaceholderFieldsTriggers,
  drop: dropPlaceholderFieldsTriggers,
  settledAfter: withPlaceholderFieldsAfter,
} = keptByTriggers(
  TRIGGERS,
  (trigger, dialect) =>
    sql.join(
      trigger.rows.map((row) => customerOf(dialect, row)),
      sql` `,
    ),
  markPlaceholderFields,
);
