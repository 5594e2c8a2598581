import { beforeAll, expect, it } from 'vitest';
import { orgDay } from '../../src/domain/time/org-day.js';
import { newId } from '../../src/platform/ids.js';
import { call } from '../support/crm-fixture.js';
import { insertOpportunity } from '../support/crm-rows.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

const HOUR = 3600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const dayAgo = (days: number) => orgDay(new Date(Date.now() - days * 24 * HOUR), 'Asia/Shanghai');

describeEngines('customer timeline', (use) => {
  let org: Org;
  let rep1: string;
  let customerId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    org = await buildOrg(use().db);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    const create = async (name: string) =>
      (
        await use().request({
          method: 'POST',
          url: '/api/v1/customers',
          as: rep1,
          payload: { name },
        })
      ).json().id as string;
    customerId = await create('时间线客户');
    const otherCustomer = await create('Someone Else Ltd');
    const db = use().db.kysely;
    const rep = org.users.rep1.id;
    const audit = { createdBy: rep, createdAt: ago(0), updatedAt: ago(0), deletedAt: null };

    const activity = await use().request({
      method: 'POST',
      url: '/api/v1/activities',
      as: rep1,
      payload: {
        type: 'visit',
        recordType: 'customer',
        recordId: customerId,
        content: '上门拜访，演示了新版本',
        occurredAt: ago(5 * HOUR),
      },
    });
    ids.activity = activity.json().id;
    await use().request({
      method: 'POST',
      url: '/api/v1/activities',
      as: rep1,
      payload: {
        type: 'call',
        recordType: 'customer',
        recordId: otherCustomer,
        content: 'not on this timeline at all',
        occurredAt: ago(HOUR),
      },
    });

    const { id: opportunityId, stageId } = await insertOpportunity(use().db, {
      customerId,
      ownerId: rep,
      name: 'ERP rollout',
      amountCents: 5_000_000,
    });
    ids.stage_change = newId();
    await db
      .insertInto('stageChanges')
      .values({
        id: ids.stage_change,
        opportunityId,
        fromStageId: null,
        toStageId: stageId,
        fromStatus: null,
        toStatus: 'open',
        effectiveAt: ago(60 * HOUR),
        recordedAt: ago(60 * HOUR),
        actorId: rep,
        ownerId: rep,
        reason: null,
        timely: 1,
      })
      .execute();

    ids.contract = newId();
    await db
      .insertInto('contracts')
      .values({
        id: ids.contract,
        customerId,
        opportunityId,
        number: 'HT-001',
        title: 'ERP licence',
        amountCents: 4_000_000,
        currency: 'CNY',
        signedOn: dayAgo(4),
        startOn: null,
        endOn: null,
        renewalOf: null,
        ownerId: rep,
        paidCents: 0,
        fullyPaidOn: null,
        ...audit,
      })
      .execute();
    ids.payment = newId();
    await db
      .insertInto('payments')
      .values({
        id: ids.payment,
        contractId: ids.contract,
        planId: null,
        amountCents: 1_000_000,
        receivedOn: dayAgo(1),
        recordedAt: ago(0),
        method: 'bank',
        ownerId: rep,
        timely: 1,
        ...audit,
      })
      .execute();
    ids.ticket = newId();
    await db
      .insertInto('tickets')
      .values({
        id: ids.ticket,
        customerId,
        contactId: null,
        title: '登录失败',
        description: null,
        priority: 'high',
        status: 'open',
        assigneeId: null,
        firstResponseAt: null,
        resolvedAt: null,
        resolvedBy: null,
        rating: null,
        ratingComment: null,
        ...audit,
        createdAt: ago(HOUR),
      })
      .execute();
    ids.feedback = newId();
    await db
      .insertInto('feedback')
      .values({
        id: ids.feedback,
        title: 'Export to Excel',
        content: 'wants xlsx export',
        reporterId: rep,
        ticketId: null,
        customerId,
        status: 'new',
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        ...audit,
        createdAt: ago(240 * HOUR),
      })
      .execute();
  });

  it('merges every kind by time, newest first, and pages over the merge', async () => {
    const page = await use().request({
      method: 'GET',
      url: `/api/v1/customers/${customerId}/timeline?pageSize=50`,
      as: rep1,
    });
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.total).toBe(6);
    expect(body.items.map((i: { kind: string }) => i.kind)).toEqual([
      'ticket',
      'activity',
      'payment',
      'stage_change',
      'contract',
      'feedback',
    ]);
    expect(body.items.map((i: { id: string }) => i.id)).toEqual(
      ['ticket', 'activity', 'payment', 'stage_change', 'contract', 'feedback'].map((k) => ids[k]),
    );
    expect(body.items[2]).toMatchObject({
      kind: 'payment',
      allDay: true,
      amountCents: 1_000_000,
      currency: 'CNY',
      title: 'ERP licence',
      refId: ids.contract,
    });
    expect(body.items[1]).toMatchObject({
      kind: 'activity',
      actorId: org.users.rep1.id,
      summary: '上门拜访，演示了新版本',
    });

    const second = (
      await use().request({
        method: 'GET',
        url: `/api/v1/customers/${customerId}/timeline?page=2&pageSize=2`,
        as: rep1,
      })
    ).json();
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect(second.items.map((i: { kind: string }) => i.kind)).toEqual(['payment', 'stage_change']);
  });

  it('counts every live event of a kind and pages past the newest of each', async () => {
    const older: string[] = [];
    for (const hours of [300, 301, 302]) {
      const posted = await call(use(), rep1, 'POST', '/api/v1/activities', 201, {
        type: 'call',
        recordType: 'customer',
        recordId: customerId,
        content: `${hours} 小时前的电话回访，确认了报价`,
        occurredAt: ago(hours * HOUR),
      });
      older.push(posted.id);
    }
    await call(use(), rep1, 'DELETE', `/api/v1/activities/${older[1]}`, 204);

    const url = `/api/v1/customers/${customerId}/timeline?page=4&pageSize=2`;
    const last = await call(use(), rep1, 'GET', url, 200);
    // The six of the fixture, then the two older calls still live, oldest last.
    expect(last.total).toBe(8);
    expect(last.items.map((i: { id: string }) => i.id)).toEqual([older[0], older[2]]);
  });

  it('is as private as the customer', async () => {
    const rep2 = await use().login('rep2@example.com', PASSWORD);
    expect(
      (
        await use().request({
          method: 'GET',
          url: `/api/v1/customers/${customerId}/timeline`,
          as: rep2,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('records a usage event when a customer is opened', async () => {
    expect(
      (await use().request({ method: 'GET', url: `/api/v1/customers/${customerId}`, as: rep1 }))
        .statusCode,
    ).toBe(200);
    await use().app.usage.flush();
    const events = await use()
      .db.kysely.selectFrom('usageEvents')
      .selectAll()
      .where('recordId', '=', customerId)
      .execute();
    expect(events).toEqual([
      expect.objectContaining({
        userId: org.users.rep1.id,
        kind: 'customer_view',
        entity: 'customer',
        day: orgDay(new Date(), 'Asia/Shanghai'),
      }),
    ]);
  });
});
