// The baseline for seeding: the same rows as a seeded SQLite file, inserted into a fresh database
// with the same schema and indexes by one prepared INSERT per table, in transactions of 20,000
// rows, the secondary indexes built after the load as the simulator does — what the engine does
// with no generation, no query builder and no batching logic.
import { rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { prepareDatabase } from '../src/app/prepare-database.js';
import { withIndexesBuiltAfter } from '../src/db/bulk-load-indexes.js';
import { openDb } from '../src/db/engine.js';
import { SIMULATED_TABLE_NAMES } from '../src/simulator/row-sink.js';

const ROWS_PER_TRANSACTION = 20_000;

export async function bareInsertSqlite(sourcePath: string, targetPath: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(targetPath + suffix, { force: true });
  const prepared = await openDb({ url: targetPath });
  await prepareDatabase(prepared);
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
