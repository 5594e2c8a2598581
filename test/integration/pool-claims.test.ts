import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { itKeepsSnapshotInputsInStep } from '../support/snapshot-invariants.js';

describeEngines('pool claims: atomic cap and answers that reveal nothing', (use) => {
  let org: Org;
  let admin: string, rep1: string, rep2: string;

  type Method = 'GET' | 'POST' | 'PUT';
  const call = (method: Method, url: string, as: string, payload?: object) =>
    use().request({ method, url, as, ...(payload ? { payload } : {}) });
  const create = async (as: string, name: string, extra: object = {}) =>
    (await call('POST', '/api/v1/customers', as, { name, ...extra })).json();
  const claim = (id: string, as: string, version: number) =>
    call('POST', `/api/v1/pool/${id}/claim`, as, { version });
  const setCap = async (claimCap: number) => {
    const current = (await call('GET', '/api/v1/pool/settings', admin)).json();
    expect(
      (await call('PUT', '/api/v1/pool/settings', admin, { ...current, claimCap })).statusCode,
    ).toBe(200);
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    const login = (user: string) => use().login(`${user}@example.com`, PASSWORD);
    admin = await login('admin');
    rep1 = await login('rep1');
    rep2 = await login('rep2');
  });

  it('answers a claim on someone’s customer exactly as on an id that does not exist', async () => {
    const owned = await create(rep1, 'Owned By Rep1');
    const missing = await claim('0190d8f2-0000-7000-8000-000000000000', rep2, 1);
    expect(missing.statusCode).toBe(404);
    for (const version of [1, 2, 99]) {
      const response = await claim(owned.id, rep2, version);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(missing.json());
    }
  });

  it('still tells a pool customer’s claimer that it changed since they read it (409)', async () => {
    const pooled = await create(admin, 'Pooled And Edited', { ownerId: null });
    expect((await claim(pooled.id, rep2, 7)).statusCode).toBe(409);
  });

  it('enforces the claim cap atomically: 20 parallel claims with cap 3 win exactly 3', async () => {
    await setCap(3);
    const pooled = [];
    for (let i = 0; i < 20; i++) pooled.push(await create(admin, `Race ${i}`, { ownerId: null }));
    const results = await Promise.all(pooled.map((c) => claim(c.id, rep2, 1)));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 422)).toHaveLength(17);
    expect(results.find((r) => r.statusCode === 422)?.json().error).toMatchObject({
      code: 'pool_claim_cap_reached',
      params: { cap: 3 },
    });
    const held = await use()
      .db.kysely.selectFrom('customers')
      .select('id')
      .where('ownerId', '=', org.users.rep2.id)
      .execute();
    expect(held).toHaveLength(3);
  });

  itKeepsSnapshotInputsInStep(use);
});
