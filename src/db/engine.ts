import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type pg from 'pg';
import { introspectingCurrentSchema } from './current-schema-introspector.js';
import type { Database, Db } from './database.js';
import { camelCaseRows, snakeCasingDialect } from './snake-case-identifiers.js';
import { withStatementCache } from './statement-cache.js';

export type DbOptions = {
  /** `postgres://…` for PostgreSQL; anything else is an SQLite file path (or `:memory:`). */
  url: string;
  /** PostgreSQL only: the schema to work in (created if missing). Tests use one per run. */
  schema?: string;
  /**
   * SQLite only: `normal` (default) loses no committed write when the process dies, but may
   * lose the last commits on power loss or an OS crash; `full` syncs every commit to disk.
   */
  synchronous?: 'normal' | 'full';
};

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** SQLite's page cache per connection, in KiB (32 MiB). */
const SQLITE_CACHE_KIB = 32 * 1024;

/** Each engine's driver is loaded when a database of its kind is opened: a server needs one. */
export async function openDb(options: DbOptions): Promise<Db> {
  return isPostgresUrl(options.url)
    ? openPostgres(options)
    : openSqlite(options.url, options.synchronous ?? 'normal');
}

async function openSqlite(path: string, synchronous: 'normal' | 'full'): Promise<Db> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const { default: SqliteDatabase } = await import('better-sqlite3');
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  // SQLite keeps 2 MB of pages by default: at scale L a rep's live card re-read its customers'
  // pages from the operating system on every request (bench/RESULTS.md, "The SQLite page cache
  // at L").
  sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  // SQLite's lower() folds only ASCII: searches with other cased letters compare through this
  // (src/db/text-search.ts); PostgreSQL's is lower() itself (migration 0054).
  sqlite.function('unicode_lower', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.toLowerCase() : text,
  );
  const kysely = new Kysely<Database>({
    dialect: snakeCasingDialect(
      new SqliteDialect({ database: withStatementCache(sqlite) }),
      'sqlite',
    ),
    plugins: [camelCaseRows()],
  });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_DATE = 1082;
const PG_TIMESTAMP = 1114;
const PG_TIMESTAMPTZ = 1184;

/**
 * PostgreSQL values are parsed into the same JavaScript shapes SQLite returns: timestamps as
 * ISO-8601 UTC strings, dates as 'YYYY-MM-DD', 64-bit integers and numerics as numbers
 * (money is integer cents, far below 2^53).
 */
const pgTypesOver = (types: typeof pg.types) => ({
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case PG_INT8:
      case PG_NUMERIC:
        return (value: string) => Number(value);
      case PG_DATE:
        return (value: string) => value;
      case PG_TIMESTAMP:
        return (value: string) => new Date(`${value.replace(' ', 'T')}Z`).toISOString();
      case PG_TIMESTAMPTZ:
        return (value: string) => new Date(value).toISOString();
      default:
        return types.getTypeParser(oid, format);
    }
  },
});

/**
 * Planner settings for a CRM's short queries on data read from memory or solid-state storage:
 * random_page_cost 1.1 instead of the 4 of spinning disks, as PostgreSQL's manual advises (with 4,
 * a rep's customer page joined a few hundred ids by scanning every customer of the company), no
 * JIT compilation (it spent 1.0 s compiling a director's 60 ms customer count at scale M), and no
 * parallel workers within a query: a cycle already runs its metric queries side by side, and on a
 * small server the workers only competed with them (a whole cycle at M: 8.0 → 5.3 s).
 */
const PLANNER_SETTINGS = '-c random_page_cost=1.1 -c jit=off -c max_parallel_workers_per_gather=0';

async function openPostgres(options: DbOptions): Promise<Db> {
  const { default: pg } = await import('pg');
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  }
  if (schema) {
    const admin = new pg.Client({ connectionString: options.url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    types: pgTypesOver(pg.types),
    max: 10,
    options: [PLANNER_SETTINGS, ...(schema ? [`-c search_path=${schema}`] : [])].join(' '),
  });
  const kysely = new Kysely<Database>({
    dialect: snakeCasingDialect(
      introspectingCurrentSchema(new PostgresDialect({ pool })),
      'postgres',
    ),
    plugins: [camelCaseRows()],
  });
  return {
    kysely,
    dialect: 'postgres',
    ...(schema ? { schema } : {}),
    close: () => kysely.destroy(),
  };
}
