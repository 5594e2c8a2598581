import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { insertPlan } from '../support/metric-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

const HOUR = 3_600_000;

// METRICS.md: a plan settles 24 h after its due time; then its due time and owner are fixed, and no
// plan is written or moved to a due time whose window is over.
describeEngines('follow-up plans settle when their window closes', (use) => {
  let org: Org;
  let rep1: string;
  let lead: string;
  let customerId: string;
  /** The clock of each test: a whole second near the real time, so that sessions stay valid. */
  let clock: number;
  const at = (offset: number) => new Date(clock + offset).toISOString();

  const request = (as: string, method: 'POST' | 'PATCH', url: string, payload: object) =>
    use().request({ method, url, as, payload });
  const plansOnCustomer = async () =>
    (
      await use()
        .db.kysely.selectFrom('followUpPlans')
        .select(['id', 'ownerId', 'dueAt', 'note'])
        .where('recordId', '=', customerId)
        .orderBy('id')
        .execute()
    ).map((plan) => ({ ...plan, dueAt: new Date(plan.dueAt).toISOString() }));
  const activitiesOnCustomer = async () =>
    (
      await use()
        .db.kysely.selectFrom('activities')
        .select('id')
        .where('customerId', '=', customerId)
        .execute()
    ).length;
  const planDue = (dueAt: string) =>
    insertPlan(use().db, {
      ownerId: org.users.rep1.id,
      dueAt,
      record: { type: 'customer', id: customerId },
      customerId,
    });
  const versionOf = async (id: string) =>
    (
      await use()
        .db.kysely.selectFrom('followUpPlans')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).version;
  const refusal = (response: { statusCode: number; json: () => unknown }) => {
    const body = response.json() as { error: { code: string; details: object[] } };
    return { status: response.statusCode, code: body.error.code, details: body.error.details };
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    customerId = (
      await request(rep1, 'POST', '/api/v1/customers', { name: '计划结算测试客户' })
    ).json().id;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const freezeClock = () => {
    clock = Math.floor(Date.now() / 1000) * 1000;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(clock);
  };

  it('takes a new plan due up to 24 hours ago, that instant included, and refuses an older one', async () => {
    freezeClock();
    const before = await plansOnCustomer();
    const plan = (dueAt: string) =>
      request(rep1, 'POST', '/api/v1/plans', {
        recordType: 'customer',
        recordId: customerId,
        dueAt,
      });

    const tooOld = await plan(at(-24 * HOUR - 1));
    expect(refusal(tooOld)).toMatchObject({
      status: 400,
      code: 'validation_failed',
      details: [{ path: 'dueAt', code: 'plan_window_closed' }],
    });
    expect(await plansOnCustomer()).toEqual(before);

    const lastInstant = await plan(at(-24 * HOUR));
    expect(lastInstant.statusCode).toBe(201);
    expect(new Date(lastInstant.json().dueAt).toISOString()).toBe(at(-24 * HOUR));
  });

  it("refuses an activity's next follow-up whose window is over, and writes neither", async () => {
    freezeClock();
    const [plans, activities] = [await plansOnCustomer(), await activitiesOnCustomer()];
    const logged = await request(rep1, 'POST', '/api/v1/activities', {
      type: 'call',
      recordType: 'customer',
      recordId: customerId,
      content: '电话确认了报价，约定下次回访',
      occurredAt: at(-HOUR),
      nextFollowUp: { dueAt: at(-30 * HOUR) },
    });
    expect(refusal(logged)).toMatchObject({
      status: 400,
      details: [{ path: 'nextFollowUp.dueAt', code: 'plan_window_closed' }],
    });
    expect([await plansOnCustomer(), await activitiesOnCustomer()]).toEqual([plans, activities]);
  });

  it("keeps a settled plan's due time and owner, and still takes a new note", async () => {
    freezeClock();
    const id = await planDue(at(-24 * HOUR - 1000));
    const stored = (await plansOnCustomer()).find((plan) => plan.id === id);
    const patch = async (as: string, change: object) =>
      request(as, 'PATCH', `/api/v1/plans/${id}`, { version: await versionOf(id), ...change });

    expect(refusal(await patch(rep1, { dueAt: at(2 * 24 * HOUR) }))).toMatchObject({
      status: 400,
      details: [{ path: 'dueAt', code: 'plan_settled' }],
    });
    expect(refusal(await patch(lead, { ownerId: org.users.rep2.id }))).toMatchObject({
      status: 400,
      details: [{ path: 'ownerId', code: 'plan_settled' }],
    });
    expect((await plansOnCustomer()).find((plan) => plan.id === id)).toEqual(stored);

    // The same due time and owner sent back with a new note change nothing that counts.
    const noted = await patch(rep1, {
      dueAt: stored?.dueAt,
      ownerId: org.users.rep1.id,
      note: '客户出差，改为邮件跟进',
    });
    expect(noted.statusCode).toBe(200);
    expect((await plansOnCustomer()).find((plan) => plan.id === id)).toEqual({
      ...stored,
      note: '客户出差，改为邮件跟进',
    });
  });

  it('moves and reassigns a plan whose window is still open, but not into a window that is over', async () => {
    freezeClock();
    const id = await planDue(at(-24 * HOUR));
    const patch = async (as: string, change: object) =>
      request(as, 'PATCH', `/api/v1/plans/${id}`, { version: await versionOf(id), ...change });

    expect(refusal(await patch(rep1, { dueAt: at(-25 * HOUR) }))).toMatchObject({
      status: 400,
      details: [{ path: 'dueAt', code: 'plan_window_closed' }],
    });
    expect((await patch(lead, { ownerId: org.users.rep2.id })).statusCode).toBe(200);
    expect((await patch(lead, { dueAt: at(3 * 24 * HOUR) })).statusCode).toBe(200);
    expect((await plansOnCustomer()).find((plan) => plan.id === id)).toMatchObject({
      ownerId: org.users.rep2.id,
      dueAt: at(3 * 24 * HOUR),
    });
  });
});
