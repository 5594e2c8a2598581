import { beforeAll, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { createCustomer } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

type Entry = {
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  actorId: string | null;
};

/**
 * The history of appraisal decisions — flag clearances, result adjustments, cycle recomputes,
 * targets and role scopes — readable by whoever may read the thing itself, and nobody else.
 */
describeEngines('history of appraisal decisions', (use) => {
  let org: Org;
  let admin: string, director: string, lead: string, rep1: string, rep2: string, rep3: string;
  const get = (as: string, url: string) => use().request({ method: 'GET', url, as });
  const entries = async (as: string, url: string): Promise<Entry[]> => {
    const response = await get(as, url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items;
  };
  const fieldOf = (items: Entry[], field: string) =>
    items.filter((h) => h.field === field).map((h) => [h.oldValue, h.newValue, h.actorId]);

  beforeAll(async () => {
    org = await buildOrg(use().db);
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    const login = (user: string) => use().login(`${user}@example.com`, PASSWORD);
    admin = await login('admin');
    director = await login('director');
    lead = await login('lead');
    rep1 = await login('rep1');
    rep2 = await login('rep2');
    rep3 = await login('rep3');
  });

  it("shows a flag's clearance with who cleared it and why, to those who may read the flag", async () => {
    const customer = await createCustomer(use(), rep1, { name: '待核查客户' });
    const flagId = newId();
    await use()
      .db.kysely.insertInto('qualityFlags')
      .values({
        id: flagId,
        rule: 'Q1',
        entity: 'customer',
        recordId: customer.id,
        field: 'phone',
        userId: org.users.rep1.id,
        detail: null,
        status: 'open',
        createdAt: '2026-11-01T00:00:00.000Z',
        clearedBy: null,
        clearedAt: null,
        clearedReason: null,
      })
      .execute();
    const cleared = await use().request({
      method: 'POST',
      url: `/api/v1/quality/flags/${flagId}/clear`,
      as: lead,
      payload: { reason: '客户确认号码无误' },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const url = `/api/v1/quality/flags/${flagId}/history`;
    for (const reader of [lead, rep1, director, admin])
      expect(fieldOf(await entries(reader, url), 'clearedReason')).toEqual([
        [null, '客户确认号码无误', org.users.lead.id],
      ]);
    // rep2 and rep3 may not read rep1's flag: the same 404 as for a flag that does not exist.
    for (const outsider of [rep2, rep3]) expect((await get(outsider, url)).statusCode).toBe(404);
    expect((await get(lead, `/api/v1/quality/flags/${newId()}/history`)).statusCode).toBe(404);
  });

  it("shows a target's changes and removal, to its person and their managers only", async () => {
    const put = (target: number) =>
      use().request({
        method: 'PUT',
        url: '/api/v1/targets',
        as: lead,
        payload: {
          userId: org.users.rep1.id,
          metric: 'activity_frequency',
          period: 'month',
          anchorDay: '2026-11-01',
          target,
        },
      });
    const first = await put(15);
    expect(first.statusCode, first.body).toBe(200);
    expect((await put(18)).statusCode).toBe(200);
    const id: string = first.json().id;
    const url = `/api/v1/targets/${id}/history`;
    expect(fieldOf(await entries(rep1, url), 'target')).toEqual([
      ['15', '18', org.users.lead.id],
      [null, '15', org.users.lead.id],
    ]);
    expect(
      (await use().request({ method: 'DELETE', url: `/api/v1/targets/${id}`, as: director }))
        .statusCode,
    ).toBe(204);
    // Removed, the target's history stays readable by the same people.
    for (const reader of [rep1, lead, director, admin])
      expect(fieldOf(await entries(reader, url), 'target')[0]).toEqual([
        '18',
        null,
        org.users.director.id,
      ]);
    for (const outsider of [rep2, rep3]) expect((await get(outsider, url)).statusCode).toBe(404);
    expect((await get(admin, `/api/v1/targets/${newId()}/history`)).statusCode).toBe(404);
  });

  it("shows a role's data-scope changes to those who read roles", async () => {
    const changed = await use().request({
      method: 'PUT',
      url: '/api/v1/roles/hr',
      as: admin,
      payload: { dataScope: 'department' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    // Everyone reads the roles and their scopes, and so their history.
    expect((await get(rep1, '/api/v1/roles')).statusCode).toBe(200);
    const items = await entries(rep1, '/api/v1/roles/hr/history');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      field: 'dataScope',
      newValue: 'department',
      actorId: org.users.admin.id,
    });
    expect((await get(admin, '/api/v1/roles/nobody/history')).statusCode).toBe(404);
  });

  it("shows a result's adjustments and the cycle's recomputes, within the result's scope", async () => {
    let cycle = (
      await use().request({
        method: 'POST',
        url: '/api/v1/cycles',
        as: admin,
        payload: { name: 'October', kind: 'month', anchorDay: '2026-10-01' },
      })
    ).json();
    for (const status of ['open', 'self_review', 'manager_review']) {
      const moved = await use().request({
        method: 'POST',
        url: `/api/v1/cycles/${cycle.id}/status`,
        as: admin,
        payload: { version: cycle.version, status },
      });
      expect(moved.statusCode, moved.body).toBe(200);
      cycle = moved.json();
    }
    const list: { id: string; userId: string; version: number }[] = (
      await get(admin, `/api/v1/cycles/${cycle.id}/results?pageSize=50`)
    ).json().items;
    const mine = list.find((r) => r.userId === org.users.rep1.id);
    if (!mine) throw new Error('no result for rep1');
    const full = (await get(admin, `/api/v1/cycle-results/${mine.id}`)).json();
    const adjusted = await use().request({
      method: 'POST',
      url: `/api/v1/cycle-results/${mine.id}/items/win_rate/adjust`,
      as: lead,
      payload: { version: full.version, score: 80, reason: '大单延期到下季度签约' },
    });
    expect(adjusted.statusCode, adjusted.body).toBe(200);
    const url = `/api/v1/cycle-results/${mine.id}/history`;
    for (const reader of [rep1, lead, director, admin])
      expect(fieldOf(await entries(reader, url), 'win_rate.reason')).toEqual([
        [null, '大单延期到下季度签约', org.users.lead.id],
      ]);
    for (const outsider of [rep2, rep3]) expect((await get(outsider, url)).statusCode).toBe(404);

    const recomputed = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.id}/recompute`,
      as: admin,
      payload: { version: cycle.version, reason: '补录了十月的通话' },
    });
    expect(recomputed.statusCode, recomputed.body).toBe(200);
    const cycleHistory = await entries(rep1, `/api/v1/cycles/${cycle.id}/history`);
    expect(fieldOf(cycleHistory, 'recomputeReason')).toEqual([
      [null, '补录了十月的通话', org.users.admin.id],
    ]);
    expect(fieldOf(cycleHistory, 'status').map(([, to]) => to)).toEqual(
      expect.arrayContaining(['manager_review', 'self_review', 'open']),
    );
  });
});
