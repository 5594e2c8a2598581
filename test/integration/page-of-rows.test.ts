import { beforeAll, expect, it } from 'vitest';
import { pageOfRows } from '../../src/db/page-of-query.js';
import { createCustomer } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

const ROWS = 60;

describeEngines('a page of rows, however it is asked', (use, engine) => {
  beforeAll(async () => {
    await buildOrg(use().db);
    const rep = await use().login('rep1@example.com', PASSWORD);
    const k = use().db.kysely;
    const first = await createCustomer(use(), rep, { name: 'Page 00' });
    const customer = await k
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    await k
      .insertInto('customers')
      .values(
        Array.from({ length: ROWS - 1 }, (_, index) => ({
          ...customer,
          id: `page-customer-${index + 1}`,
          name: `Page ${String(index + 1).padStart(2, '0')}`,
          // Ties in the first order term: the id decides.
          updatedAt: `2026-11-${String(1 + (index % 9)).padStart(2, '0')}T00:00:00.000Z`,
        })),
      )
      .execute();
  });

  it('gives the same page and total counted apart or beside, with its ids first or not', async () => {
    const k = use().db.kysely;
    // A few matches and every row, each on its first page, past it, at its end and beyond.
    for (const pattern of ['%7%', 'Page %']) {
      const filtered = () =>
        k
          .selectFrom('customers')
          .where('customers.deletedAt', 'is', null)
          .where('customers.name', 'like', pattern);
      const expected = await filtered()
        .select(['customers.id', 'customers.name'])
        .orderBy('customers.updatedAt', 'desc')
        .orderBy('customers.id', 'asc')
        .execute();
      expect(expected.length).toBeGreaterThan(pattern === 'Page %' ? ROWS - 1 : 1);
      for (const countApart of [false, true])
        for (const idsFirstOnPostgres of [false, true])
          for (const page of [
            { limit: 5, offset: 0 },
            { limit: 5, offset: 3 },
            { limit: 5, offset: expected.length - 2 },
            { limit: 5, offset: expected.length + 4 },
          ]) {
            const listed = await pageOfRows(
              k,
              engine,
              {
                filtered: filtered(),
                id: 'customers.id',
                order: [
                  ['customers.updatedAt', 'desc'],
                  ['customers.id', 'asc'],
                ],
                select: (q) => q.select(['customers.id', 'customers.name']),
                countApart,
                idsFirstOnPostgres,
              },
              page,
            );
            expect(listed.items).toEqual(expected.slice(page.offset, page.offset + page.limit));
            expect(listed.total).toBe(expected.length);
          }
    }
  });
});
