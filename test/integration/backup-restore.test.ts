import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupSqlite, checkedTableCounts, restoreSqlite } from '../../src/db/backup.js';
import { openDb } from '../../src/db/engine.js';
import { buildApp } from '../../src/app/app.js';
import { createCustomer } from '../support/crm-fixture.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';
import { createTestApp, testConfig, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);

/** Runs the real command line, as an operator would, with DATABASE_URL pointing at `database`. */
function yardstick(database: string, ...args: string[]) {
  return run('npx', ['tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, DATABASE_URL: database, LOG_LEVEL: 'silent' },
  });
}

describe('backup and restore (SQLite)', () => {
  let live: TestApp;
  let livePath: string;
  let dir: string;
  let rep: string;
  const ids: string[] = [];

  beforeAll(async () => {
    live = await createTestApp('sqlite');
    livePath = live.sqlitePath ?? '';
    dir = mkdtempSync(join(tmpdir(), 'yardstick-backup-'));
    await buildOrg(live.db);
    rep = await live.login('rep1@example.com', PASSWORD);
    for (let i = 1; i <= 12; i += 1) {
      const created = await createCustomer(live, rep, {
        name: `Backup customer ${i}`,
        phone: `1380000${String(i).padStart(4, '0')}`,
      });
      ids.push(created.id);
    }
  });
  afterAll(async () => {
    await live?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the running database and puts it back in a fresh place with every row', async () => {
    const file = join(dir, 'quiet.db');
    const restored = join(dir, 'restored', 'yardstick.db');
    // The server is up and holds its connection; recent writes may still sit in the WAL.
    const backup = await backupSqlite(livePath, file);
    const liveCounts = checkedTableCounts(livePath);
    expect(backup.tables).toEqual(liveCounts);
    expect(backup.tables.customers).toBe(12);
    expect(backup.tables.users).toBe(6);
    expect(backup.tables.history).toBeGreaterThanOrEqual(12);

    const report = await restoreSqlite(file, restored);
    expect(report.tables).toEqual(liveCounts);

    // The same record, column for column, and the app serves it from the restored file.
    const db = await openDb({ url: restored });
    const app = await buildApp({ db, config: testConfig(), logger: false });
    try {
      const original = await live.db.kysely
        .selectFrom('customers')
        .selectAll()
        .where('id', '=', ids[4] ?? '')
        .executeTakeFirstOrThrow();
      const copy = await db.kysely
        .selectFrom('customers')
        .selectAll()
        .where('id', '=', ids[4] ?? '')
        .executeTakeFirstOrThrow();
      expect(copy).toEqual(original);
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'rep1@example.com', password: PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      const session = login.cookies.find((c) => c.name === 'ys_session')?.value ?? '';
      const shown = await app.inject({
        method: 'GET',
        url: `/api/v1/customers/${ids[4]}`,
        headers: { cookie: `ys_session=${session}` },
      });
      expect(shown.statusCode).toBe(200);
      expect(shown.json().name).toBe('Backup customer 5');
      expect(shown.json().phone).toBe('13800000005');
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('takes a consistent copy while the server keeps writing', async () => {
    const file = join(dir, 'busy.db');
    const before = checkedTableCounts(livePath).customers ?? 0;
    const writes = Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        createCustomer(live, rep, { name: `Written during backup ${i}` }),
      ),
    );
    const report = await backupSqlite(livePath, file);
    await writes;
    const copied = report.tables.customers ?? 0;
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(before + 8);
    // Each customer's creation and its history travel together (one transaction).
    const db = await openDb({ url: file });
    try {
      const customers = await db.kysely.selectFrom('customers').select('id').execute();
      const created = await db.kysely
        .selectFrom('history')
        .select('entityId')
        .distinct()
        .where('entity', '=', 'customer')
        .where('action', '=', 'create')
        .execute();
      expect(created.map((h) => h.entityId).sort()).toEqual(customers.map((c) => c.id).sort());
    } finally {
      await db.close();
    }
  });

  it('refuses to overwrite a file or a database that holds data, and anything not a database', async () => {
    const file = join(dir, 'kept.db');
    await backupSqlite(livePath, file);
    await expect(backupSqlite(livePath, file)).rejects.toThrow(/already exists.*--force/);
    await expect(restoreSqlite(file, livePath)).rejects.toThrow(/already exists.*--force/);
    expect((await backupSqlite(livePath, file, { overwrite: true })).tables.customers).toBe(
      checkedTableCounts(livePath).customers,
    );

    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, only some text that is long enough '.repeat(100));
    await expect(restoreSqlite(junk, join(dir, 'never.db'))).rejects.toThrow(
      /not a readable SQLite database/,
    );
    await expect(restoreSqlite(join(dir, 'missing.db'), join(dir, 'never.db'))).rejects.toThrow(
      /No backup file/,
    );
  });

  it('works from the command line, and points PostgreSQL users to pg_dump', async () => {
    const file = join(dir, 'cli.db');
    const restored = join(dir, 'cli-restored.db');
    const backedUp = await yardstick(livePath, 'backup', file);
    expect(backedUp.stdout).toMatch(/Backed up .* integrity ok/);
    const back = await yardstick(restored, 'restore', file);
    expect(back.stdout).toMatch(/Restored .* integrity ok/);
    expect(checkedTableCounts(restored)).toEqual(checkedTableCounts(file));

    const postgres = yardstick(
      'postgres://nobody@127.0.0.1:1/none',
      'backup',
      join(dir, 'pg.dump'),
    );
    await expect(postgres).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/pg_dump --format=custom/),
    });
  });

  it('opens SQLite with the synchronous setting asked for (NORMAL = 1, FULL = 2)', async () => {
    for (const [setting, level] of [
      ['normal', 1],
      ['full', 2],
    ] as const) {
      const db = await openDb({ url: join(dir, `sync-${setting}.db`), synchronous: setting });
      try {
        const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(db.kysely);
        expect(rows[0]?.synchronous).toBe(level);
      } finally {
        await db.close();
      }
    }
  });
});
