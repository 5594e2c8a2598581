import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.js';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrate.js';
import {
  refreshPlannerStatistics,
  refreshStaleStatistics,
} from '../../src/db/planner-statistics.js';
import { DAILY_JOBS } from '../../src/jobs/jobs.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';

const runPostgres = await shouldRunPostgres();

/** Departments enough for the planner to describe their indexes. */
async function addDepartments(db: Db, count: number) {
  const at = '2026-03-01T00:00:00.000Z';
  await db.kysely
    .insertInto('departments')
    .values(
      Array.from({ length: count }, (_, i) => ({
        id: `d-${String(i).padStart(3, '0')}`,
        name: `Department ${i}`,
        parentId: null,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      })),
    )
    .execute();
}

/** `count` users spread evenly over the first ten departments: a table never analysed. */
async function addUsers(db: Db, count: number) {
  const at = '2026-03-01T00:00:00.000Z';
  for (let start = 0; start < count; start += 1000)
    await db.kysely
      .insertInto('users')
      .values(
        Array.from({ length: Math.min(1000, count - start) }, (_, k) => {
          const i = start + k;
          return {
            id: `u-${String(i).padStart(5, '0')}`,
            name: `User ${i}`,
            email: `user${i}@example.com`,
            passwordHash: 'not a hash',
            active: 1,
            departmentId: `d-${String(i % 10).padStart(3, '0')}`,
            createdAt: at,
            updatedAt: at,
          };
        }),
      )
      .execute();
}

/** SQLite's statistics of one index: its rows, then the rows per key of each prefix. */
async function indexStatistics(db: Db, index: string) {
  const { rows } = await sql<{ stat: string }>`select stat from sqlite_stat1
    where idx = ${index}`.execute(db.kysely);
  return rows[0]?.stat;
}

/** How many rows SQLite's statistics table `table` holds. */
async function statisticsRows(db: Db, table: 'sqlite_stat1' | 'sqlite_stat4') {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
    db.kysely,
  );
  return Number(rows[0]?.n);
}

describe('planner statistics [sqlite]', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterEach(async () => database.drop());

  it('keeps the rows per key of every index and no samples of their keys', async () => {
    const { db } = database;
    await migrateToLatest(db);
    await addDepartments(db, 60);
    // A plain ANALYZE keeps samples (the build has SQLITE_ENABLE_STAT4): what is dropped exists.
    await sql`analyze departments`.execute(db.kysely);
    expect(await statisticsRows(db, 'sqlite_stat4')).toBeGreaterThan(0);

    await refreshPlannerStatistics(db, ['departments']);
    expect(await statisticsRows(db, 'sqlite_stat4')).toBe(0);
    expect(await statisticsRows(db, 'sqlite_stat1')).toBeGreaterThan(0);

    await refreshPlannerStatistics(db);
    expect(await statisticsRows(db, 'sqlite_stat4')).toBe(0);
  });

  it('drops the samples earlier migrations kept when migration 0060 runs', async () => {
    const { db } = database;
    await migrateUpTo(db, '0059-stage-change-superseded');
    await addDepartments(db, 60);
    await sql`analyze`.execute(db.kysely);
    const stat1 = await statisticsRows(db, 'sqlite_stat1');
    expect(await statisticsRows(db, 'sqlite_stat4')).toBeGreaterThan(0);

    expect((await migrateUpTo(db, '0060-no-key-samples')).applied).toEqual(['0060-no-key-samples']);
    expect(await statisticsRows(db, 'sqlite_stat4')).toBe(0);
    expect(await statisticsRows(db, 'sqlite_stat1')).toBe(stat1);
  });

  it('analyses each table that outgrew its statistics, at night, without key samples', async () => {
    const { db } = database;
    await migrateToLatest(db);
    // Statistics of an empty table, as a new database's migrations leave for partial indexes;
    // then the table fills.
    await sql`insert into sqlite_stat1 values
      ('departments', 'sqlite_autoindex_departments_1', '0 0')`.execute(db.kysely);
    await sql`analyze sqlite_schema`.execute(db.kysely);
    await addDepartments(db, 300);
    await addUsers(db, 5000);
    // Stored by its key (WITHOUT ROWID): a table with no index of its own.
    await db.kysely
      .insertInto('searchEntries')
      .values(
        Array.from({ length: 300 }, (_, i) => ({
          entity: 'customer' as const,
          recordId: `c-${String(i).padStart(3, '0')}`,
          text: `customer ${i}`,
          phone: '',
        })),
      )
      .execute();

    const job = DAILY_JOBS.find((j) => j.name === 'planner-statistics');
    const summary = await job?.run(db, new Date('2026-03-01T20:45:00.000Z'), 'Asia/Shanghai');
    expect(summary).toMatch(/^analysed: .*\bdepartments\b/);
    expect(summary).toMatch(/\busers\b/);
    expect(await indexStatistics(db, 'sqlite_autoindex_departments_1')).toBe('300 1');
    // Counted in full: a sampled analysis guesses fewer users per department.
    expect(await indexStatistics(db, 'users_department_idx')).toBe('5000 500');
    expect(await indexStatistics(db, 'search_entries')).toBe('300 300 1');
    expect(await statisticsRows(db, 'sqlite_stat4')).toBe(0);

    // Nothing has changed since: nothing to analyse.
    expect(await refreshStaleStatistics(db)).toEqual([]);
    expect(await job?.run(db, new Date('2026-03-02T20:45:00.000Z'), 'Asia/Shanghai')).toBe(
      'all current',
    );
  });

  it('applies migration 0060 to a database never analysed', async () => {
    const { db } = database;
    expect((await migrateToLatest(db)).applied).toContain('0060-no-key-samples');
  });
});

(runPostgres ? describe : describe.skip)('planner statistics [postgres]', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase('postgres');
  });
  afterEach(async () => database.drop());

  it('gathers the statistics of the tables asked for, 0060 changing nothing', async () => {
    const { db } = database;
    expect((await migrateToLatest(db)).applied).toContain('0060-no-key-samples');
    await addDepartments(db, 60);
    const columnsDescribed = async () => {
      const { rows } = await sql<{ n: number | string }>`select count(*) as n from pg_stats
        where schemaname = current_schema() and tablename = 'departments'`.execute(db.kysely);
      return Number(rows[0]?.n);
    };
    expect(await columnsDescribed()).toBe(0);
    await refreshPlannerStatistics(db, ['departments']);
    expect(await columnsDescribed()).toBeGreaterThan(0);
  });

  it('leaves the nightly statistics to autovacuum', async () => {
    const { db } = database;
    await migrateToLatest(db);
    await addDepartments(db, 60);
    expect(await refreshStaleStatistics(db)).toEqual([]);
    const job = DAILY_JOBS.find((j) => j.name === 'planner-statistics');
    expect(await job?.run(db, new Date('2026-03-01T20:45:00.000Z'), 'Asia/Shanghai')).toBe(
      'kept by PostgreSQL (autovacuum)',
    );
  });
});
