import { beforeAll, expect, it } from 'vitest';
import { returnDueCustomersToPool } from '../../src/modules/pool/pool-return.service.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { historyEntries } from '../support/history-rows.js';
import { itKeepsSnapshotInputsInStep } from '../support/snapshot-invariants.js';

const DAY = 86_400_000;
const daysAgo = (d: number) => new Date(Date.now() - d * DAY).toISOString();

describeEngines('public pool (公海)', (use) => {
  let org: Org;
  let admin: string;
  let lead: string;
  let rep1: string;
  let rep2: string;
  let rep3: string;

  type Method = 'GET' | 'POST' | 'PUT';
  const call = (method: Method, url: string, as: string, payload?: object) =>
    use().request({ method, url, as, ...(payload ? { payload } : {}) });
  const createFor = async (as: string, name: string, extra: object = {}) =>
    (await call('POST', '/api/v1/customers', as, { name, ...extra })).json();
  const row = (id: string) =>
    use()
      .db.kysely.selectFrom('customers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const periods = (id: string) =>
    use()
      .db.kysely.selectFrom('ownershipPeriods')
      .selectAll()
      .where('recordId', '=', id)
      .orderBy('startedAt')
      .execute();
  const settings = async () => (await call('GET', '/api/v1/pool/settings', admin)).json();
  const putSettings = async (change: object) =>
    call('PUT', '/api/v1/pool/settings', admin, { ...(await settings()), ...change });

  beforeAll(async () => {
    org = await buildOrg(use().db);
    const login = (user: string) => use().login(`${user}@example.com`, PASSWORD);
    admin = await login('admin');
    lead = await login('lead');
    rep1 = await login('rep1');
    rep2 = await login('rep2');
    rep3 = await login('rep3');
  });

  it('releases to the pool with ownership and history, and lets another rep claim it', async () => {
    const customer = await createFor(rep1, 'Pool Candidate');
    expect(
      (await call('POST', `/api/v1/customers/${customer.id}/release`, rep2, { version: 1 }))
        .statusCode,
    ).toBe(404);
    const released = await call('POST', `/api/v1/customers/${customer.id}/release`, rep1, {
      version: 1,
      reason: '客户暂无需求',
    });
    expect(released.statusCode).toBe(200);
    expect(released.json()).toMatchObject({ ownerId: null, version: 2 });
    expect(await row(customer.id)).toMatchObject({
      ownerId: null,
      ownerSince: null,
      previousOwnerId: org.users.rep1.id,
      poolEnteredAt: expect.any(String),
    });
    expect((await periods(customer.id)).map((p) => [p.ownerId, p.endedAt === null])).toEqual([
      [org.users.rep1.id, false],
    ]);

    const pool = (await call('GET', '/api/v1/pool?q=candidate', rep2)).json();
    expect(pool.items.map((c: { id: string }) => c.id)).toEqual([customer.id]);

    const claimed = await call('POST', `/api/v1/pool/${customer.id}/claim`, rep2, { version: 2 });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({
      ownerId: org.users.rep2.id,
      access: 'write',
      version: 3,
    });
    const afterClaim = await periods(customer.id);
    expect(afterClaim.map((p) => [p.ownerId, p.endedAt === null])).toEqual([
      [org.users.rep1.id, false],
      [org.users.rep2.id, true],
    ]);
    // The metrics of an instant take the current owner from since when they have it.
    expect(claimed.json().ownerSince).toBe(afterClaim[1]?.startedAt);
    const history = (
      await call('GET', `/api/v1/customers/${customer.id}/history?pageSize=50`, rep2)
    ).json().items as { field: string; newValue: string | null; actorId: string }[];
    expect(history).toContainEqual(
      expect.objectContaining({
        field: 'releaseReason',
        newValue: '客户暂无需求',
        actorId: org.users.rep1.id,
      }),
    );
    expect(history).toContainEqual(
      expect.objectContaining({
        field: 'ownerId',
        newValue: org.users.rep2.id,
        actorId: org.users.rep2.id,
      }),
    );
  });

  it('keeps the previous owner out for the cool-down, then lets them back in', async () => {
    const customer = await createFor(rep1, 'Cooling Down');
    await call('POST', `/api/v1/customers/${customer.id}/release`, rep1, { version: 1 });
    const early = await call('POST', `/api/v1/pool/${customer.id}/claim`, rep1, { version: 2 });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('pool_cooldown');
    expect(early.json().error.message).toMatch(/claim it again/);
    await use()
      .db.kysely.updateTable('customers')
      .set({ poolEnteredAt: daysAgo(8) })
      .where('id', '=', customer.id)
      .execute();
    expect(
      (await call('POST', `/api/v1/pool/${customer.id}/claim`, rep1, { version: 2 })).statusCode,
    ).toBe(200);
  });

  it('enforces the claim cap, with versioned settings kept in history', async () => {
    const before = await settings();
    expect(before).toMatchObject({ claimCap: 200, reclaimCooldownDays: 7, rules: [], version: 1 });
    expect((await call('PUT', '/api/v1/pool/settings', rep1, before)).statusCode).toBe(403);
    const capped = await putSettings({ claimCap: 1 });
    expect(capped.statusCode).toBe(200);
    expect(capped.json()).toMatchObject({ claimCap: 1, version: 2 });
    expect(
      (await call('PUT', '/api/v1/pool/settings', admin, { ...before, claimCap: 5 })).statusCode,
    ).toBe(409);

    await createFor(rep3, 'Already Held');
    const pooled = await createFor(admin, 'Unowned One', { ownerId: null });
    const refused = await call('POST', `/api/v1/pool/${pooled.id}/claim`, rep3, { version: 1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'pool_claim_cap_reached',
      params: { cap: 1 },
    });
    expect(refused.json().error.message).toMatch(/hold 1 customers/);
    await putSettings({ claimCap: 0 });
    expect(
      (await call('POST', `/api/v1/pool/${pooled.id}/claim`, rep3, { version: 1 })).statusCode,
    ).toBe(200);
    const history = await historyEntries(use().db, { entity: 'pool_settings' });
    expect(
      history.filter((h) => h.field === 'claimCap').map((h) => [h.oldValue, h.newValue]),
    ).toEqual(
      expect.arrayContaining([
        ['200', '1'],
        ['1', '0'],
      ]),
    );
  });

  it('lets exactly one of two simultaneous claims win; the other finds it gone from the pool', async () => {
    const pooled = await createFor(admin, 'Hot Lead Co', { ownerId: null });
    const results = await Promise.all(
      [rep1, rep2].map((as) => call('POST', `/api/v1/pool/${pooled.id}/claim`, as, { version: 1 })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 404]);
    const winner = results.find((r) => r.statusCode === 200)?.json().ownerId;
    expect((await row(pooled.id)).ownerId).toBe(winner);
    expect((await periods(pooled.id)).filter((p) => p.endedAt === null)).toHaveLength(1);
  });

  it('lets a manager assign within their scope only', async () => {
    const pooled = await createFor(admin, 'To Assign', { ownerId: null });
    expect(
      (
        await call('POST', `/api/v1/customers/${pooled.id}/assign`, rep1, {
          version: 1,
          ownerId: org.users.rep1.id,
        })
      ).statusCode,
    ).toBe(403);
    const outside = await call('POST', `/api/v1/customers/${pooled.id}/assign`, lead, {
      version: 1,
      ownerId: org.users.rep3.id,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0].path).toBe('ownerId');
    const assigned = await call('POST', `/api/v1/customers/${pooled.id}/assign`, lead, {
      version: 1,
      ownerId: org.users.rep2.id,
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().ownerId).toBe(org.users.rep2.id);
    expect(
      (
        await call('POST', `/api/v1/customers/${pooled.id}/assign`, lead, {
          version: 2,
          ownerId: org.users.rep1.id,
        })
      ).json().ownerId,
    ).toBe(org.users.rep1.id);
    expect((await row(pooled.id)).previousOwnerId).toBe(org.users.rep2.id);
  });

  it('lists customers due back under the rules (level override, won exempt) and returns them', async () => {
    const rules = [
      { level: null, daysWithoutFollowUp: 30, daysWithoutDeal: null },
      { level: 'A', daysWithoutFollowUp: 60, daysWithoutDeal: null },
    ];
    expect((await putSettings({ rules })).statusCode).toBe(200);
    const make = async (
      name: string,
      level: string | null,
      ownedDays: number,
      extra: object = {},
    ) => {
      const c = await createFor(rep1, name, { level, ...extra });
      // Owned for `ownedDays`: the customer and its ownership period alike.
      const since = daysAgo(ownedDays);
      const { kysely } = use().db;
      await kysely
        .updateTable('customers')
        .set({ ownerSince: since })
        .where('id', '=', c.id)
        .execute();
      await kysely
        .updateTable('ownershipPeriods')
        .set({ startedAt: since })
        .where('recordId', '=', c.id)
        .execute();
      return c.id as string;
    };
    const neglectedB = await make('Neglected B', 'B', 40);
    const youngA = await make('Forty-day A', 'A', 40);
    const oldA = await make('Seventy-day A', 'A', 70);
    await make('Won long ago', null, 100, { status: 'deal' });
    const touched = await make('Recently touched', 'B', 40);
    await call('POST', '/api/v1/activities', rep1, {
      type: 'call',
      recordType: 'customer',
      recordId: touched,
      content: '回访，确认了下季度采购计划',
      occurredAt: daysAgo(2),
    });

    const due = await call('GET', '/api/v1/pool/due-for-return?pageSize=50', admin);
    expect(due.statusCode).toBe(200);
    const dueIds = due.json().items.map((c: { id: string }) => c.id);
    expect(dueIds.sort()).toEqual([neglectedB, oldA].sort());
    expect(due.json().items[0].reason).toBe('no_follow_up');
    expect(dueIds).not.toContain(youngA);
    expect((await call('GET', '/api/v1/pool/due-for-return', rep1)).statusCode).toBe(403);

    expect(await returnDueCustomersToPool(use().db, new Date())).toBe(2);
    expect(await row(neglectedB)).toMatchObject({
      ownerId: null,
      previousOwnerId: org.users.rep1.id,
    });
    expect((await row(youngA)).ownerId).toBe(org.users.rep1.id);
    const history = (await historyEntries(use().db, { entityId: oldA })).filter(
      (h) => h.field === 'releaseReason',
    );
    expect(history).toEqual([
      expect.objectContaining({ actorId: null, newValue: 'returned by rule: no_follow_up' }),
    ]);
    expect((await call('GET', '/api/v1/pool/due-for-return', admin)).json().total).toBe(0);
  });

  itKeepsSnapshotInputsInStep(use);
});
