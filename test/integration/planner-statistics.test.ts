import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.js';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrate.js';
import { refreshPlannerStatistics } from '../../src/db/planner-statistics.js';
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

    expect((await migrateToLatest(db)).applied).toEqual(['0060-no-key-samples']);
    expect(await statisticsRows(db, 'sqlite_stat4')).toBe(0);
    expect(await statisticsRows(db, 'sqlite_stat1')).toBe(stat1);
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
});
