import { beforeAll, expect, it } from 'vitest';
import { insertOpportunity } from '../support/crm-rows.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { historyEntries } from '../support/history-rows.js';

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

describeEngines('collaborators (协作人)', (use) => {
  let org: Org;
  let rep1: string;
  let rep2: string;
  let rep3: string;
  let customerId: string;

  const request = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    as: string,
    payload?: object,
  ) => use().request({ method, url, as, ...(payload ? { payload } : {}) });
  const share = (as: string, userId: string, access: 'read' | 'write', until?: string) =>
    request('POST', `/api/v1/customers/${customerId}/collaborators`, as, {
      userId,
      access,
      ...(until ? { until } : {}),
    });
  const version = async (as: string) =>
    (await request('GET', `/api/v1/customers/${customerId}`, as)).json().version as number;

  beforeAll(async () => {
    org = await buildOrg(use().db);
    const login = (user: string) => use().login(`${user}@example.com`, PASSWORD);
    rep1 = await login('rep1');
    rep2 = await login('rep2');
    rep3 = await login('rep3');
    customerId = (await request('POST', '/api/v1/customers', rep1, { name: 'Shared Co' })).json()
      .id;
  });

  it('gives a read share reading but not writing, and a write share both', async () => {
    expect((await request('GET', `/api/v1/customers/${customerId}`, rep2)).statusCode).toBe(404);
    const shared = await share(rep1, org.users.rep2.id, 'read');
    expect(shared.statusCode).toBe(200);
    expect(shared.json()).toMatchObject({
      userId: org.users.rep2.id,
      userName: 'rep2',
      access: 'read',
      until: null,
      expired: false,
    });

    const read = await request('GET', `/api/v1/customers/${customerId}`, rep2);
    expect(read.statusCode).toBe(200);
    expect(read.json().access).toBe('read');
    expect(
      (
        await request('PATCH', `/api/v1/customers/${customerId}`, rep2, {
          version: read.json().version,
          industry: 'Retail',
        })
      ).statusCode,
    ).toBe(403);
    expect((await share(rep2, org.users.rep3.id, 'read')).statusCode).toBe(403);

    expect((await share(rep1, org.users.rep3.id, 'write', inHours(48))).statusCode).toBe(200);
    const update = await request('PATCH', `/api/v1/customers/${customerId}`, rep3, {
      version: await version(rep3),
      industry: 'Manufacturing',
    });
    expect(update.statusCode).toBe(200);
    expect(update.json()).toMatchObject({ industry: 'Manufacturing', access: 'write' });

    const list = await request('GET', `/api/v1/customers/${customerId}/collaborators`, rep1);
    expect(
      list.json().items.map((c: { userId: string; access: string }) => [c.userId, c.access]),
    ).toEqual([
      [org.users.rep2.id, 'read'],
      [org.users.rep3.id, 'write'],
    ]);
  });

  it('ends access when the share lapses, and refuses an until in the past', async () => {
    const past = await share(
      rep1,
      org.users.rep2.id,
      'read',
      new Date(Date.now() - 3600_000).toISOString(),
    );
    expect(past.statusCode).toBe(400);
    expect(past.json().error.details[0].path).toBe('until');

    await use()
      .db.kysely.updateTable('collaborators')
      .set({ until: new Date(Date.now() - 1000).toISOString() })
      .where('recordId', '=', customerId)
      .where('userId', '=', org.users.rep2.id)
      .execute();
    expect((await request('GET', `/api/v1/customers/${customerId}`, rep2)).statusCode).toBe(404);
    const listed = await request('GET', '/api/v1/customers', rep2);
    expect(listed.json().total).toBe(0);
    const row = (await request('GET', `/api/v1/customers/${customerId}/collaborators`, rep1))
      .json()
      .items.find((c: { userId: string }) => c.userId === org.users.rep2.id);
    expect(row.expired).toBe(true);
  });

  it("unshares, and keeps both in the record's history", async () => {
    expect(
      (
        await request(
          'DELETE',
          `/api/v1/customers/${customerId}/collaborators/${org.users.rep3.id}`,
          rep1,
        )
      ).statusCode,
    ).toBe(204);
    expect((await request('GET', `/api/v1/customers/${customerId}`, rep3)).statusCode).toBe(404);
    expect(
      (
        await request(
          'DELETE',
          `/api/v1/customers/${customerId}/collaborators/${org.users.rep3.id}`,
          rep1,
        )
      ).statusCode,
    ).toBe(404);
    const history = (
      await request('GET', `/api/v1/customers/${customerId}/history?pageSize=50`, rep1)
    ).json().items as { field: string; oldValue: string | null; newValue: string | null }[];
    const rep3Changes = history.filter((h) => h.field === `collaborator:${org.users.rep3.id}`);
    expect(rep3Changes).toHaveLength(2);
    expect(rep3Changes[0]).toMatchObject({ newValue: null });
    expect(JSON.parse(rep3Changes[1]?.newValue ?? 'null')).toMatchObject({ access: 'write' });
  });

  it('shares an opportunity too: a write collaborator may record activities on it', async () => {
    const now = new Date().toISOString();
    const { id: opportunityId } = await insertOpportunity(use().db, {
      customerId,
      ownerId: org.users.rep1.id,
      name: 'Upsell',
    });
    const activity = {
      type: 'call',
      recordType: 'opportunity',
      recordId: opportunityId,
      content: '和采购确认了预算范围',
      occurredAt: now,
    };
    expect((await request('POST', '/api/v1/activities', rep3, activity)).statusCode).toBe(404);
    expect(
      (
        await request('POST', `/api/v1/opportunities/${opportunityId}/collaborators`, rep2, {
          userId: org.users.rep3.id,
          access: 'write',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await request('POST', `/api/v1/opportunities/${opportunityId}/collaborators`, rep1, {
          userId: org.users.rep3.id,
          access: 'write',
        })
      ).statusCode,
    ).toBe(200);
    const created = await request('POST', '/api/v1/activities', rep3, activity);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      actorId: org.users.rep3.id,
      ownerId: org.users.rep1.id,
      customerId,
    });
    const history = await historyEntries(use().db, {
      entity: 'opportunity',
      entityId: opportunityId,
    });
    expect(history.map((h) => h.field)).toEqual([`collaborator:${org.users.rep3.id}`]);
  });
});
