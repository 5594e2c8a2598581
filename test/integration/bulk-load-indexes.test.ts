import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { withIndexesBuiltAfter } from '../../src/db/bulk-load-indexes.js';
import { describeDatabases } from '../support/describe-engines.js';
import type { TestDatabase } from '../support/engines.js';

/** Every index of the activities table with its definition, as the engine's catalogue has it. */
async function activityIndexes(database: TestDatabase) {
  const { db } = database;
  const { rows } =
    db.dialect === 'sqlite'
      ? await sql<{ name: string; definition: string | null }>`
          select name, sql as definition from sqlite_master
          where type = 'index' and tbl_name = 'activities' order by name`.execute(db.kysely)
      : await sql<{ name: string; definition: string | null }>`
          select indexname as name, indexdef as definition from pg_indexes
          where schemaname = current_schema() and tablename = 'activities' order by indexname`.execute(
          db.kysely,
        );
  return rows;
}

describeDatabases('secondary indexes built after a bulk load', (use) => {
  it('drops them for the load, keeps the primary key, and builds them again as they were', async () => {
    const before = await activityIndexes(use());
    expect(before.filter((i) => i.definition?.includes('INDEX')).length).toBeGreaterThan(3);
    const during = await withIndexesBuiltAfter(use().db, ['activities'], () =>
      activityIndexes(use()),
    );
    // Only the index behind the primary key (SQLite's automatic one, PostgreSQL's _pkey) stays.
    expect(during.length).toBe(1);
    expect(during[0]?.name).toMatch(/autoindex|pkey/);
    expect(await activityIndexes(use())).toEqual(before);
  });

  it('builds them again when the load fails', async () => {
    const before = await activityIndexes(use());
    await expect(
      withIndexesBuiltAfter(use().db, ['activities'], () =>
        Promise.reject(new Error('load failed')),
      ),
    ).rejects.toThrow('load failed');
    expect(await activityIndexes(use())).toEqual(before);
  });
});
