import { beforeAll, expect, it } from 'vitest';
import { nameDuplicateKey, phoneDuplicateKey } from '../../src/domain/quality/duplicate-records.js';
import { orgDay } from '../../src/domain/time/org-day.js';
import { periodBounds } from '../../src/domain/time/period.js';
import { loadMetricCatalog } from '../../src/modules/appraisal/metric-catalog.service.js';
import { computeMetrics } from '../../src/modules/metrics/metric-engine.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { flagsOn, openRules } from '../support/quality-fixture.js';
import { historyEntries } from '../support/history-rows.js';

const ZONE = 'Asia/Shanghai';

describeEngines('data-quality flags: clearing, metrics and the bulk run', (use) => {
  let org: Org;
  let rep1: string;
  let lead: string;
  let director: string;
  let admin: string;
  let customerId: string;
  let thinId: string;

  const send = (as: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    use().request({ method, url, as, ...(payload ? { payload } : {}) });
  const activityFrequencyCount = async () => {
    const month = periodBounds('month', new Date(), ZONE);
    const values = await computeMetrics(
      use().db,
      month,
      ZONE,
      [{ metric: 'activity_frequency', minSample: 5 }],
      [{ userId: org.users.rep1.id, joinedOn: '2020-01-01', leftOn: null }],
      await loadMetricCatalog(use().db),
    );
    return values.get('activity_frequency')?.get(org.users.rep1.id)?.numerator;
  };

  /** A customer row written straight to the table, as an import or another writer leaves it. */
  const customerRow = (id: string, name: string, phone: string, createdAt: string) => ({
    id,
    name,
    nameKey: nameDuplicateKey(name) ?? '',
    phone,
    phoneKey: phoneDuplicateKey(phone),
    email: null,
    industry: null,
    source: null,
    level: null,
    status: 'potential' as const,
    requirement: null,
    region: null,
    address: null,
    ownerId: org.users.rep1.id,
    ownerSince: createdAt,
    previousOwnerId: null,
    poolEnteredAt: null,
    lastFollowUpAt: null,
    lastDealOn: null,
    createdBy: org.users.rep1.id,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null as string | null,
  });

  beforeAll(async () => {
    org = await buildOrg(use().db);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    director = await use().login('director@example.com', PASSWORD);
    admin = await use().login('admin@example.com', PASSWORD);
    customerId = (await send(rep1, 'POST', '/api/v1/customers', { name: '温州瑞达阀门' })).json()
      .id;
  });

  it('excludes an invalid (Q3) activity from activity_frequency until a manager clears the flag with a reason, audited', async () => {
    const post = (content: string) =>
      send(rep1, 'POST', '/api/v1/activities', {
        type: 'visit',
        recordType: 'customer',
        recordId: customerId,
        content,
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      });
    await post('上门拜访，看了产线和现有设备情况');
    const before = await activityFrequencyCount();
    const thin = (await post('已拜访')).json();
    thinId = thin.id;
    expect(thin.valid).toBe(false);
    expect(await activityFrequencyCount()).toBe(before);

    const [flag] = await flagsOn(use(), lead, thin.id);
    if (!flag) throw new Error('no Q3 flag');
    expect(flag).toMatchObject({ rule: 'Q3', status: 'open', canClear: true });
    const clear = (as: string, payload: object) =>
      send(as, 'POST', `/api/v1/quality/flags/${flag.id}/clear`, payload);
    expect((await clear(rep1, { reason: 'it was a real visit' })).statusCode).toBe(403);
    expect((await clear(lead, {})).statusCode).toBe(400);
    expect((await clear(lead, { reason: '   ' })).statusCode).toBe(400);

    const cleared = await clear(lead, { reason: '现场拜访属实，记录简短' });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({
      status: 'cleared',
      clearedBy: org.users.lead.id,
      clearedReason: '现场拜访属实，记录简短',
      canClear: false,
    });
    expect((await send(rep1, 'GET', `/api/v1/activities/${thin.id}`)).json().valid).toBe(true);
    expect(await activityFrequencyCount()).toBe((before ?? 0) + 1);
    expect((await clear(director, { reason: 'again' })).statusCode).toBe(409);

    const history = await historyEntries(use().db, { entity: 'quality_flag', entityId: flag.id });
    expect(history).toContainEqual(
      expect.objectContaining({
        actorId: org.users.lead.id,
        field: 'clearedReason',
        newValue: '现场拜访属实，记录简短',
      }),
    );
  });

  it('shows flags only within the data scope: another team manager gets 404, the summary counts per user and rule', async () => {
    const rep3 = await use().login('rep3@example.com', PASSWORD);
    const own = (await send(rep3, 'POST', '/api/v1/customers', { name: '不详' })).json();
    const [flag] = await flagsOn(use(), rep3, own.id);
    if (!flag) throw new Error('no Q1 flag');
    expect((await send(lead, 'GET', `/api/v1/quality/flags/${flag.id}`)).statusCode).toBe(404);
    expect(
      (await send(lead, 'POST', `/api/v1/quality/flags/${flag.id}/clear`, { reason: 'fine' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await send(lead, 'GET', `/api/v1/quality/flags?userId=${org.users.rep3.id}`)).json().total,
    ).toBe(0);
    expect((await send(director, 'GET', `/api/v1/quality/flags/${flag.id}`)).statusCode).toBe(200);
    const summary = (await send(director, 'GET', '/api/v1/quality/summary')).json();
    expect(summary.items).toContainEqual({ userId: org.users.rep3.id, open: 1, byRule: { Q1: 1 } });
    expect((await send(lead, 'GET', '/api/v1/quality/summary')).json().items).not.toContainEqual(
      expect.objectContaining({ userId: org.users.rep3.id }),
    );
  });

  it('re-evaluates a period in bulk, catching imported rows, idempotently and without re-opening cleared flags', async () => {
    const now = new Date().toISOString();
    await use()
      .db.kysely.insertInto('customers')
      .values(customerRow('imp-1', '导入甲', '11111111111', now))
      .execute();
    await use()
      .db.kysely.insertInto('customers')
      .values(customerRow('imp-2', '导入乙', '12345', now))
      .execute();
    await use()
      .db.kysely.insertInto('activities')
      .values({
        id: 'imp-act',
        type: 'call',
        recordType: 'customer',
        recordId: customerId,
        customerId,
        content: '好',
        occurredAt: now,
        recordedAt: now,
        actorId: org.users.rep1.id,
        ownerId: org.users.rep1.id,
        valid: 1,
        timely: 1,
        planId: null,
        deletedAt: null,
      })
      .execute();

    const today = orgDay(new Date(), ZONE);
    const run = () => send(admin, 'POST', '/api/v1/quality/run', { from: today, to: today });
    expect(
      (await send(lead, 'POST', '/api/v1/quality/run', { from: today, to: today })).statusCode,
    ).toBe(403);
    const first = await run();
    expect(first.statusCode).toBe(200);
    expect(first.json().opened).toBeGreaterThanOrEqual(3);
    expect(await openRules(use(), admin, 'imp-1')).toEqual(['Q1:phone']);
    expect(await openRules(use(), admin, 'imp-2')).toEqual(['Q1:phone']);
    expect(await openRules(use(), admin, 'imp-act')).toEqual(['Q3']);
    const stored = await use()
      .db.kysely.selectFrom('activities')
      .select('valid')
      .where('id', '=', 'imp-act')
      .executeTakeFirstOrThrow();
    expect(stored.valid).toBe(0);

    const count = async () =>
      (await send(admin, 'GET', '/api/v1/quality/flags?pageSize=1')).json().total;
    const flagsBefore = await count();
    const second = await run();
    expect(second.json()).toMatchObject({ opened: 0, resolved: 0 });
    expect(await count()).toBe(flagsBefore);
    // The Q3 flag the manager cleared stays cleared, and its activity stays valid.
    expect(await openRules(use(), admin, thinId)).toEqual([]);
    expect((await flagsOn(use(), admin, thinId))[0]).toMatchObject({
      status: 'cleared',
      clearedBy: org.users.lead.id,
    });
    expect((await send(rep1, 'GET', `/api/v1/activities/${thinId}`)).json().valid).toBe(true);
  });

  it('decides duplicates across the pages of a bulk run, each pointing at the earliest live record', async () => {
    // 1,100 customers created on one past day (three pages of the run): the even ones share a
    // number first typed the day before (after an even earlier, deleted, record with it); the odd
    // ones are unique except the last, which repeats the first odd one's name.
    const phone = '13512340000';
    const day = Date.parse('2024-03-05T01:00:00Z');
    const created = Array.from({ length: 1100 }, (_, i) =>
      customerRow(
        `bulk-${String(i).padStart(4, '0')}`,
        i === 1099
          ? '舟山远帆渔具一号有限公司'
          : i === 1
            ? '舟山远帆渔具一号'
            : `舟山远帆渔具${i}号`,
        i % 2 === 0 ? phone : `1390000${String(i).padStart(4, '0')}`,
        new Date(day + i * 1000).toISOString(),
      ),
    );
    const insert = (rows: ReturnType<typeof customerRow>[]) =>
      use().db.kysely.insertInto('customers').values(rows).execute();
    await insert([
      {
        ...customerRow('bulk-gone', '舟山旧号', phone, '2024-03-03T01:00:00.000Z'),
        deletedAt: '2024-03-03T02:00:00.000Z',
      },
      customerRow('bulk-first', '舟山首号', phone, '2024-03-04T01:00:00.000Z'),
    ]);
    for (let i = 0; i < created.length; i += 100) await insert(created.slice(i, i + 100));

    const run = () =>
      send(admin, 'POST', '/api/v1/quality/run', { from: '2024-03-05', to: '2024-03-05' });
    const first = await run();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ customers: 1100, opened: 551 });
    const flags = await use()
      .db.kysely.selectFrom('qualityFlags')
      .select(['recordId', 'detail', 'status'])
      .where('rule', '=', 'Q2')
      .where('recordId', 'like', 'bulk-%')
      .execute();
    const verdicts = new Map(
      flags.map((f) => [f.recordId, { status: f.status, detail: JSON.parse(f.detail ?? 'null') }]),
    );
    expect(verdicts.size).toBe(551);
    for (const [i, record] of created.entries()) {
      const flag = verdicts.get(record.id);
      if (i % 2 === 0)
        expect(flag, record.id).toMatchObject({
          status: 'open',
          detail: { duplicateOf: 'bulk-first', by: 'phone' },
        });
      else if (i === 1099)
        expect(flag).toMatchObject({ detail: { duplicateOf: 'bulk-0001', by: 'name' } });
      else expect(flag, record.id).toBeUndefined();
    }
    expect((await run()).json()).toMatchObject({ opened: 0, resolved: 0 });
  });

  it('lists each flag with when its record happened, and clears several with one reason, all or none', async () => {
    const occurredAt = new Date(Date.now() - 5 * 3_600_000).toISOString();
    const thin: string[] = [];
    for (const content of ['通话一', '通话二', '通话三'])
      thin.push(
        (
          await send(rep1, 'POST', '/api/v1/activities', {
            type: 'call',
            recordType: 'customer',
            recordId: customerId,
            content,
            occurredAt,
          })
        ).json().id,
      );
    const listed = (
      await send(
        lead,
        'GET',
        `/api/v1/quality/flags?userId=${org.users.rep1.id}&rule=Q3&status=open&pageSize=100`,
      )
    ).json();
    const mine = listed.items.filter((f: { recordId: string }) => thin.includes(f.recordId));
    expect(mine).toHaveLength(3);
    for (const flag of mine) {
      // When the call happened (5 h ago), not when the rule found it (now).
      expect(flag.record).toMatchObject({ happenedAt: occurredAt, customerId });
      expect(flag.createdAt > occurredAt).toBe(true);
    }
    expect(mine.map((f: { record: { label: string } }) => f.record.label).sort()).toEqual([
      '通话一',
      '通话三',
      '通话二',
    ]);
    const ids: string[] = mine.map((f: { id: string }) => f.id);
    const clearAll = (as: string, payload: object) =>
      send(as, 'POST', '/api/v1/quality/flags/clear', payload);
    const reason = '电话沟通属实，记录简短';

    expect((await clearAll(lead, { ids: [...ids, 'no-such-flag'], reason })).statusCode).toBe(404);
    expect((await clearAll(rep1, { ids, reason })).statusCode).toBe(403);
    expect((await clearAll(lead, { ids, reason: ' ' })).statusCode).toBe(400);
    expect((await clearAll(lead, { ids: [], reason })).statusCode).toBe(400);
    for (const id of thin)
      expect((await send(rep1, 'GET', `/api/v1/activities/${id}`)).json().valid).toBe(false);

    const cleared = await clearAll(lead, { ids, reason });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toEqual({ cleared: 3, alreadyCleared: 0 });
    for (const id of thin)
      expect((await send(rep1, 'GET', `/api/v1/activities/${id}`)).json().valid).toBe(true);
    expect((await clearAll(lead, { ids, reason })).json()).toEqual({
      cleared: 0,
      alreadyCleared: 3,
    });
    const audited = (
      await historyEntries(use().db, { entity: 'quality_flag', entityId: ids })
    ).filter((h) => h.field === 'clearedReason' && h.newValue === reason);
    expect(audited.map((h) => h.entityId).sort()).toEqual([...ids].sort());
  });
});
