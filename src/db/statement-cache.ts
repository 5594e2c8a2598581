import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** Distinct SQL texts kept prepared: the app has a few hundred; lists of ids vary the rest. */
export const STATEMENT_CACHE_SIZE = 1_000;

/**
 * The SQLite database as Kysely's driver sees it, with its statements kept prepared by SQL text
 * (least recently used out first). Kysely's driver prepares every query anew, which costs about
 * a tenth of a request's CPU (bench/RESULTS.md, "Logging a follow-up"); a prepared statement
 * can run again with new parameters. One that is still being iterated (a streamed query) is
 * busy, so a query of the same text meanwhile gets a statement of its own.
 */
export function withStatementCache(
  database: SqliteDatabase.Database,
  size = STATEMENT_CACHE_SIZE,
): KyselySqliteDatabase {
  const prepared = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = prepared.get(sql);
      if (cached?.busy) return database.prepare(sql);
      const statement = cached ?? database.prepare(sql);
      // Re-inserting moves the text to the end of the Map's order: the most recently used.
      prepared.delete(sql);
      prepared.set(sql, statement);
      if (prepared.size > size) {
        const oldest = prepared.keys().next();
        if (!oldest.done) prepared.delete(oldest.value);
      }
      return statement;
    },
  };
}
