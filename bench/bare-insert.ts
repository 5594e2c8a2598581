// The baseline for seeding: the same rows as a seeded database, inserted into a fresh database
// with the same schema and indexes in transactions of 20,000 rows, the secondary indexes built
// after the load as the simulator does — what the engine does with no generation, no query
// builder and no batching logic. SQLite: one prepared INSERT per table, run per row (in-process,
// a statement costs no round trip). PostgreSQL: one prepared INSERT of 500 rows per table, the
// values sent as text, the rows read through a cursor.
import { rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { prepareDatabase } from '../src/app/prepare-database.js';
import { withIndexesBuiltAfter } from '../src/db/bulk-load-indexes.js';
import { openDb } from '../src/db/engine.js';
import { dropFilledFieldsTriggers } from '../src/db/customer-field-filled.js';
import { dropDayTotalsTriggers } from '../src/db/activity-day-totals.js';
import { dropOwnerTotalsTriggers } from '../src/db/customer-owner-totals.js';
import { dropCustomerOpportunitiesTriggers } from '../src/db/customer-open-opportunities.js';
import { dropCustomerFirstContractTriggers } from '../src/db/customer-first-contract.js';
import { dropPlaceholderFieldsTriggers } from '../src/db/customer-placeholder-fields.js';
import { dropPlanExecutionTriggers } from '../src/db/plan-execution.js';
import { dropPlanDayTotalsTriggers } from '../src/db/plan-day-totals.js';
import { dropKeyCustomerDayTotalsTriggers } from '../src/db/key-customer-day-totals.js';
import { dropStageChangeSupersededTriggers } from '../src/db/stage-change-superseded.js';
import { dropCrossOwnerTriggers } from '../src/db/cross-owner-records.js';
import { SIMULATED_TABLE_NAMES } from '../src/simulator/row-sink.js';

const ROWS_PER_TRANSACTION = 20_000;

/**
 * The target's schema, without the triggers that decide a plan's `executed` and a customer's
 * `filled_fields`, `placeholder_fields` and first contract and a stage change's `superseded_at`,
 * add up the activities', plans' and key customers' day totals and the owners' customers and find
 * the records owned by someone else than their customer's owner: the copied rows carry them as the
 * seeding stored them, and a bare insert runs nothing per row.
 */
async function preparedWithoutTriggers(url: string) {
  const prepared = await openDb({ url });
  await prepareDatabase(prepared);
  await dropPlanExecutionTriggers(prepared.kysely, prepared.dialect);
  await dropFilledFieldsTriggers(prepared.kysely, prepared.dialect);
  await dropDayTotalsTriggers(prepared.kysely, prepared.dialect);
  await dropPlanDayTotalsTriggers(prepared.kysely, prepared.dialect);
  await dropKeyCustomerDayTotalsTriggers(prepared.kysely, prepared.dialect);
  await dropStageChangeSupersededTriggers(prepared.kysely, prepared.dialect);
  await dropOwnerTotalsTriggers(prepared.kysely, prepared.dialect);
  await dropPlaceholderFieldsTriggers(prepared.kysely, prepared.dialect);
  await dropCustomerOpportunitiesTriggers(prepared.kysely, prepared.dialect);
  await dropCustomerFirstContractTriggers(prepared.kysely, prepared.dialect);
  await dropCrossOwnerTriggers(prepared.kysely, prepared.dialect);
  return prepared;
}

export async function bareInsertSqlite(sourcePath: string, targetPath: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(targetPath + suffix, { force: true });
  const prepared = await preparedWithoutTriggers(targetPath);
  const source = new SqliteDatabase(sourcePath, { readonly: true });
  const target = new SqliteDatabase(targetPath);
  target.pragma('journal_mode = WAL');
  target.pragma('synchronous = NORMAL');
  target.pragma('foreign_keys = ON');
  let rows = 0;
  const started = performance.now();
  await withIndexesBuiltAfter(prepared, SIMULATED_TABLE_NAMES, async () => {
    for (const table of SIMULATED_TABLE_NAMES) rows += copyTable(source, target, table);
  });
  const seconds = (performance.now() - started) / 1000;
  source.close();
  target.close();
  await prepared.close();
  return { rows, seconds };
}

/** Every row of one table, in the source's order, through one prepared INSERT. */
function copyTable(
  source: SqliteDatabase.Database,
  target: SqliteDatabase.Database,
  table: string,
): number {
  const columns = (source.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
  const insert = target.prepare(
    `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  const read = source.prepare(`select ${columns.join(', ')} from ${table} order by rowid`).raw();
  const write = target.transaction((chunk: unknown[][]) => {
    for (const row of chunk) insert.run(row);
  });
  let rows = 0;
  let batch: unknown[][] = [];
  for (const row of read.iterate() as IterableIterator<unknown[]>) {
    batch.push(row);
    if (batch.length === ROWS_PER_TRANSACTION) {
      write(batch);
      rows += batch.length;
      batch = [];
    }
  }
  write(batch);
  return rows + batch.length;
}

const ROWS_PER_STATEMENT = 500;

/** Values exactly as PostgreSQL prints them, to be sent back as text. */
const asText = { getTypeParser: () => (value: string) => value };

/** The baseline on PostgreSQL: `targetUrl` names a database that exists and is empty. */
export async function bareInsertPostgres(sourceUrl: string, targetUrl: string) {
  const prepared = await preparedWithoutTriggers(targetUrl);
  const source = new pg.Client({ connectionString: sourceUrl, types: asText });
  const target = new pg.Client({ connectionString: targetUrl, types: asText });
  await source.connect();
  await target.connect();
  let rows = 0;
  const started = performance.now();
  try {
    await withIndexesBuiltAfter(prepared, SIMULATED_TABLE_NAMES, async () => {
      for (const table of SIMULATED_TABLE_NAMES)
        rows += await copyPostgresTable(source, target, table);
    });
  } finally {
    await source.end();
    await target.end();
    await prepared.close();
  }
  return { rows, seconds: (performance.now() - started) / 1000 };
}

/** Every row of one table through one prepared multi-row INSERT (and one for the last rows). */
async function copyPostgresTable(source: pg.Client, target: pg.Client, table: string) {
  const columns = (
    await source.query<{ name: string }>(
      `select column_name as name from information_schema.columns
       where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
      [table],
    )
  ).rows.map((c) => c.name);
  const insertOf = (count: number) => ({
    name: `bare_${table}_${count}`,
    text: `insert into ${table} (${columns.join(', ')}) values ${Array.from(
      { length: count },
      (_, r) => `(${columns.map((_c, i) => `$${r * columns.length + i + 1}`).join(', ')})`,
    ).join(', ')}`,
  });
  await source.query('begin');
  await source.query(
    `declare bare_rows no scroll cursor for select ${columns.join(', ')} from ${table}`,
  );
  let rows = 0;
  for (;;) {
    const chunk = await source.query<unknown[]>({
      text: `fetch ${ROWS_PER_TRANSACTION} from bare_rows`,
      rowMode: 'array',
    });
    if (chunk.rows.length === 0) break;
    await target.query('begin');
    for (let at = 0; at < chunk.rows.length; at += ROWS_PER_STATEMENT) {
      const slice = chunk.rows.slice(at, at + ROWS_PER_STATEMENT);
      await target.query({ ...insertOf(slice.length), values: slice.flat() });
    }
    await target.query('commit');
    rows += chunk.rows.length;
  }
  await source.query('commit');
  return rows;
}
