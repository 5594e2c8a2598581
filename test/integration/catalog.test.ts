import { beforeAll, expect, it } from 'vitest';
import { call, changesOf, historyOf } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { addRoleUsers } from '../support/role-users-fixture.js';

describeEngines('products and campaigns', (use) => {
  let org: Org;
  let roles: Awaited<ReturnType<typeof addRoleUsers>>;
  const as: Record<'admin' | 'lead' | 'rep1' | 'marketer', string> = {
    admin: '',
    lead: '',
    rep1: '',
    marketer: '',
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    roles = await addRoleUsers(use().db, org);
    for (const key of Object.keys(as) as (keyof typeof as)[])
      as[key] = await use().login(`${key}@example.com`, PASSWORD);
  });

  it('lets admins and managers keep the product catalogue, and everyone read it', async () => {
    const product = await call(use(), as.lead, 'POST', '/api/v1/products', 201, {
      name: 'CRM seat',
      code: 'SEAT',
      unitPriceCents: 99_900,
    });
    expect(product).toMatchObject({ currency: 'CNY', active: true, access: 'write' });
    await call(use(), as.rep1, 'POST', '/api/v1/products', 403, {
      name: 'Mine',
      unitPriceCents: 1,
    });
    expect(await call(use(), as.rep1, 'GET', `/api/v1/products/${product.id}`, 200)).toMatchObject({
      access: 'read',
    });
    const updated = await call(use(), as.admin, 'PATCH', `/api/v1/products/${product.id}`, 200, {
      version: product.version,
      unitPriceCents: 89_900,
      active: false,
    });
    await call(use(), as.admin, 'PATCH', `/api/v1/products/${product.id}`, 409, {
      version: product.version,
      name: 'Stale',
    });
    const list = await call(use(), as.rep1, 'GET', '/api/v1/products?q=seat&active=false', 200);
    expect(list).toMatchObject({ total: 1, items: [{ id: product.id, unitPriceCents: 89_900 }] });
    const history = await historyOf(use(), as.rep1, `/api/v1/products/${product.id}`);
    expect(changesOf(history, 'unitPriceCents')).toEqual([
      [null, '99900'],
      ['99900', '89900'],
    ]);
    expect(changesOf(history, 'active')).toEqual([
      [null, '1'],
      ['1', '0'],
    ]);
    await call(
      use(),
      as.admin,
      'DELETE',
      `/api/v1/products/${product.id}?version=${updated.version}`,
      204,
    );
    await call(use(), as.rep1, 'GET', `/api/v1/products/${product.id}`, 404);
  });

  it('runs a campaign: owner, manager and admin write, everyone reads', async () => {
    const body = {
      name: 'Spring expo',
      channel: 'exhibition',
      startOn: '2026-04-01',
      endOn: '2026-04-03',
      budgetCents: 5_000_000,
    };
    const campaign = await call(use(), as.marketer, 'POST', '/api/v1/campaigns', 201, body);
    expect(campaign).toMatchObject({
      ownerId: roles.marketer.id,
      status: 'planned',
      currency: 'CNY',
      access: 'write',
    });
    expect(
      await call(use(), as.rep1, 'GET', `/api/v1/campaigns/${campaign.id}`, 200),
    ).toMatchObject({ access: 'read' });
    await call(use(), as.rep1, 'POST', '/api/v1/campaigns', 403, body);
    await call(use(), as.rep1, 'PATCH', `/api/v1/campaigns/${campaign.id}`, 403, {
      version: campaign.version,
      status: 'running',
    });
    const ends = await call(use(), as.marketer, 'PATCH', `/api/v1/campaigns/${campaign.id}`, 400, {
      version: campaign.version,
      endOn: '2026-03-01',
    });
    expect(ends.error.details[0].path).toBe('endOn');
    const running = await call(
      use(),
      as.marketer,
      'PATCH',
      `/api/v1/campaigns/${campaign.id}`,
      200,
      { version: campaign.version, status: 'running' },
    );
    const finished = await call(use(), as.lead, 'PATCH', `/api/v1/campaigns/${campaign.id}`, 200, {
      version: running.version,
      status: 'finished',
    });
    await call(use(), as.marketer, 'PATCH', `/api/v1/campaigns/${campaign.id}`, 409, {
      version: running.version,
      status: 'cancelled',
    });
    expect(
      changesOf(await historyOf(use(), as.rep1, `/api/v1/campaigns/${campaign.id}`), 'status'),
    ).toEqual([
      [null, 'planned'],
      ['planned', 'running'],
      ['running', 'finished'],
    ]);
    const list = await call(
      use(),
      as.rep1,
      'GET',
      '/api/v1/campaigns?channel=exhibition&startFrom=2026-04-01&startTo=2026-04-01',
      200,
    );
    expect((list.items as { id: string }[]).map((c) => c.id)).toEqual([campaign.id]);
    await call(
      use(),
      as.admin,
      'DELETE',
      `/api/v1/campaigns/${campaign.id}?version=${finished.version}`,
      204,
    );
    await call(use(), as.rep1, 'GET', `/api/v1/campaigns/${campaign.id}`, 404);
  });

  it('lets only managers and admins hand a campaign to another marketing user', async () => {
    const base = { name: 'Webinar', channel: 'webinar', startOn: '2026-05-01' };
    await call(use(), as.marketer, 'POST', '/api/v1/campaigns', 403, {
      ...base,
      ownerId: org.users.lead.id,
    });
    const bad = await call(use(), as.lead, 'POST', '/api/v1/campaigns', 400, {
      ...base,
      ownerId: org.users.rep1.id,
    });
    expect(bad.error.details[0].path).toBe('ownerId');
    const given = await call(use(), as.lead, 'POST', '/api/v1/campaigns', 201, {
      ...base,
      ownerId: roles.marketer.id,
    });
    expect(given).toMatchObject({ ownerId: roles.marketer.id, createdBy: org.users.lead.id });
  });
});
