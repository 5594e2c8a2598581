import { beforeAll, expect, it } from 'vitest';
import { LIST_TOTAL_CAP } from '../../src/db/page-of-query.js';
import { call, createCustomer } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

/** Rows past the cap: the lists below hold LIST_TOTAL_CAP + EXTRA rows. */
const EXTRA = 6;
const ROWS = LIST_TOTAL_CAP + EXTRA;
const nameOf = (index: number) => `Customer ${String(index).padStart(5, '0')}`;

type Listed = { items: { name?: string; id: string }[]; total: number; totalCapped: boolean };

/** `count` rows made by `rowOf`, inserted 500 at a time. */
async function insertRows<R>(
  count: number,
  rowOf: (index: number) => R,
  insert: (rows: R[]) => Promise<unknown>,
): Promise<void> {
  const CHUNK = 500;
  for (let start = 0; start < count; start += CHUNK)
    await insert(
      Array.from({ length: Math.min(CHUNK, count - start) }, (_, offset) => rowOf(start + offset)),
    );
}

describeEngines('list totals counted up to a cap', (use) => {
  let admin: string;
  let rep: string;

  beforeAll(async () => {
    await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    rep = await use().login('rep1@example.com', PASSWORD);
    const k = use().db.kysely;
    const first = await createCustomer(use(), rep, { name: nameOf(0) });
    await call(use(), rep, 'POST', '/api/v1/activities', 201, {
      type: 'visit',
      recordType: 'customer',
      recordId: first.id,
      content: '拜访客户，确认了明年的采购预算和时间表',
      occurredAt: '2026-11-17T02:00:00.000Z',
    });
    const customer = await k
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    await insertRows(
      ROWS - 1,
      (index) => ({
        ...customer,
        id: `cap-customer-${index + 1}`,
        name: nameOf(index + 1),
        status: index < 3 ? ('lost' as const) : customer.status,
      }),
      (rows) => k.insertInto('customers').values(rows).execute(),
    );
    const activity = await k
      .selectFrom('activities')
      .selectAll()
      .where('customerId', '=', first.id)
      .executeTakeFirstOrThrow();
    await insertRows(
      ROWS - 1,
      (index) => ({
        ...activity,
        id: `cap-activity-${index + 1}`,
        // One second apart, later than the first: the newest is the last inserted.
        occurredAt: new Date(Date.parse(activity.occurredAt) + (index + 1) * 1000).toISOString(),
      }),
      (rows) => k.insertInto('activities').values(rows).execute(),
    );
  });

  const list = (who: () => string, path: string): Promise<Listed> =>
    call(use(), who(), 'GET', path, 200);
  const names = (page: Listed) => page.items.map((item) => item.name);
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => nameOf(from + i));

  it('counts a long list up to the cap and says so, serving its pages in order up to the cap and past it', async () => {
    const customers = (query: string) =>
      list(() => rep, `/api/v1/customers?sort=name&pageSize=20&${query}`);

    const first = await customers('page=1');
    expect(first).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: true });
    expect(names(first)).toEqual(range(0, 19));

    const lastCounted = await customers(`page=${LIST_TOTAL_CAP / 20}`);
    expect(lastCounted).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: true });
    expect(names(lastCounted)).toEqual(range(LIST_TOTAL_CAP - 20, LIST_TOTAL_CAP - 1));

    const pastCap = await customers(`page=${LIST_TOTAL_CAP / 20 + 1}`);
    expect(pastCap).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: true });
    expect(names(pastCap)).toEqual(range(LIST_TOTAL_CAP, ROWS - 1));

    const pastEnd = await customers(`page=${LIST_TOTAL_CAP / 20 + 2}`);
    expect(pastEnd).toMatchObject({ items: [], total: LIST_TOTAL_CAP, totalCapped: true });

    const newestFirst = await customers('page=1&order=desc');
    expect(newestFirst).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: true });
    expect(names(newestFirst)).toEqual(range(ROWS - 20, ROWS - 1).reverse());
  });

  it('counts a list within the cap exactly', async () => {
    const lost = await list(() => rep, '/api/v1/customers?sort=name&status=lost&pageSize=2');
    expect(lost).toMatchObject({ total: 3, totalCapped: false });
    expect(names(lost)).toEqual(range(1, 2));
    const secondPage = await list(
      () => rep,
      '/api/v1/customers?sort=name&status=lost&pageSize=2&page=2',
    );
    expect(secondPage).toMatchObject({ total: 3, totalCapped: false });
    expect(names(secondPage)).toEqual([nameOf(3)]);
    const pastEnd = await list(
      () => rep,
      '/api/v1/customers?sort=name&status=lost&pageSize=2&page=3',
    );
    expect(pastEnd).toMatchObject({ items: [], total: 3, totalCapped: false });
  });

  it('caps a list counted apart (activities) and serves its pages past the cap', async () => {
    const activities = (page: number) =>
      list(() => admin, `/api/v1/activities?order=asc&pageSize=200&page=${page}`);
    const first = await activities(1);
    expect(first).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: true });
    expect(first.items[0]?.id).not.toMatch(/^cap-activity-/);
    expect(first.items[1]?.id).toBe('cap-activity-1');

    const pastCap = await activities(LIST_TOTAL_CAP / 200 + 1);
    expect(pastCap).toMatchObject({ total: LIST_TOTAL_CAP, totalCapped: true });
    expect(pastCap.items.map((item) => item.id)).toEqual(
      Array.from({ length: EXTRA }, (_, i) => `cap-activity-${LIST_TOTAL_CAP + i}`),
    );
    const pastEnd = await activities(LIST_TOTAL_CAP / 200 + 2);
    expect(pastEnd).toMatchObject({ items: [], total: LIST_TOTAL_CAP, totalCapped: true });
  });
});
