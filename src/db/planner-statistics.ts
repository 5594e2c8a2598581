import { sql, type QueryExecutorProvider } from 'kysely';
import type { Db } from './database.js';

/**
 * Refreshes the query planner's statistics after a bulk load, of the given tables or of all.
 * Without them both engines may pick poor plans for the metric queries until autovacuum
 * (PostgreSQL) or a manual ANALYZE (SQLite) catches up; measured at scale S, a person's live
 * scorecard went from ~50 to ~15 ms on SQLite.
 */
export async function refreshPlannerStatistics(
  db: Db,
  tables: readonly string[] = [],
): Promise<void> {
  if (tables.length === 0) await sql`analyze`.execute(db.kysely);
  for (const table of tables) await sql`analyze ${sql.table(table)}`.execute(db.kysely);
  if (db.dialect === 'sqlite') await dropKeySamples(db.kysely);
}

/**
 * SQLite only: forgets the samples of index keys that ANALYZE keeps besides each index's rows per
 * key. better-sqlite3 builds SQLite with SQLITE_ENABLE_STAT4, whose planner weighs a statement's
 * bound values against those samples, and a statement so planned is planned again each time a
 * value is bound: on every run, so that keeping it prepared saved nothing (at scale M, a rep's live
 * card spent 5.2 of its 7.1 ms in statements, 2.5 without samples; bench/RESULTS.md). Plans then
 * come from the rows per key (sqlite_stat1), and where a range's share of rows decides a plan, the
 * query says it (src/db/planner-hints.ts). Any later ANALYZE must be followed by this.
 */
export async function dropKeySamples(executor: QueryExecutorProvider): Promise<void> {
  const { rows } = await sql`select 1 from sqlite_schema where name = 'sqlite_stat4'`.execute(
    executor,
  );
  if (rows.length === 0) return;
  await sql`delete from sqlite_stat4`.execute(executor);
  // The planner reads the statistics when it loads the schema: this has it read them again.
  await sql`analyze sqlite_schema`.execute(executor);
}

/**
 * The last step of a bulk load: fresh statistics of every table and, on PostgreSQL, a VACUUM,
 * which marks the loaded pages all-visible so that index-only scans need not visit the table
 * (autovacuum would do it later, or never where it is off). At scale M a whole cycle went from
 * 5.1 to 4.4 s on PostgreSQL.
 */
export async function settleAfterBulkLoad(db: Db): Promise<void> {
  if (db.dialect === 'postgres') await sql`vacuum analyze`.execute(db.kysely);
  else await refreshPlannerStatistics(db);
}

/**
 * SQLite: the statistics of every table that has none or has grown or shrunk many times over since
 * it was last analysed (as `PRAGMA optimize` checking all tables, 0x10002, would choose them),
 * gathered in full and kept without key samples; the tables analysed, none when all were current (a
 * check of a few milliseconds). A database that was not seeded has no other source of statistics,
 * and its first migrations analysed some tables while they were empty: at scale M, statistics
 * saying those tables were empty made a session's statements 3.7 times as slow as fresh ones
 * (bench/RESULTS.md). Each index is analysed on its own, so that requests can be answered between
 * them: the first run on a database of scale L took 41 s, no step over 5 s (one statement per
 * table: 21 s for the activities). The analysis is not limited: SQLite's sampled one misjudged the
 * rows per person of the activities ninefold. PostgreSQL's autovacuum keeps its statistics itself.
 */
export async function refreshStaleStatistics(db: Db): Promise<string[]> {
  if (db.dialect !== 'sqlite') return [];
  // 0x1: what the pragma would analyse, listed rather than done.
  const { rows } = await sql<{ optimize: string }>`pragma optimize = 0x10003`.execute(db.kysely);
  const tables = rows.map((row) => row.optimize.replace(/^ANALYZE "main"\."(.*)"$/, '$1'));
  for (const table of tables) {
    const { rows: indexes } = await sql<{ name: string }>`select name from sqlite_schema
      where type = 'index' and tbl_name = ${table}`.execute(db.kysely);
    const parts = indexes.length > 0 ? indexes.map((index) => index.name) : [table];
    for (const part of parts) await sql`analyze ${sql.id(part)}`.execute(db.kysely);
  }
  if (tables.length > 0) await dropKeySamples(db.kysely);
  return tables;
}
