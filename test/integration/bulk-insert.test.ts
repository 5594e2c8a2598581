import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { insertRows } from '../../src/db/bulk-insert.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';

const runPostgres = await shouldRunPostgres();
const AT = '2026-03-01T08:00:00.000Z';

const department = (id: string, parentId: string | null, version?: number) => ({
  id,
  name: `Team ${id}`,
  parentId,
  ...(version === undefined ? {} : { version }),
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
});

for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `multi-row inserts with bound values [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
        await prepareDatabase(database.db);
      });
      afterAll(async () => database?.drop());

      const read = (ids: string[]) =>
        database.db.kysely
          .selectFrom('departments')
          .select(['id', 'name', 'parentId', 'version'])
          .where('id', 'in', ids)
          .orderBy('id')
          .execute();

      it('writes rows of one shape as given, text with quotes included', async () => {
        const rows = [department('d-1', null, 3), department('d-2', 'd-1', 4)];
        rows[1] = { ...rows[1], name: `O'Brien "Ltd"; drop table users` } as (typeof rows)[1];
        await database.db.kysely
          .transaction()
          .execute((trx) => insertRows(trx, database.db.dialect, 'departments', rows));
        expect(await read(['d-1', 'd-2'])).toEqual([
          { id: 'd-1', name: 'Team d-1', parentId: null, version: 3 },
          { id: 'd-2', name: `O'Brien "Ltd"; drop table users`, parentId: 'd-1', version: 4 },
        ]);
      });

      it('writes rows of mixed shapes through the query builder, a missing column left empty', async () => {
        const { parentId: _omitted, ...withoutParent } = department('d-4', null, 2);
        const rows = [department('d-3', 'd-1', 1), withoutParent];
        await database.db.kysely
          .transaction()
          .execute((trx) => insertRows(trx, database.db.dialect, 'departments', rows));
        expect(await read(['d-3', 'd-4'])).toEqual([
          { id: 'd-3', name: 'Team d-3', parentId: 'd-1', version: 1 },
          { id: 'd-4', name: 'Team d-4', parentId: null, version: 2 },
        ]);
      });
    },
  );
}
