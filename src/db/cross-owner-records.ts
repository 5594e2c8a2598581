import { sql, type RawBuilder, type QueryExecutorProvider } from 'kysely';
import type { CrossOwnerRecordsTable } from './tables/crm.table.js';
import { keptByTriggers, type RowTrigger } from './row-triggers.js';

/**
 * The live opportunities, contracts and follow-up plans whose owner is not their customer's
 * owner (`cross_owner_records`). Implicit parent access (parent-access.ts) lets whoever may see
 * such a record read its customer; a record owned by its customer's owner adds nothing to that
 * owner's scope. So a list of customers asks parent access of these rows alone, instead of looking
 * up the customer of every record in the viewer's scope (a rep's 1,800 records at scale M, whose
 * customers are nearly all their own). Triggers on the three tables and on the customers' owner keep
 * the rows in the same transaction as every write, whoever writes; a pooled customer (no owner)
 * has its records here too. Changing what the triggers do needs a migration that drops and creates
 * them again and decides every record anew.
 */

/** The record tables, each with its `record_type` here. */
const RECORD_TABLES = [
  { table: 'opportunities', recordType: 'opportunity' },
  { table: 'contracts', recordType: 'contract' },
  { table: 'follow_up_plans', recordType: 'plan' },
] as const satisfies readonly { table: string; recordType: CrossOwnerRecordsTable['recordType'] }[];

/**
 * Inserts the rows of `table`'s records (aliased `r`) that `where` picks and that are live, have a
 * customer and are owned by someone else than their customer's owner.
 */
function insertCrossOwner(
  { table, recordType }: (typeof RECORD_TABLES)[number],
  where: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql`insert into cross_owner_records (record_type, record_id, owner_id, customer_id)
    select ${sql.lit(recordType)}, r.id, r.owner_id, r.customer_id
    from ${sql.table(table)} r join customers c on c.id = r.customer_id
    where r.deleted_at is null and r.owner_id is distinct from c.owner_id and ${where};`;
}

type Row = 'new' | 'old' | 'customer';
type RecordTrigger = RowTrigger<Row> & { recordTable?: (typeof RECORD_TABLES)[number] };

const TRIGGERS: readonly RecordTrigger[] = [
  ...RECORD_TABLES.flatMap((recordTable): RecordTrigger[] => [
    {
      name: `${recordTable.table}_cross_owner_insert`,
      table: recordTable.table,
      event: 'insert',
      rows: ['new'],
      recordTable,
    },
    {
      name: `${recordTable.table}_cross_owner_update`,
      table: recordTable.table,
      event: 'update',
      watched: ['owner_id', 'customer_id', 'deleted_at'],
      rows: ['old', 'new'],
      recordTable,
    },
    {
      name: `${recordTable.table}_cross_owner_delete`,
      table: recordTable.table,
      event: 'delete',
      rows: ['old'],
      recordTable,
    },
  ]),
  {
    name: 'customers_cross_owner_update',
    table: 'customers',
    event: 'update',
    watched: ['owner_id'],
    rows: ['customer'],
  },
];

/** The statements of a trigger: forget the rows it concerns, then decide them again. */
function bodyOf({ recordTable, rows }: RecordTrigger): RawBuilder<unknown> {
  if (!recordTable)
    return sql.join(
      [
        sql`delete from cross_owner_records where customer_id = new.id;`,
        ...RECORD_TABLES.map((t) => insertCrossOwner(t, sql`r.customer_id = new.id`)),
      ],
      sql` `,
    );
  const statements: RawBuilder<unknown>[] = [];
  if (rows.includes('old'))
    statements.push(sql`delete from cross_owner_records
      where record_type = ${sql.lit(recordTable.recordType)} and record_id = old.id;`);
  if (rows.includes('new')) statements.push(insertCrossOwner(recordTable, sql`r.id = new.id`));
  return sql.join(statements, sql` `);
}

/** Decides every record anew, in one statement a table. */
export async function refreshCrossOwnerRecords(db: QueryExecutorProvider): Promise<void> {
  await sql`delete from cross_owner_records`.execute(db);
  for (const recordTable of RECORD_TABLES)
    await insertCrossOwner(recordTable, sql`1 = 1`).execute(db);
}

/**
 * The triggers that keep the rows (see above); `withCrossOwnerRecordsAfter` runs a bulk load
 * without them, then decides every record in one statement a table.
 */
export const {
  create: createCrossOwnerTriggers,
  drop: dropCrossOwnerTriggers,
  settledAfter: withCrossOwnerRecordsAfter,
} = keptByTriggers(TRIGGERS, bodyOf, refreshCrossOwnerRecords);
