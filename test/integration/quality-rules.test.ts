import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { flagsOn, openRules } from '../support/quality-fixture.js';

const HOUR = 3_600_000;
const at = (iso: string, ms = 0) => new Date(Date.parse(iso) + ms).toISOString();

describeEngines('data-quality rules on write (Q1–Q7)', (use) => {
  let org: Org;
  let rep1: string;
  let rep2: string;
  let rep3: string;
  let admin: string;
  let seq = 0;

  const send = (as: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    use().request({ method, url, as, ...(payload ? { payload } : {}) });
  const created = async (as: string, url: string, payload: object) => {
    const response = await send(as, 'POST', url, payload);
    if (response.statusCode !== 201)
      throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json() as { id: string; version: number; valid: boolean };
  };
  const customer = (as: string, fields: object) =>
    created(as, '/api/v1/customers', { name: `客户${++seq}号工厂`, ...fields });
  const activity = (as: string, customerId: string, fields: object = {}) =>
    created(as, '/api/v1/activities', {
      type: 'call',
      recordType: 'customer',
      recordId: customerId,
      content: `第${++seq}次电话沟通，客户关心交付周期`,
      occurredAt: new Date(Date.now() - HOUR).toISOString(),
      ...fields,
    });
  /** Runs `work` with the clock standing at `iso` (only Date is faked: timers run normally). */
  const clockAt = (iso: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  };
  afterEach(() => {
    vi.useRealTimers();
  });

  beforeAll(async () => {
    org = await buildOrg(use().db);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    rep2 = await use().login('rep2@example.com', PASSWORD);
    rep3 = await use().login('rep3@example.com', PASSWORD);
    admin = await use().login('admin@example.com', PASSWORD);
  });

  it('Q1 flags each placeholder free-text field and phone, never a choice or an empty field, and resolves a fixed one', async () => {
    const c = await customer(rep1, {
      name: '无',
      industry: '暂无',
      region: '不详',
      source: 'N/A',
      requirement: '需要一套能管跟进记录的系统',
      address: '',
      level: 'A',
      phone: '+11111111111',
    });
    expect(await openRules(use(), rep1, c.id)).toEqual([
      'Q1:industry',
      'Q1:name',
      'Q1:phone',
      'Q1:region',
      'Q1:source',
    ]);
    const [flag] = (await flagsOn(use(), rep1, c.id)).filter((f) => f.field === 'industry');
    expect(flag).toMatchObject({
      userId: org.users.rep1.id,
      entity: 'customer',
      detail: { value: '暂无' },
    });

    const run = await customer(rep1, { phone: '+12345678' });
    const short = await customer(rep1, { phone: '+86 135790' });
    const fine = await customer(rep1, { phone: '138 0013 9001', region: '杭州', industry: '制造' });
    expect(await openRules(use(), rep1, run.id)).toEqual(['Q1:phone']);
    expect(await openRules(use(), rep1, short.id)).toEqual(['Q1:phone']);
    expect(await openRules(use(), rep1, fine.id)).toEqual([]);
    // The API refuses 11111111111 and 12345678 as phones outright; the bulk run covers imports.
    expect(
      (await send(rep1, 'POST', '/api/v1/customers', { name: '某厂', phone: '11111111111' }))
        .statusCode,
    ).toBe(400);

    const fixed = await send(rep1, 'PATCH', `/api/v1/customers/${c.id}`, {
      version: c.version,
      industry: '机械制造',
    });
    expect(fixed.statusCode).toBe(200);
    expect(await openRules(use(), rep1, c.id)).toEqual([
      'Q1:name',
      'Q1:phone',
      'Q1:region',
      'Q1:source',
    ]);
    const resolved = (await flagsOn(use(), rep1, c.id)).find((f) => f.field === 'industry');
    expect(resolved).toMatchObject({ status: 'cleared', clearedBy: null, clearedReason: 'fixed' });

    const lead = await created(rep1, '/api/v1/leads', {
      company: '宁波海曙某某贸易',
      contactName: 'n/a',
      requirement: '测试',
      phone: '13900139000',
    });
    expect(await openRules(use(), rep1, lead.id)).toEqual(['Q1:contact_name', 'Q1:requirement']);
  });

  it('Q2 flags the later customer with the same normalised phone or name, and re-decides when the earlier one goes', async () => {
    const first = await customer(rep1, {
      name: '杭州云帆科技有限公司',
      phone: '+86 138-0013-8000',
    });
    const byPhone = await customer(rep2, { name: '云帆华东办事处', phone: '13800138000' });
    const byName = await customer(rep1, { name: '杭州云帆科技', phone: '13700137000' });
    const other = await customer(rep1, { name: '杭州云帆物流', phone: '13600136000' });
    expect(await openRules(use(), admin, first.id)).toEqual([]);
    expect(await openRules(use(), admin, other.id)).toEqual([]);
    const [phoneFlag] = await flagsOn(use(), admin, byPhone.id);
    expect(phoneFlag).toMatchObject({
      rule: 'Q2',
      status: 'open',
      userId: org.users.rep2.id,
      detail: { duplicateOf: first.id, by: 'phone' },
    });
    expect((await flagsOn(use(), admin, byName.id))[0]?.detail).toEqual({
      duplicateOf: first.id,
      by: 'name',
    });

    const gone = await send(
      rep1,
      'DELETE',
      `/api/v1/customers/${first.id}?version=${first.version}`,
    );
    expect(gone.statusCode).toBe(204);
    expect(await openRules(use(), admin, byPhone.id)).toEqual([]);
    expect(await openRules(use(), admin, byName.id)).toEqual([]);

    const lead1 = await created(rep1, '/api/v1/leads', { company: 'Acme Robotics Co., Ltd.' });
    const lead2 = await created(rep1, '/api/v1/leads', { company: 'ACME robotics' });
    expect(await openRules(use(), rep1, lead1.id)).toEqual([]);
    expect(await openRules(use(), rep1, lead2.id)).toEqual(['Q2']);
  });

  it('Q2 on creation decides again the records created after the new one (a clock set back)', async () => {
    const phone = '13655556666';
    clockAt('2026-05-10T02:00:00.000Z');
    const later = await customer(rep1, { phone });
    clockAt('2026-05-10T01:00:00.000Z');
    const earlier = await customer(rep2, { phone });
    expect(await openRules(use(), admin, earlier.id)).toEqual([]);
    expect((await flagsOn(use(), admin, later.id))[0]).toMatchObject({
      rule: 'Q2',
      status: 'open',
      detail: { duplicateOf: earlier.id, by: 'phone' },
    });
    clockAt('2026-05-10T03:00:00.000Z');
    const third = await customer(rep1, { phone });
    expect((await flagsOn(use(), admin, third.id))[0]?.detail).toEqual({
      duplicateOf: earlier.id,
      by: 'phone',
    });
    expect((await flagsOn(use(), admin, later.id))[0]?.detail).toEqual({
      duplicateOf: earlier.id,
      by: 'phone',
    });
  });

  it('Q3 makes content under 10 characters (a CJK character counts 1) invalid, and 10 is enough', async () => {
    const c = await customer(rep1, {});
    const nine = await activity(rep1, c.id, { content: '客户确认下周来访问' });
    const ten = await activity(rep1, c.id, { content: '客户确认了下周来访问' });
    expect(nine.valid).toBe(false);
    expect(await openRules(use(), rep1, nine.id)).toEqual(['Q3']);
    expect(ten.valid).toBe(true);
    expect(await openRules(use(), rep1, ten.id)).toEqual([]);
    const longer = await send(rep1, 'PATCH', `/api/v1/activities/${nine.id}`, {
      content: '客户确认下周来访问，带技术负责人',
    });
    expect(longer.json().valid).toBe(true);
    expect(await openRules(use(), rep1, nine.id)).toEqual([]);
  });

  it('Q4 invalidates the same normalised text recorded within 168 h (exactly 168 h included), not just beyond', async () => {
    const t0 = '2026-02-02T02:00:00.000Z';
    clockAt(t0);
    const c = await customer(rep2, {});
    const textA = '演示了报价方案，客户要求再降五个点';
    const textB = '走访客户仓库，确认了安装场地和电源';
    const a = await activity(rep2, c.id, { content: textA });
    const b = await activity(rep2, c.id, { content: textB });
    clockAt(at(t0, 168 * HOUR));
    const exactA = await activity(rep2, c.id, { content: `\n  ${textA}  ` });
    expect(exactA.valid).toBe(false);
    expect((await flagsOn(use(), rep2, exactA.id))[0]).toMatchObject({
      rule: 'Q4',
      detail: { copyOf: a.id },
    });
    clockAt(at(t0, 168 * HOUR + 1000));
    const lateB = await activity(rep2, c.id, { content: textB.toUpperCase() });
    expect(lateB.valid).toBe(true);
    expect(await openRules(use(), rep2, lateB.id)).toEqual([]);
    expect(await openRules(use(), rep2, b.id)).toEqual([]);
  });

  it('Q4 decides the later copies again when the original is edited or deleted, whatever came between', async () => {
    const t0 = '2026-05-04T02:00:00.000Z';
    clockAt(t0);
    const c = await customer(rep2, {});
    const validOf = async (id: string) =>
      (await use().request({ method: 'GET', url: `/api/v1/activities/${id}`, as: rep2 })).json()
        .valid as boolean;
    const textA = '确认了二期采购清单，下周提交技术方案';
    const textC = '客户财务要求分三期付款，已转给法务';
    const original = await activity(rep2, c.id, { content: textA });
    // Other texts in between: the lookup goes by text, not by everything the author wrote.
    for (let i = 0; i < 12; i += 1) {
      clockAt(at(t0, (i + 1) * 60_000));
      await activity(rep2, c.id);
    }
    clockAt(at(t0, 2 * HOUR));
    const copy = await activity(rep2, c.id, { content: textA });
    expect(copy.valid).toBe(false);
    // The original now says something else: the copy is the first of its text.
    clockAt(at(t0, 3 * HOUR));
    const edited = await send(rep2, 'PATCH', `/api/v1/activities/${original.id}`, {
      content: textC,
    });
    expect(edited.statusCode).toBe(200);
    expect(await validOf(copy.id)).toBe(true);
    expect(await openRules(use(), rep2, copy.id)).toEqual([]);
    const copyOfEdited = await activity(rep2, c.id, { content: ` ${textC.toUpperCase()} ` });
    expect(copyOfEdited.valid).toBe(false);
    expect((await flagsOn(use(), rep2, copyOfEdited.id))[0]?.detail).toMatchObject({
      copyOf: original.id,
    });
    // Deleted, the original no longer makes its copy invalid.
    clockAt(at(t0, 4 * HOUR));
    expect((await send(rep2, 'DELETE', `/api/v1/activities/${original.id}`)).statusCode).toBe(204);
    expect(await validOf(copyOfEdited.id)).toBe(true);
  });

  it('Q4 finds a copy of an activity stored without its content key', async () => {
    const t0 = '2026-05-20T02:00:00.000Z';
    clockAt(t0);
    const c = await customer(rep2, {});
    const text = '回访了售后问题，备件已寄出等待签收';
    await use()
      .db.kysely.insertInto('activities')
      .values({
        id: 'unkeyed-activity',
        type: 'call',
        recordType: 'customer',
        recordId: c.id,
        customerId: c.id,
        content: text,
        occurredAt: t0,
        recordedAt: t0,
        actorId: org.users.rep2.id,
        ownerId: org.users.rep2.id,
        valid: 1,
        timely: 1,
        planId: null,
        deletedAt: null,
        importJobId: null,
      })
      .execute();
    clockAt(at(t0, HOUR));
    const copy = await activity(rep2, c.id, { content: text });
    expect(copy.valid).toBe(false);
    expect((await flagsOn(use(), rep2, copy.id))[0]?.detail).toMatchObject({
      copyOf: 'unkeyed-activity',
    });
  });

  it('Q5 flags every activity of a run far longer than a window, each as it is logged', async () => {
    const t1 = '2026-06-01T01:00:00.000Z';
    const c = await customer(rep1, {});
    const ids: string[] = [];
    // 45 entries 8 s apart: six minutes, one window; the checks read at most 19 of them each side.
    for (let i = 0; i < 45; i += 1) {
      clockAt(at(t1, i * 8_000));
      ids.push((await activity(rep1, c.id)).id);
    }
    for (const id of ids) expect(await openRules(use(), rep1, id)).toEqual(['Q5']);
  });

  it('Q5 flags all of ≥ 10 activities created within 10 minutes, and not 9; they stay valid', async () => {
    const t1 = '2026-01-12T01:00:00.000Z';
    clockAt(t1);
    const c = await customer(rep3, {});
    const ids: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      clockAt(at(t1, i * 60_000));
      ids.push((await activity(rep3, c.id)).id);
    }
    for (const id of ids) expect(await openRules(use(), rep3, id)).toEqual([]);
    clockAt(at(t1, 9 * 60_000 + 59_000));
    const tenth = await activity(rep3, c.id);
    expect(tenth.valid).toBe(true);
    for (const id of [...ids, tenth.id]) expect(await openRules(use(), rep3, id)).toEqual(['Q5']);
    const [flag] = await flagsOn(use(), rep3, tenth.id);
    expect(flag?.detail).toMatchObject({ count: 10 });
  });

  it('Q6 flags an activity recorded more than 72 h after it occurred (72 h exactly is not), and keeps it valid', async () => {
    const now = '2026-01-20T08:00:00.000Z';
    clockAt(now);
    const c = await customer(rep3, {});
    const exactly = await activity(rep3, c.id, { occurredAt: at(now, -72 * HOUR) });
    const beyond = await activity(rep3, c.id, { occurredAt: at(now, -72 * HOUR - 1000) });
    expect(await openRules(use(), rep3, exactly.id)).toEqual([]);
    expect(await openRules(use(), rep3, beyond.id)).toEqual(['Q6']);
    expect(beyond.valid).toBe(true);
  });

  it('Q7 flags the user once they deleted 5 records within 24 h of creating them in a month', async () => {
    const c = await customer(rep2, {});
    const userFlags = async () =>
      (await flagsOn(use(), admin, org.users.rep2.id)).filter((f) => f.rule === 'Q7');
    for (let i = 0; i < 5; i += 1) {
      expect(await userFlags()).toEqual([]);
      const a = await activity(rep2, c.id);
      expect((await send(rep2, 'DELETE', `/api/v1/activities/${a.id}`)).statusCode).toBe(204);
    }
    const flags = await userFlags();
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ entity: 'user', userId: org.users.rep2.id, status: 'open' });
    expect(flags[0]?.detail).toMatchObject({ count: 5 });
  });
});
