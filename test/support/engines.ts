import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Db } from '../../src/db/database.js';
import { openDb } from '../../src/db/engine.js';

export type EngineName = 'sqlite' | 'postgres';

/** PostgreSQL for tests: TEST_DATABASE_URL, or the local server's `test` database. */
export const TEST_PG_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgReachable: Promise<boolean> | undefined;

export function postgresReachable(): Promise<boolean> {
  pgReachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return pgReachable;
}

/**
 * Whether the PostgreSQL suites run. Under CI they must: an unreachable server fails the run
 * instead of skipping it. Elsewhere a missing server skips them with one line saying how to enable them.
 */
export async function shouldRunPostgres(): Promise<boolean> {
  if (await postgresReachable()) return true;
  if (process.env.CI)
    throw new Error(`PostgreSQL is required under CI but ${TEST_PG_URL} is unreachable`);
  if (!warned) {
    warned = true;
    console.warn(
      `[skip] PostgreSQL suites skipped: no server at ${TEST_PG_URL} (start one or set TEST_DATABASE_URL).`,
    );
  }
  return false;
}
let warned = false;

export type TestDatabase = {
  db: Db;
  engine: EngineName;
  /** SQLite only: the database file. */
  sqlitePath?: string;
  drop: () => Promise<void>;
};

/** A fresh, empty database: an SQLite file in a temp folder, or a new PostgreSQL schema. */
export async function createTestDatabase(engine: EngineName): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'yardstick-test-'));
    const sqlitePath = join(dir, 'test.db');
    const db = await openDb({ url: sqlitePath });
    return {
      db,
      engine,
      sqlitePath,
      drop: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const db = await openDb({ url: TEST_PG_URL, schema });
  return {
    db,
    engine,
    drop: async () => {
      await db.close();
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
