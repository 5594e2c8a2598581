import { beforeAll, expect, it } from 'vitest';
import { call, createCustomer } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { insertActivity, insertCustomer, insertQualityFlag } from '../support/metric-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

describeEngines('workbench hints, appraisal settings and evidence filters', (use) => {
  let org: Org;
  let admin: string, rep1: string;

  beforeAll(async () => {
    org = await buildOrg(use().db);
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    admin = await use().login('admin@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    const owner = { ownerId: org.users.rep1.id, from: '2025-06-01T00:00:00Z' };
    // Three customers: one complete but for region, one with only a placeholder phone (open Q1 flag), one bare.
    await insertCustomer(use().db, {
      owners: [owner],
      level: 'A',
      fields: { phone: '13800138000', industry: 'IT', source: 'web', requirement: 'CRM' },
    });
    const flagged = await insertCustomer(use().db, {
      owners: [owner],
      level: 'B',
      fields: { phone: '11111111111' },
    });
    await insertQualityFlag(use().db, {
      rule: 'Q1',
      entity: 'customer',
      recordId: flagged,
      field: 'phone',
      userId: org.users.rep1.id,
      status: 'open',
    });
    await insertCustomer(use().db, { owners: [owner] });
    const now = Date.now();
    await insertActivity(use().db, {
      actorId: org.users.rep1.id,
      occurredAt: new Date(now - 3 * 3_600_000).toISOString(),
      recordedAt: new Date(now - 60_000).toISOString(),
    });
    await insertActivity(use().db, {
      actorId: org.users.rep1.id,
      occurredAt: new Date(now - 50 * 3_600_000).toISOString(),
      recordedAt: new Date(now - 60_000).toISOString(),
    });
  });

  it('names the records that hold my scorecard back', async () => {
    const hints = (
      await use().request({ method: 'GET', url: '/api/v1/workbench/hints', as: rep1 })
    ).json().items;
    const missing = Object.fromEntries(
      hints
        .filter((h: { kind: string }) => h.kind === 'missing_field')
        .map((h: { field: string; count: number }) => [h.field, h.count]),
    );
    // phone: the bare customer and the placeholder one; region: all three; level: the bare one.
    expect(missing).toMatchObject({
      phone: 2,
      industry: 2,
      source: 2,
      requirement: 2,
      region: 3,
      level: 1,
    });
    expect(hints).toContainEqual({ kind: 'uncovered_key_customers', count: 2 });
    const viaList = await use().request({
      method: 'GET',
      url: `/api/v1/customers?ownerId=${org.users.rep1.id}&missing=region&pageSize=1`,
      as: rep1,
    });
    expect(viaList.json().total).toBe(3);
    // The hint's link lists exactly what the hint counts, placeholders included.
    const missingPhone = await use().request({
      method: 'GET',
      url: `/api/v1/customers?ownerId=${org.users.rep1.id}&missing=phone`,
      as: rep1,
    });
    expect(missingPhone.json().total).toBe(missing.phone);
  });

  it('lets admins choose the key fields of completeness, validated, and measures with them', async () => {
    expect(
      (
        await use().request({
          method: 'PUT',
          url: '/api/v1/settings/appraisal',
          as: rep1,
          payload: { keyFields: ['name'] },
        })
      ).statusCode,
    ).toBe(403);
    const bad = await use().request({
      method: 'PUT',
      url: '/api/v1/settings/appraisal',
      as: admin,
      payload: { keyFields: ['name', 'shoe_size'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('keyFields.1');
    const before = (
      await use().request({ method: 'GET', url: '/api/v1/scorecard', as: rep1 })
    ).json();
    expect(
      before.items.find((i: { metric: string }) => i.metric === 'profile_completeness').value,
    ).toMatchObject({ denominator: 21 });
    expect(
      (
        await use().request({
          method: 'PUT',
          url: '/api/v1/settings/appraisal',
          as: admin,
          payload: { keyFields: ['name', 'phone'] },
        })
      ).statusCode,
    ).toBe(200);
    const after = (
      await use().request({ method: 'GET', url: '/api/v1/scorecard', as: rep1 })
    ).json();
    // 3 customers × 2 fields; filled: 3 names + 1 real phone = 4 of 6.
    expect(
      after.items.find((i: { metric: string }) => i.metric === 'profile_completeness').value,
    ).toMatchObject({ numerator: 4, denominator: 6 });
  });

  it('filters evidence to the records that did not count, e.g. the late ones', async () => {
    const all = (
      await use().request({
        method: 'GET',
        url: '/api/v1/scorecard/evidence?metric=update_timeliness',
        as: rep1,
      })
    ).json();
    const late = (
      await use().request({
        method: 'GET',
        url: '/api/v1/scorecard/evidence?metric=update_timeliness&counted=no',
        as: rep1,
      })
    ).json();
    const timely = (
      await use().request({
        method: 'GET',
        url: '/api/v1/scorecard/evidence?metric=update_timeliness&counted=yes',
        as: rep1,
      })
    ).json();
    expect([all.total, late.total, timely.total]).toEqual([2, 1, 1]);
    expect(late.items[0].numerator).toBe(0);
  });

  it('records dashboards and reports the web app opens, which count as insight days', async () => {
    expect(
      (
        await use().request({
          method: 'POST',
          url: '/api/v1/usage/views',
          as: rep1,
          payload: { kind: 'customer_view' },
        })
      ).statusCode,
    ).toBe(400);
    for (let i = 0; i < 2; i++) {
      expect(
        (
          await use().request({
            method: 'POST',
            url: '/api/v1/usage/views',
            as: rep1,
            payload: { kind: 'dashboard_view', entity: 'workbench' },
          })
        ).statusCode,
      ).toBe(204);
    }
    await use().app.usage.flush();
    const rows = await use()
      .db.kysely.selectFrom('usageEvents')
      .select(['kind', 'entity'])
      .where('userId', '=', org.users.rep1.id)
      .where('kind', '=', 'dashboard_view')
      .execute();
    expect(rows).toEqual([
      { kind: 'dashboard_view', entity: 'workbench' },
      { kind: 'dashboard_view', entity: 'workbench' },
    ]);
  });

  it('names a stage change in the evidence by its opportunity and its move, from → to', async () => {
    const customer = await createCustomer(use(), rep1, { name: '证据客户' });
    const deal = await call(use(), rep1, 'POST', '/api/v1/opportunities', 201, {
      customerId: customer.id,
      name: '证据商机',
      amountCents: 5_000_00,
    });
    await call(use(), rep1, 'POST', `/api/v1/opportunities/${deal.id}/stage`, 200, {
      version: deal.version,
      stageId: 'stage-proposal',
    });
    const evidence = await call(
      use(),
      rep1,
      'GET',
      '/api/v1/scorecard/evidence?metric=update_timeliness&pageSize=100',
      200,
    );
    const moves = evidence.items.filter(
      (i: { recordType: string; change: { from: string | null } | null }) =>
        i.recordType === 'stage_change' && i.change?.from !== null,
    );
    expect(moves).toEqual([
      expect.objectContaining({
        label: '证据商机',
        customerId: customer.id,
        parent: { recordType: 'opportunity', recordId: deal.id },
        change: { from: 'stage-qualification', to: 'stage-proposal' },
      }),
    ]);
    // Every record of the list carries a label (none falls back to a bare id).
    expect(evidence.items.filter((i: { label: string | null }) => i.label === null)).toEqual([]);
  });
});
