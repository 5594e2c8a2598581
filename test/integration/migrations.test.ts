import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';

const runPostgres = await shouldRunPostgres();

for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(`migrations [${engine}]`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(engine);
    });
    afterAll(async () => database.drop());

    it('applies every migration to an empty database, then nothing on a second run', async () => {
      const first = await migrateToLatest(database.db);
      expect(first.applied).toEqual(Object.keys(migrations));
      const second = await migrateToLatest(database.db);
      expect(second.applied).toEqual([]);
    });

    it('stores timestamps, dates and money the same way on both engines', async () => {
      const at = '2026-03-31T15:59:59.123Z';
      await database.db.kysely
        .insertInto('departments')
        .values({
          id: 'd-x',
          name: 'X',
          parentId: null,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        })
        .execute();
      const row = await database.db.kysely
        .selectFrom('departments')
        .selectAll()
        .where('id', '=', 'd-x')
        .executeTakeFirstOrThrow();
      expect(row.createdAt).toBe(at);
      expect(row.version).toBe(1);
    });
  });
}
