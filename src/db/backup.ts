import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';

/** What a backup or restore copied: every table with its row count, after an integrity check. */
export type CopyReport = { pages: number; tables: Record<string, number> };

/** PostgreSQL has its own tools; `yardstick backup`/`restore` print how to use them. */
export const POSTGRES_BACKUP_HELP = [
  'PostgreSQL is backed up and restored with its own tools (the server may keep running):',
  '  pg_dump --format=custom --file=<file> "$DATABASE_URL"',
  '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" <file>',
  'Restore into an empty database (or with --clean as above), then start Yardstick; it migrates',
  'a backup taken by an older version on start.',
].join('\n');

/**
 * Copies a live SQLite database to `target` with SQLite's online backup API: the server may
 * keep reading and writing meanwhile (a write by another connection restarts the copy), and the
 * copy is one consistent snapshot. The copy is then checked (`PRAGMA integrity_check`).
 */
export async function backupSqlite(
  source: string,
  target: string,
  { overwrite = false }: { overwrite?: boolean } = {},
): Promise<CopyReport> {
  if (!existsSync(source)) throw new Error(`No database at ${source}`);
  refuseExisting(target, overwrite, 'backup file');
  mkdirSync(dirname(target), { recursive: true });
  const db = new SqliteDatabase(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const { totalPages } = await db.backup(target);
    selfContained(target);
    return { pages: totalPages, tables: checkedTableCounts(target) };
  } finally {
    db.close();
  }
}

/** A backup is one file: rollback journal instead of write-ahead log (Yardstick turns WAL back on). */
function selfContained(path: string): void {
  const db = new SqliteDatabase(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * Puts a backup back at `target` (the database Yardstick is configured to use) through the same
 * backup API, so the file and its write-ahead log stay consistent. The backup is checked first;
 * a non-empty target is overwritten only when asked, and the server must be stopped meanwhile.
 */
export async function restoreSqlite(
  backup: string,
  target: string,
  { overwrite = false }: { overwrite?: boolean } = {},
): Promise<CopyReport> {
  if (!existsSync(backup)) throw new Error(`No backup file at ${backup}`);
  checkedTableCounts(backup);
  refuseExisting(target, overwrite, 'database');
  mkdirSync(dirname(target), { recursive: true });
  const db = new SqliteDatabase(backup, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(target);
    return { pages: totalPages, tables: checkedTableCounts(target) };
  } finally {
    db.close();
  }
}

function refuseExisting(path: string, overwrite: boolean, what: string): void {
  if (overwrite || !existsSync(path) || statSync(path).size === 0) return;
  throw new Error(`The ${what} ${path} already exists; pass --force to overwrite it`);
}

/** Row counts of every table of an SQLite file, after SQLite finds the file intact. */
export function checkedTableCounts(path: string): Record<string, number> {
  const db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`${path} is damaged: ${String(check)}`);
    const names = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    if (names.length === 0) throw new Error(`${path} holds no tables; is it a Yardstick database?`);
    const counts: Record<string, number> = {};
    for (const name of names) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      counts[name] = Number(db.prepare(`SELECT count(*) FROM ${quoted}`).pluck().get());
    }
    return counts;
  } catch (error) {
    if (error instanceof SqliteDatabase.SqliteError)
      throw new Error(`${path} is not a readable SQLite database: ${error.message}`, {
        cause: error,
      });
    throw error;
  } finally {
    db.close();
  }
}
