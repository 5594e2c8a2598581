import { beforeAll, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { describeEngines } from '../support/describe-engines.js';
import { insertActivity } from '../support/metric-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

const visitShare = {
  key: 'visit_share',
  nameZh: '拜访占比',
  nameEn: 'Share of visits',
  unit: 'percent',
  dir: '+',
  definition: {
    entity: 'activity',
    filter: {
      match: 'all',
      conditions: [{ field: 'type', operator: 'in', value: ['call', 'visit'] }],
    },
    aggregate: {
      kind: 'ratio',
      numerator: { match: 'all', conditions: [{ field: 'type', operator: 'eq', value: 'visit' }] },
    },
    ownerField: 'actor_id',
    timeField: 'occurred_at',
  },
};

describeEngines('custom metrics', (use) => {
  let org: Org;
  let admin: string, rep1: string;

  beforeAll(async () => {
    org = await buildOrg(use().db);
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    admin = await use().login('admin@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    const earlier = new Date(Date.now() - 3_600_000).toISOString();
    const add = (type: 'call' | 'visit' | 'note', valid = true) =>
      insertActivity(use().db, {
        actorId: org.users.rep1.id,
        occurredAt: earlier,
        recordedAt: new Date(Date.now() - 60_000).toISOString(),
        type,
        valid,
      });
    // This month: 3 visits, 2 calls, a note (not in the filter) and an invalid visit (excluded): 3 of 5.
    for (const type of ['visit', 'visit', 'visit', 'call', 'call', 'note'] as const)
      await add(type);
    await add('visit', false);
  });

  it('rejects unknown entities, fields and misused operators with the field path', async () => {
    const post = (definition: object) =>
      use().request({
        method: 'POST',
        url: '/api/v1/custom-metrics',
        as: admin,
        payload: { ...visitShare, definition: { ...visitShare.definition, ...definition } },
      });
    const entity = await post({ entity: 'spaceship' });
    expect(entity.statusCode).toBe(400);
    expect(entity.json().error.details[0].path).toBe('definition.entity');
    const field = await post({
      filter: {
        match: 'all',
        conditions: [{ field: 'password_hash', operator: 'eq', value: 'x' }],
      },
    });
    expect(field.json().error.details).toEqual([
      {
        path: 'definition.filter.conditions.0.field',
        code: 'metric_field_unknown',
        message: 'unknown field "password_hash"',
        params: { field: 'password_hash' },
      },
    ]);
    const contains = await post({
      filter: { match: 'all', conditions: [{ field: 'timely', operator: 'contains', value: 'x' }] },
    });
    expect(contains.json().error.details[0]).toMatchObject({
      path: 'definition.filter.conditions.0.operator',
      code: 'metric_contains_needs_text',
    });
    const operator = await post({
      filter: { match: 'all', conditions: [{ field: 'type', operator: 'matches', value: 'x' }] },
    });
    expect(operator.statusCode).toBe(400);
    expect(operator.json().error.details[0].path).toMatch(/^definition\.filter\.conditions\.0/);
    const owner = await post({ ownerField: 'type' });
    expect(owner.json().error.details[0].path).toBe('definition.ownerField');
  });

  it('lists what custom metrics can be built from', async () => {
    const fields = (
      await use().request({ method: 'GET', url: '/api/v1/custom-metrics/fields', as: rep1 })
    ).json().items;
    const activity = fields.find((e: { entity: string }) => e.entity === 'activity');
    expect(activity.fields).toContainEqual({ name: 'occurred_at', type: 'timestamp' });
    expect(activity.fields).toContainEqual({ name: 'actor_id', type: 'user' });
  });

  it('lets only admins define metrics and refuses a key that exists', async () => {
    expect(
      (
        await use().request({
          method: 'POST',
          url: '/api/v1/custom-metrics',
          as: rep1,
          payload: visitShare,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await use().request({
          method: 'POST',
          url: '/api/v1/custom-metrics',
          as: admin,
          payload: { ...visitShare, key: 'win_rate' },
        })
      ).statusCode,
    ).toBe(409);
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/custom-metrics',
      as: admin,
      payload: visitShare,
    });
    expect(created.statusCode).toBe(201);
    const catalog = (
      await use().request({ method: 'GET', url: '/api/v1/metrics', as: rep1 })
    ).json().items;
    expect(catalog).toContainEqual(
      expect.objectContaining({ id: 'visit_share', kind: 'ratio', dir: '+', custom: true }),
    );
    expect(catalog.filter((m: { custom: boolean }) => !m.custom)).toHaveLength(26);
  });

  it('is scored and explained like a built-in metric once a template uses it', async () => {
    const sales = (await use().request({ method: 'GET', url: '/api/v1/templates', as: admin }))
      .json()
      .items.find((t: { role: string }) => t.role === 'sales');
    const items = [
      ...sales.current.items,
      { metric: 'visit_share', weight: 10, floor: 0.2, target: 0.7, cap: 120, minSample: 5 },
    ];
    expect(
      (
        await use().request({
          method: 'POST',
          url: `/api/v1/templates/${sales.id}/versions`,
          as: admin,
          payload: { items, note: 'Visits matter' },
        })
      ).statusCode,
    ).toBe(201);

    const card = (
      await use().request({ method: 'GET', url: '/api/v1/scorecard', as: rep1 })
    ).json();
    const item = card.items.find((i: { metric: string }) => i.metric === 'visit_share');
    // 3 visits of 5 calls and visits = 0.6; score 100 × (0.6 − 0.2) / (0.7 − 0.2) = 80.
    expect(item.value).toMatchObject({ numerator: 3, denominator: 5 });
    expect(item.value.value).toBeCloseTo(0.6, 12);
    expect(item.score).toBeCloseTo(80, 9);
    const evidence = (
      await use().request({
        method: 'GET',
        url: '/api/v1/scorecard/evidence?metric=visit_share',
        as: rep1,
      })
    ).json();
    expect(evidence.total).toBe(5);
    expect(evidence.items.filter((e: { numerator: number }) => e.numerator === 1)).toHaveLength(3);
  });

  it("scores a cycle with the organisation's custom metrics and key fields, as the live card does", async () => {
    // One customer of rep1 with a name and no phone; the key fields become name and phone.
    const customer = await use().request({
      method: 'POST',
      url: '/api/v1/customers',
      as: rep1,
      payload: { name: '华东精工' },
    });
    expect(customer.statusCode).toBe(201);
    const keyFields = await use().request({
      method: 'PUT',
      url: '/api/v1/settings/appraisal',
      as: admin,
      payload: { keyFields: ['name', 'phone'] },
    });
    expect(keyFields.statusCode).toBe(200);
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/cycles',
      as: admin,
      payload: { name: '2026年11月', kind: 'month', anchorDay: '2026-11-18' },
    });
    expect(created.statusCode).toBe(201);
    const opened = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${created.json().id}/status`,
      as: admin,
      payload: { version: created.json().version, status: 'open' },
    });
    expect(opened.statusCode).toBe(200);
    const result = (
      await use().request({
        method: 'GET',
        url: `/api/v1/cycles/${created.json().id}/results/me`,
        as: rep1,
      })
    ).json() as { items: { metric: string; numerator: number; denominator: number }[] };
    const live = (
      await use().request({ method: 'GET', url: '/api/v1/scorecard', as: rep1 })
    ).json() as { items: { metric: string; value: { numerator: number; denominator: number } }[] };
    const inCycle = (metric: string) => result.items.find((i) => i.metric === metric);
    const inLive = (metric: string) => live.items.find((i) => i.metric === metric)?.value;
    for (const valueOf of [inCycle, inLive]) {
      // 3 visits of 5 calls and visits.
      expect(valueOf('visit_share')).toMatchObject({ numerator: 3, denominator: 5 });
      // 1 customer × 2 key fields, of which the name is filled.
      expect(valueOf('profile_completeness')).toMatchObject({ numerator: 1, denominator: 2 });
    }
  });

  it('stops counting when deactivated, keeping its definition', async () => {
    const [metric] = (
      await use().request({ method: 'GET', url: '/api/v1/custom-metrics', as: admin })
    ).json().items;
    const off = await use().request({
      method: 'PUT',
      url: `/api/v1/custom-metrics/${metric.id}`,
      as: admin,
      payload: {
        version: metric.version,
        nameZh: metric.nameZh,
        nameEn: metric.nameEn,
        unit: metric.unit,
        dir: metric.dir,
        definition: metric.definition,
        active: false,
      },
    });
    expect(off.statusCode).toBe(200);
    const card = (
      await use().request({ method: 'GET', url: '/api/v1/scorecard', as: rep1 })
    ).json();
    expect(card.items.find((i: { metric: string }) => i.metric === 'visit_share')).toMatchObject({
      score: null,
      value: { value: null },
    });
  });

  it('marks a cycle item of a custom metric misconfigured by the direction the organisation gave it', async () => {
    // Lower is better: the share of calls among calls and visits.
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/custom-metrics',
      as: admin,
      payload: {
        ...visitShare,
        key: 'call_share',
        nameZh: '电话占比',
        nameEn: 'Share of calls',
        dir: '-',
        definition: {
          ...visitShare.definition,
          aggregate: {
            kind: 'ratio',
            numerator: {
              match: 'all',
              conditions: [{ field: 'type', operator: 'eq', value: 'call' }],
            },
          },
        },
      },
    });
    expect(created.statusCode).toBe(201);
    const sales = (await use().request({ method: 'GET', url: '/api/v1/templates', as: admin }))
      .json()
      .items.find((t: { role: string }) => t.role === 'sales');
    const items = [
      ...sales.current.items.filter((i: { metric: string }) => i.metric !== 'visit_share'),
      { metric: 'call_share', weight: 10, floor: 0.8, target: 0.3, cap: 120, minSample: 5 },
    ];
    const version = await use().request({
      method: 'POST',
      url: `/api/v1/templates/${sales.id}/versions`,
      as: admin,
      payload: { items, note: 'Fewer calls, more visits' },
    });
    expect(version.statusCode).toBe(201);
    // Stored targets for October: 0.9 is worse than the floor 0.8 for a metric where lower is
    // better; 0.5 is better. (Read as higher-is-better, it would be the other way round.)
    for (const [user, target] of [
      [org.users.rep1.id, 0.9],
      [org.users.rep2.id, 0.5],
    ] as const) {
      await use()
        .db.kysely.insertInto('userTargets')
        .values({
          id: newId(),
          userId: user,
          metric: 'call_share',
          periodStart: '2026-10-01',
          periodEnd: '2026-10-31',
          target,
          setBy: org.users.lead.id,
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
        })
        .execute();
    }
    const cycle = await use().request({
      method: 'POST',
      url: '/api/v1/cycles',
      as: admin,
      payload: { name: '2026年10月', kind: 'month', anchorDay: '2026-10-15' },
    });
    expect(cycle.statusCode).toBe(201);
    const opened = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.json().id}/status`,
      as: admin,
      payload: { version: cycle.json().version, status: 'open' },
    });
    expect(opened.statusCode).toBe(200);
    const list = (
      await use().request({
        method: 'GET',
        url: `/api/v1/cycles/${cycle.json().id}/results?pageSize=50`,
        as: admin,
      })
    ).json().items as { id: string; userId: string }[];
    const callShareOf = async (userId: string) => {
      const id = list.find((r) => r.userId === userId)?.id;
      const result = await use().request({
        method: 'GET',
        url: `/api/v1/cycle-results/${id}`,
        as: admin,
      });
      expect(result.statusCode).toBe(200);
      return (result.json() as { items: { metric: string }[] }).items.find(
        (i) => i.metric === 'call_share',
      );
    };
    expect(await callShareOf(org.users.rep1.id)).toMatchObject({
      target: 0.9,
      score: null,
      misconfigured: 'target_on_wrong_side_of_floor',
    });
    // Nothing logged in October: N/A for want of records, not for its target.
    expect(await callShareOf(org.users.rep2.id)).toMatchObject({
      target: 0.5,
      score: null,
      naReason: 'below_min_sample',
      misconfigured: null,
    });
  });

  it('finds text anywhere ignoring the case of every letter, with % and _ as plain characters', async () => {
    const names = ['ÖSTERREICH Post AG', 'Österreich Bahn', 'Osterreich GmbH', 'Acme 5% AG'];
    for (const name of [...names, 'Acme 50 AG'])
      expect(
        (
          await use().request({
            method: 'POST',
            url: '/api/v1/customers',
            as: rep1,
            payload: { name },
          })
        ).statusCode,
      ).toBe(201);
    const nameContains = (value: string) => ({ field: 'name', operator: 'contains', value });
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/custom-metrics',
      as: admin,
      payload: {
        key: 'alpine_or_discount',
        nameZh: '奥地利或折扣客户',
        nameEn: 'Austrian or discount customers',
        unit: 'count',
        dir: '+',
        definition: {
          entity: 'customer',
          filter: {
            match: 'any',
            conditions: [nameContains('österreich'), nameContains('5%')],
          },
          aggregate: { kind: 'count' },
          ownerField: 'owner_id',
          timeField: 'created_at',
        },
      },
    });
    expect(created.statusCode).toBe(201);
    const sales = (await use().request({ method: 'GET', url: '/api/v1/templates', as: admin }))
      .json()
      .items.find((t: { role: string }) => t.role === 'sales');
    const items = [
      ...sales.current.items,
      { metric: 'alpine_or_discount', weight: 5, floor: 0, target: 4, cap: 120, minSample: 1 },
    ];
    const version = await use().request({
      method: 'POST',
      url: `/api/v1/templates/${sales.id}/versions`,
      as: admin,
      payload: { items, note: 'Alpine accounts' },
    });
    expect(version.statusCode).toBe(201);

    const card = (
      await use().request({ method: 'GET', url: '/api/v1/scorecard', as: rep1 })
    ).json();
    // Both spellings of Österreich and the 5% customer: not Osterreich, not Acme 50.
    const item = card.items.find((i: { metric: string }) => i.metric === 'alpine_or_discount');
    expect(item.value.value).toBe(3);
  });
});
