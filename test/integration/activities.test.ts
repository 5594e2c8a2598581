import { beforeAll, expect, it } from 'vitest';
import { insertOpportunity } from '../support/crm-rows.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { historyEntries } from '../support/history-rows.js';
import { insertPlan } from '../support/metric-fixtures.js';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const hoursAhead = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const CONTENT = '电话沟通了续约方案，客户下周给答复';
// Each activity says something new: repeating one text within 168 h is copy-paste (Q4, invalid).
let written = 0;
const freshContent = () => `${CONTENT}（第 ${++written} 次）`;

describeEngines('activities and follow-up plans', (use) => {
  let org: Org;
  let rep1: string;
  let rep2: string;
  let lead: string;
  let customerId: string;

  const post = (as: string, url: string, payload: object) =>
    use().request({ method: 'POST', url, as, payload });
  const get = (as: string, url: string) => use().request({ method: 'GET', url, as });
  const activity = (as: string, extra: object = {}) =>
    post(as, '/api/v1/activities', {
      type: 'call',
      recordType: 'customer',
      recordId: customerId,
      content: freshContent(),
      occurredAt: hoursAgo(2),
      ...extra,
    });
  const customerRow = () =>
    use()
      .db.kysely.selectFrom('customers')
      .selectAll()
      .where('id', '=', customerId)
      .executeTakeFirstOrThrow();
  const historyOf = async (as: string, url: string) =>
    (await get(as, url)).json().items as {
      action: string;
      field: string | null;
      newValue: string | null;
    }[];

  beforeAll(async () => {
    org = await buildOrg(use().db);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    rep2 = await use().login('rep2@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    customerId = (await post(rep1, '/api/v1/customers', { name: '华东精工' })).json().id;
  });

  it('records an activity with server-side facts, keeps the last follow-up in step, and logs every change', async () => {
    const occurredAt = hoursAgo(2);
    const created = await activity(rep1, { occurredAt });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      recordType: 'customer',
      customerId,
      actorId: org.users.rep1.id,
      ownerId: org.users.rep1.id,
      valid: true,
      timely: true,
      occurredAt,
      access: 'write',
    });
    const stored = await use()
      .db.kysely.selectFrom('activities')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(Date.parse(stored.recordedAt)).toBeGreaterThan(Date.parse(occurredAt));
    expect(stored).toMatchObject({ valid: 1, timely: 1, ownerId: org.users.rep1.id, customerId });
    expect((await customerRow()).lastFollowUpAt).toBe(occurredAt);

    const thin = await use().request({
      method: 'PATCH',
      url: `/api/v1/activities/${body.id}`,
      as: rep1,
      payload: { content: '好的' },
    });
    expect(thin.statusCode).toBe(200);
    expect(thin.json()).toMatchObject({ valid: false, content: '好的' });
    expect((await customerRow()).lastFollowUpAt).toBeNull();

    const listed = await get(rep1, `/api/v1/activities?recordType=customer&recordId=${customerId}`);
    expect(listed.json().items.map((a: { id: string }) => a.id)).toContain(body.id);

    expect(
      (await use().request({ method: 'DELETE', url: `/api/v1/activities/${body.id}`, as: rep1 }))
        .statusCode,
    ).toBe(204);
    expect((await get(rep1, `/api/v1/activities/${body.id}`)).statusCode).toBe(404);
    const rows = await historyEntries(use().db, { entity: 'activity', entityId: body.id });
    expect(new Set(rows.map((r) => r.action))).toEqual(new Set(['create', 'update', 'delete']));
    expect(rows).toContainEqual(
      expect.objectContaining({ action: 'update', field: 'valid', oldValue: '1', newValue: '0' }),
    );
  });

  it('refuses an occurred time in the future with the field path, and marks late entries untimely', async () => {
    const future = await activity(rep1, { occurredAt: hoursAhead(2) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0].path).toBe('occurredAt');
    const late = await activity(rep1, { occurredAt: hoursAgo(30) });
    expect(late.statusCode).toBe(201);
    expect(late.json().timely).toBe(false);
  });

  it("hides records outside scope (404), lets a manager log on a report's customer, and keeps edits to the author (403)", async () => {
    expect((await activity(rep2)).statusCode).toBe(404);
    const byLead = await activity(lead);
    expect(byLead.statusCode).toBe(201);
    expect(byLead.json()).toMatchObject({ actorId: org.users.lead.id, ownerId: org.users.rep1.id });
    const seen = await get(rep1, `/api/v1/activities/${byLead.json().id}`);
    expect(seen.json().access).toBe('read');
    const edit = await use().request({
      method: 'PATCH',
      url: `/api/v1/activities/${byLead.json().id}`,
      as: rep1,
      payload: { content: 'rewritten by someone else' },
    });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().error.code).toBe('not_activity_author');
    expect((await get(rep2, `/api/v1/activities/${byLead.json().id}`)).statusCode).toBe(404);
    const rep2List = await get(rep2, '/api/v1/activities');
    expect(rep2List.json().total).toBe(0);
  });

  it("completes the owner's plans due within 24 h of the activity, and not those outside the window", async () => {
    const dueNear = hoursAgo(20);
    const near = (
      await post(rep1, '/api/v1/plans', {
        recordType: 'customer',
        recordId: customerId,
        dueAt: dueNear,
        note: 'call back',
      })
    ).json();
    const far = (
      await post(rep1, '/api/v1/plans', {
        recordType: 'customer',
        recordId: customerId,
        dueAt: hoursAhead(72),
      })
    ).json();
    const thin = await activity(rep1, { content: '已联系', occurredAt: hoursAgo(1) });
    expect(thin.json().completedPlanIds).toEqual([]);
    const occurredAt = hoursAgo(1);
    const done = await activity(rep1, { occurredAt });
    expect(done.json().completedPlanIds).toEqual([near.id]);
    const nearNow = (await get(rep1, `/api/v1/plans/${near.id}`)).json();
    expect(nearNow).toMatchObject({
      status: 'completed',
      completedAt: occurredAt,
      completedByActivityId: done.json().id,
      version: 2,
    });
    expect((await get(rep1, `/api/v1/plans/${far.id}`)).json().status).toBe('open');
    const history = await historyOf(rep1, `/api/v1/plans/${near.id}/history`);
    expect(history).toContainEqual(
      expect.objectContaining({
        action: 'update',
        field: 'completedByActivityId',
        newValue: done.json().id,
      }),
    );

    // A named plan is completed whatever its due time.
    const named = await activity(rep1, { planId: far.id });
    expect(named.json().completedPlanIds).toEqual([far.id]);
    expect((await get(rep1, `/api/v1/plans/${far.id}`)).json().status).toBe('completed');
  });

  it('creates the next follow-up with the activity in one transaction', async () => {
    const dueAt = hoursAhead(48);
    const created = await activity(rep1, { nextFollowUp: { dueAt, note: '发报价' } });
    expect(created.statusCode).toBe(201);
    const plan = created.json().nextFollowUp;
    expect(plan).toMatchObject({
      recordType: 'customer',
      recordId: customerId,
      ownerId: org.users.rep1.id,
      dueAt,
      note: '发报价',
      status: 'open',
    });

    const count = async () =>
      Number(
        (
          await use()
            .db.kysely.selectFrom('activities')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const plans = async () =>
      Number(
        (
          await use()
            .db.kysely.selectFrom('followUpPlans')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const [before, plansBefore] = [await count(), await plans()];
    // The named plan does not exist, which is found only after the activity row is written: all of it rolls back.
    const failed = await activity(rep1, { planId: 'no-such-plan', nextFollowUp: { dueAt } });
    expect(failed.statusCode).toBe(404);
    expect([await count(), await plans()]).toEqual([before, plansBefore]);
  });

  it('lists the workbench tabs in org-zone days', async () => {
    const customer = (await post(rep2, '/api/v1/customers', { name: 'Workbench Ltd' })).json().id;
    const make = (dueAt: string) =>
      post(rep2, '/api/v1/plans', { recordType: 'customer', recordId: customer, dueAt });
    // Three days overdue: its window is over, so only time passing makes such a plan, not the API.
    const overdue = await insertPlan(use().db, {
      ownerId: org.users.rep2.id,
      dueAt: hoursAgo(24 * 3),
      record: { type: 'customer', id: customer },
      customerId: customer,
    });
    const upcoming = (await make(hoursAhead(24 * 3))).json().id;
    const ids = async (scope: string) =>
      (await get(rep2, `/api/v1/plans?scope=${scope}`))
        .json()
        .items.map((p: { id: string }) => p.id);
    expect(await ids('overdue')).toEqual([overdue]);
    expect(await ids('upcoming')).toEqual([upcoming]);
    expect(await ids('today')).toEqual([]);
    const cancel = await use().request({
      method: 'DELETE',
      url: `/api/v1/plans/${upcoming}?version=1`,
      as: rep2,
    });
    expect(cancel.statusCode).toBe(204);
    expect(await ids('upcoming')).toEqual([]);
    expect((await get(rep1, `/api/v1/plans/${overdue}`)).statusCode).toBe(404);
  });

  it('links an opportunity activity to its customer and touches the opportunity', async () => {
    const { id: opportunityId } = await insertOpportunity(use().db, {
      customerId,
      ownerId: org.users.rep1.id,
      name: 'Renewal 2026',
    });
    const occurredAt = hoursAgo(3);
    const created = await activity(rep1, {
      recordType: 'opportunity',
      recordId: opportunityId,
      type: 'meeting',
      occurredAt,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      recordType: 'opportunity',
      customerId,
      ownerId: org.users.rep1.id,
    });
    const opportunity = await use()
      .db.kysely.selectFrom('opportunities')
      .select('lastTouchedAt')
      .where('id', '=', opportunityId)
      .executeTakeFirstOrThrow();
    expect(opportunity.lastTouchedAt).toBe(occurredAt);
    expect(
      (await activity(rep2, { recordType: 'opportunity', recordId: opportunityId })).statusCode,
    ).toBe(404);
  });

  it('tells the writer which data-quality rules the new activity breaks, and so whether it counts', async () => {
    const own = (await post(rep2, '/api/v1/customers', { name: '西湖仪表' })).json().id;
    const log = (content: string, occurredAt = hoursAgo(1)) =>
      post(rep2, '/api/v1/activities', {
        type: 'visit',
        recordType: 'customer',
        recordId: own,
        content,
        occurredAt,
      });
    const text = freshContent();
    const clean = (await log(text)).json();
    expect(clean).toMatchObject({ valid: true, timely: true, qualityFlags: [] });
    // Q3: 2 characters, under the 10 of the rule.
    const thin = (await log('好的')).json();
    expect(thin).toMatchObject({ valid: false, qualityFlags: [{ rule: 'Q3' }] });
    // Q4: the same text again, within 168 h; the detail names the earlier activity.
    const copy = (await log(text)).json();
    expect(copy.valid).toBe(false);
    expect(copy.qualityFlags).toHaveLength(1);
    expect(copy.qualityFlags[0].rule).toBe('Q4');
    expect(JSON.stringify(copy.qualityFlags[0].detail)).toContain(clean.id);
    // Q6: recorded 80 h after it happened — still counts, but late and flagged for review.
    const backfilled = (await log(freshContent(), hoursAgo(80))).json();
    expect(backfilled).toMatchObject({ valid: true, timely: false });
    expect(backfilled.qualityFlags).toMatchObject([{ rule: 'Q6' }]);
  });
});
