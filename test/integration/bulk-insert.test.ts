import { expect, it } from 'vitest';
import { insertRows } from '../../src/db/bulk-insert.js';
import { describeDatabases } from '../support/describe-engines.js';
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

describeDatabases('multi-row inserts with bound values', (use) => {
  const read = (ids: string[]) =>
    use()
      .db.kysely.selectFrom('departments')
      .select(['id', 'name', 'parentId', 'version'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();

  it('writes rows of one shape as given, text with quotes included', async () => {
    const rows = [department('d-1', null, 3), department('d-2', 'd-1', 4)];
    rows[1] = { ...rows[1], name: `O'Brien "Ltd"; drop table users` } as (typeof rows)[1];
    await use()
      .db.kysely.transaction()
      .execute((trx) => insertRows(trx, use().db.dialect, 'departments', rows));
    expect(await read(['d-1', 'd-2'])).toEqual([
      { id: 'd-1', name: 'Team d-1', parentId: null, version: 3 },
      { id: 'd-2', name: `O'Brien "Ltd"; drop table users`, parentId: 'd-1', version: 4 },
    ]);
  });

  it('writes rows of mixed shapes through the query builder, a missing column left empty', async () => {
    const { parentId: _omitted, ...withoutParent } = department('d-4', null, 2);
    const rows = [department('d-3', 'd-1', 1), withoutParent];
    await use()
      .db.kysely.transaction()
      .execute((trx) => insertRows(trx, use().db.dialect, 'departments', rows));
    expect(await read(['d-3', 'd-4'])).toEqual([
      { id: 'd-3', name: 'Team d-3', parentId: 'd-1', version: 1 },
      { id: 'd-4', name: 'Team d-4', parentId: null, version: 2 },
    ]);
  });
});
