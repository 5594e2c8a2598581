import { sql, type RawBuilder, type QueryExecutorProvider } from 'kysely';
import type { Dialect } from './database.js';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';

/**
 * `flagged` on activities, customers and leads: 1 while the record carries an open data-quality
 * flag of any rule — data_flag_rate's numerator (docs/METRICS.md) as it stands now. Triggers on
 * quality_flags keep it in the same transaction as every write of a flag, whoever writes (the
 * rules, a manager clearing a flag, a merge moving flags to the surviving record). On PostgreSQL
 * each trigger first takes a transaction lock on the record, so that two transactions changing
 * flags of one record at once decide it one after the other, each seeing the other's committed
 * flags. Changing what the triggers do needs a migration that drops and creates them again.
 */

/** The flag entities whose records carry `flagged`, with their tables. */
const FLAGGED_TABLES = [
  { entity: 'activity', table: 'activities' },
  { entity: 'customer', table: 'customers' },
  { entity: 'lead', table: 'leads' },
] as const;

/** 1 when the row of `table` (referred to by its table name) has an open flag, else 0. */
function flaggedOf(entity: string, table: string): RawBuilder<number> {
  return sql<number>`(case when exists (select 1 from quality_flags q
      where q.entity = ${sql.lit(entity)} and q.record_id = ${sql.ref(`${table}.id`)} and q.status = 'open')
    then 1 else 0 end)`;
}

/** Decides again the record a flag row (`new` or `old`) is about. */
function recordOf(dialect: Dialect, row: 'new' | 'old'): RawBuilder<unknown> {
  const flag = sql.raw(row);
  const updates = FLAGGED_TABLES.map(
    ({ entity, table }) => sql`update ${sql.table(table)} set flagged = ${flaggedOf(entity, table)}
      where ${flag}.entity = ${sql.lit(entity)} and id = ${flag}.record_id;`,
  );
  return sql.join(dialect === 'postgres' ? [lockRecordFlags(row), ...updates] : updates, sql` `);
}

/**
 * PostgreSQL: the transaction lock on the record a flag row is about, taken by every trigger that
 * decides something of the record from its flags before it reads them.
 */
export function lockRecordFlags(row: 'new' | 'old'): RawBuilder<unknown> {
  const flag = sql.raw(row);
  return sql`perform pg_advisory_xact_lock(hashtext('record-flags:' || ${flag}.entity || ':' || ${flag}.record_id));`;
}

const TRIGGERS: readonly RowTrigger<'new' | 'old'>[] = [
  { name: 'quality_flags_record_insert', table: 'quality_flags', event: 'insert', rows: ['new'] },
  {
    name: 'quality_flags_record_update',
    table: 'quality_flags',
    event: 'update',
    watched: ['status', 'entity', 'record_id'],
    rows: ['old', 'new'],
  },
  { name: 'quality_flags_record_delete', table: 'quality_flags', event: 'delete', rows: ['old'] },
];

/** Marks every record with an open flag, one statement per table (all are 0 before). */
export async function markFlaggedRecords(db: QueryExecutorProvider) {
  for (const { entity, table } of FLAGGED_TABLES)
    await sql`update ${sql.table(table)} set flagged = 1 where id in (select record_id from quality_flags
      where entity = ${sql.lit(entity)} and status = 'open')`.execute(db);
}

/**
 * The triggers that keep `flagged` (see above); `withRecordFlagsAfter` runs a bulk pass that
 * writes flags on records none of which carried a flag before it (the simulated year's
 * data-quality run) without them, then marks the flagged records in one statement per table: per
 * flag row, a trigger rewrote its record (at M on PostgreSQL, 37 of the pass's 100 s went to
 * inserting flags).
 */
export const { create: createRecordFlagTriggers, settledAfter: withRecordFlagsAfter } =
  keptByTriggers(
    TRIGGERS,
    (trigger, dialect) =>
      sql.join(
        trigger.rows.map((row) => recordOf(dialect, row)),
        sql` `,
      ),
    markFlaggedRecords,
  );
