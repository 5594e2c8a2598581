import { afterAll, beforeAll, expect, it } from 'vitest';
import { runPeriodicJob, type PeriodicJob } from '../../src/jobs/periodic-job.js';
import { openDb } from '../../src/db/engine.js';
import { dispatchDeliveries } from '../../src/modules/notifications/notification-dispatcher.service.js';
import { produceNotifications } from '../../src/modules/notifications/notification-producers.service.js';
import { describeEngines } from '../support/describe-engines.js';
import { TEST_PG_URL } from '../support/engines.js';
import { TEST_NOW, setNow } from '../support/fixed-clock.js';
import {
  insertCustomer,
  insertOpportunity,
  insertPlan,
  insertQualityFlag,
  insertStage,
} from '../support/metric-fixtures.js';
import {
  startSmtpReceiver,
  startWebhookReceiver,
  type ReceivedMail,
} from '../support/notification-receivers.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

const ZONE = 'Asia/Shanghai';
const DINGTALK_SECRET = 'SEC-dingtalk-signing-secret-0123';
const SMTP_PASSWORD = 'smtp-password-0123';
const at = (iso: string) => new Date(iso);
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000);

/** The decoded Subject header of a raw mail (nodemailer encodes non-ASCII as encoded words). */
function subjectOf(mail: ReceivedMail): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(mail.raw)?.[1] ?? '';
  return header
    .replace(/\r\n[ \t]/g, '')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/gi, (_m, b64: string) =>
      Buffer.from(b64, 'base64').toString('utf8'),
    )
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=\s*/gi, (_m, q: string) =>
      Buffer.from(q.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1'), 'latin1')
        .toString()
        .replace(/%([0-9A-F]{2})/gi, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    );
}

describeEngines('notifications', (use, engine) => {
  let org: Org;
  let admin: string, rep1: string, rep2: string;
  let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  let customerId: string;
  let openStage: string;

  const inbox = async (cookie: string, language = 'en') =>
    (
      await use().request({
        method: 'GET',
        url: '/api/v1/notifications?pageSize=50',
        as: cookie,
        headers: { 'accept-language': language },
      })
    ).json() as Promise<{
      items: {
        id: string;
        kind: string;
        title: string;
        body: string;
        link: string;
        readAt: string | null;
      }[];
      total: number;
      unread: number;
    }>;
  const deliveries = async (query = '') => {
    const response = await use().request({
      method: 'GET',
      url: `/api/v1/notifications/deliveries?pageSize=100${query}`,
      as: admin,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as {
      channel: string;
      status: string;
      attempts: number;
      nextAttemptAt: string | null;
      lastError: string | null;
      recipientId: string;
    }[];
  };
  const flagOn = async (userId: string, createdAt: string, rule: 'Q2' | 'Q3' | 'Q5' = 'Q2') => {
    const id = await insertCustomer(use().db, {
      owners: [{ ownerId: userId, from: '2026-01-01T00:00:00Z' }],
    });
    await insertQualityFlag(use().db, {
      rule,
      entity: 'customer',
      recordId: id,
      userId,
      status: 'open',
      createdAt,
    });
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    // Everyone has been with the company since 2025, so October 2026 is a full month for all.
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    await use()
      .db.kysely.updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', org.users.rep2.id)
      .execute();
    admin = await use().login('admin@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    rep2 = await use().login('rep2@example.com', PASSWORD);
    hooks = await startWebhookReceiver(DINGTALK_SECRET);
    smtp = await startSmtpReceiver();
    customerId = await insertCustomer(use().db, {
      owners: [{ ownerId: org.users.rep1.id, from: '2026-01-01T00:00:00Z' }],
    });
    openStage = await insertStage(use().db, 'open');
  });
  afterAll(async () => {
    await hooks.close();
    await smtp.close();
  });

  it('notifies each due plan, overdue plan, stale opportunity and flag once, however often the producers run', async () => {
    const record = { type: 'customer' as const, id: customerId };
    const rep = org.users.rep1.id;
    // TEST_NOW is 02:00Z on 18 November 2026.
    await insertPlan(use().db, { ownerId: rep, dueAt: '2026-11-18T02:30:00Z', record }); // due soon
    await insertPlan(use().db, { ownerId: rep, dueAt: '2026-11-18T03:20:00Z', record }); // later
    await insertPlan(use().db, { ownerId: rep, dueAt: '2026-11-17T10:00:00Z', record }); // overdue
    await insertPlan(use().db, { ownerId: rep, dueAt: '2026-11-01T10:00:00Z', record }); // > 7 days
    await insertPlan(use().db, {
      ownerId: rep,
      dueAt: '2026-11-17T11:00:00Z',
      record,
      deleted: true,
    });
    const change = (effectiveAt: string) => [
      { stageId: openStage, status: 'open' as const, effectiveAt },
    ];
    // Untouched since 1 October: stale. Created on 10 November: not stale (within 14 days).
    await insertOpportunity(use().db, {
      customerId,
      ownerId: rep,
      createdAt: '2026-10-01T00:00:00Z',
      changes: change('2026-10-01T00:00:00Z'),
    });
    await insertOpportunity(use().db, {
      customerId,
      ownerId: rep,
      createdAt: '2026-11-10T00:00:00Z',
      changes: change('2026-11-10T00:00:00Z'),
    });
    await flagOn(rep, '2026-11-17T00:00:00Z');
    await flagOn(rep, '2026-11-01T00:00:00Z'); // raised more than 7 days ago: not announced

    expect(await produceNotifications(use().db, at(TEST_NOW))).toBe(4);
    expect(await produceNotifications(use().db, at(TEST_NOW))).toBe(0);
    // 40 minutes later the 02:30 plan is overdue and the 03:20 plan is due within the hour.
    expect(await produceNotifications(use().db, plus(TEST_NOW, 40))).toBe(2);
    expect(await produceNotifications(use().db, plus(TEST_NOW, 45))).toBe(0);

    const mine = await inbox(rep1);
    expect(mine.items.map((n) => n.kind).sort()).toEqual([
      'opportunity_stale',
      'plan_due_soon',
      'plan_due_soon',
      'plan_overdue',
      'plan_overdue',
      'quality_flag',
    ]);
    const stale = mine.items.find((n) => n.kind === 'opportunity_stale');
    // 1 October 00:00Z → 18 November 02:00Z is 48 days and 2 hours.
    expect(stale?.body).toMatch(/for 48 days\.$/);
    expect(stale?.link).toMatch(/^\/opportunities\//);
    // No channel is set up yet: nothing is queued for outside.
    expect(await deliveries()).toEqual([]);
    // Done plans remind no more.
    await use().db.kysely.updateTable('followUpPlans').set({ completedAt: TEST_NOW }).execute();
    expect(await produceNotifications(use().db, plus(TEST_NOW, 24 * 60))).toBe(0);
  });

  it('keeps each inbox to its recipient, in the reader language, with read marks', async () => {
    const zh = await inbox(rep1, 'zh-CN');
    expect(zh).toMatchObject({ total: 6, unread: 6 });
    expect(zh.items.find((n) => n.kind === 'plan_overdue')?.title).toBe('跟进计划已逾期');
    expect(await inbox(rep2)).toMatchObject({ total: 0, unread: 0, items: [] });

    const first = zh.items[0];
    if (!first) throw new Error('no notification');
    const foreign = await use().request({
      method: 'POST',
      url: `/api/v1/notifications/${first.id}/read`,
      as: rep2,
    });
    expect(foreign.statusCode).toBe(404);
    const read = await use().request({
      method: 'POST',
      url: `/api/v1/notifications/${first.id}/read`,
      as: rep1,
    });
    expect(read.statusCode).toBe(200);
    expect(Date.parse(read.json().readAt)).toBeGreaterThanOrEqual(Date.parse(TEST_NOW));
    const count = await use().request({
      method: 'GET',
      url: '/api/v1/notifications/unread-count',
      as: rep1,
    });
    expect(count.json()).toEqual({ unread: 5 });
    const unreadOnly = await use().request({
      method: 'GET',
      url: '/api/v1/notifications?unread=true',
      as: rep1,
    });
    expect(unreadOnly.json().items.map((n: { id: string }) => n.id)).not.toContain(first.id);

    // The first four were created at TEST_NOW, the other two (one already read) 40 minutes later.
    const seen = await use().request({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      as: rep1,
      payload: { upTo: TEST_NOW },
    });
    expect(seen.json()).toEqual({ updated: 4 });
    const all = await use().request({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      as: rep1,
      payload: {},
    });
    expect(all.json()).toEqual({ updated: 1 });
    expect((await inbox(rep1)).unread).toBe(0);
    expect(
      (await use().request({ method: 'GET', url: '/api/v1/notifications', as: 'ys_session=nope' }))
        .statusCode,
    ).toBe(401);
  });

  it('lets only admins set up the channels, and never returns a secret in full', async () => {
    const settings = {
      appUrl: 'https://crm.example.com',
      wecom: {
        enabled: true,
        url: `${hooks.url}/wecom?key=wecom-robot-key-0123`,
        msgtype: 'markdown',
      },
      dingtalk: {
        enabled: true,
        url: `${hooks.url}/dingtalk?access_token=dingtalk-token-0123`,
        secret: DINGTALK_SECRET,
        msgtype: 'markdown',
      },
      webhook: { enabled: true, url: `${hooks.url}/webhook?token=hook-token-0123` },
      email: {
        enabled: true,
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        user: 'yardstick',
        password: SMTP_PASSWORD,
        from: 'Yardstick <noreply@example.com>',
      },
    };
    const denied = await use().request({
      method: 'PUT',
      url: '/api/v1/settings/notifications',
      as: rep1,
      payload: settings,
    });
    expect(denied.statusCode).toBe(403);
    const saved = await use().request({
      method: 'PUT',
      url: '/api/v1/settings/notifications',
      as: admin,
      payload: settings,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const shown = await use().request({
      method: 'GET',
      url: '/api/v1/settings/notifications',
      as: admin,
    });
    for (const secret of [
      DINGTALK_SECRET,
      SMTP_PASSWORD,
      'wecom-robot-key-0123',
      'dingtalk-token-0123',
      'hook-token-0123',
    ])
      expect(shown.body).not.toContain(secret);
    expect(shown.json().dingtalk.secret).toBe('••••0123');
    // Saving back what was shown keeps the stored secrets (the sends below prove it).
    const again = await use().request({
      method: 'PUT',
      url: '/api/v1/settings/notifications',
      as: admin,
      payload: shown.json(),
    });
    expect(again.statusCode, again.body).toBe(200);
  });

  it('sends on every channel in the recipient language, retrying a webhook that answered 500', async () => {
    const t = '2026-11-18T04:00:00.000Z';
    await flagOn(org.users.rep1.id, '2026-11-18T03:00:00Z');
    await flagOn(org.users.rep2.id, '2026-11-18T03:00:00Z');
    expect(await produceNotifications(use().db, at(t))).toBe(2);
    hooks.failNext('/webhook', 1);

    expect(await dispatchDeliveries(use().db, at(t), ZONE)).toEqual({
      sent: 7,
      retrying: 1,
      failed: 0,
    });
    const posts = (path: string) => hooks.received.filter((p) => p.path === path);
    expect(posts('/wecom')).toHaveLength(2);
    expect(posts('/wecom')[0]?.body).toMatchObject({ msgtype: 'markdown' });
    expect(posts('/dingtalk')).toHaveLength(2);
    expect(posts('/dingtalk')[0]?.query.get('timestamp')).toBe(String(Date.parse(t)));
    expect(posts('/webhook')).toHaveLength(1);
    const contents = posts('/wecom').map(
      (p) => (p.body as { markdown: { content: string } }).markdown.content,
    );
    expect(contents.some((c) => c.includes('### 数据质量提示') && c.includes('**rep1**'))).toBe(
      true,
    );
    expect(
      contents.some((c) => c.includes('### Data-quality flag') && c.includes('**rep2**')),
    ).toBe(true);
    expect(contents.every((c) => c.includes('(https://crm.example.com/customers/'))).toBe(true);
    expect(smtp.mails.map((m) => [m.to[0], subjectOf(m)]).sort()).toEqual([
      ['rep1@example.com', '数据质量提示'],
      ['rep2@example.com', 'Data-quality flag'],
    ]);

    const retrying = await deliveries('&status=pending');
    expect(retrying).toHaveLength(1);
    expect(retrying[0]).toMatchObject({
      channel: 'webhook',
      attempts: 1,
      nextAttemptAt: '2026-11-18T04:01:00.000Z',
    });
    expect(retrying[0]?.lastError).toContain('HTTP 500');

    // Not before its time; then sent.
    expect(await dispatchDeliveries(use().db, plus(t, 0.5), ZONE)).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    expect(await dispatchDeliveries(use().db, plus(t, 1), ZONE)).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
    });
    expect(posts('/webhook')).toHaveLength(2);
    expect(posts('/webhook')[0]?.body).toMatchObject({
      kind: 'quality_flag',
      params: { rule: 'Q2' },
    });
    expect(await deliveries('&status=pending')).toEqual([]);
    const rep1Log = await use().request({
      method: 'GET',
      url: '/api/v1/notifications/deliveries',
      as: rep1,
    });
    expect(rep1Log.statusCode).toBe(403);
  });

  it('keeps sending on the other channels while one keeps failing, and gives up after five attempts', async () => {
    const t = '2026-11-18T05:00:00.000Z';
    hooks.failNext('/webhook', 100);
    await flagOn(org.users.rep2.id, '2026-11-18T04:30:00Z');
    expect(await produceNotifications(use().db, at(t))).toBe(1);
    const before = hooks.received.length;
    expect(await dispatchDeliveries(use().db, at(t), ZONE)).toEqual({
      sent: 3,
      retrying: 1,
      failed: 0,
    });
    expect(
      hooks.received
        .slice(before)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['/dingtalk', '/wecom']);
    // Retries at +1, +3, +7 and +15 minutes (1, 2, 4, 8 apart); the fifth failure is final.
    for (const minutes of [1, 3, 7]) {
      expect(await dispatchDeliveries(use().db, plus(t, minutes), ZONE)).toEqual({
        sent: 0,
        retrying: 1,
        failed: 0,
      });
    }
    expect(await dispatchDeliveries(use().db, plus(t, 15), ZONE)).toEqual({
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    const failed = await deliveries('&status=failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ channel: 'webhook', attempts: 5, nextAttemptAt: null });
    expect(failed[0]?.lastError).not.toContain('hook-token-0123');
    hooks.failNext('/webhook', 0);
  });

  it('respects what each user muted or opted out of', async () => {
    const t = '2026-11-18T06:00:00.000Z';
    const saved = await use().request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      as: rep2,
      payload: { mutedKinds: ['quality_flag'], channels: [] },
    });
    expect(saved.json()).toEqual({ mutedKinds: ['quality_flag'], channels: [] });
    await use().request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      as: rep1,
      payload: { mutedKinds: [], channels: ['email'] },
    });
    await flagOn(org.users.rep2.id, '2026-11-18T05:30:00Z');
    await flagOn(org.users.rep1.id, '2026-11-18T05:30:00Z');
    const rep2Before = (await inbox(rep2)).total;
    expect(await produceNotifications(use().db, at(t))).toBe(1);
    expect((await inbox(rep2)).total).toBe(rep2Before);
    const queued = (await deliveries('&status=pending')).filter(
      (d) => d.recipientId === org.users.rep1.id,
    );
    expect(queued.map((d) => d.channel)).toEqual(['email']);
  });

  it('tells participants when a cycle waits for their self review, and managers for theirs', async () => {
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/cycles',
      as: admin,
      payload: { name: '2026年10月', kind: 'month', anchorDay: '2026-10-15' },
    });
    expect(created.statusCode, created.body).toBe(201);
    let cycle = created.json();
    const move = async (status: string) => {
      const response = await use().request({
        method: 'POST',
        url: `/api/v1/cycles/${cycle.id}/status`,
        as: admin,
        payload: { version: cycle.version, status },
      });
      expect(response.statusCode, response.body).toBe(200);
      cycle = response.json();
    };
    const kinds = async (cookie: string) => (await inbox(cookie)).items.map((n) => n.kind);
    await move('open');
    await produceNotifications(use().db, at('2026-11-18T07:00:00Z'));
    expect(await kinds(rep1)).not.toContain('cycle_self_review');
    await move('self_review');
    await produceNotifications(use().db, at('2026-11-18T07:05:00Z'));
    await produceNotifications(use().db, at('2026-11-18T07:10:00Z'));
    expect((await kinds(rep1)).filter((k) => k === 'cycle_self_review')).toHaveLength(1);
    await move('manager_review');
    await produceNotifications(use().db, at('2026-11-18T07:15:00Z'));
    const lead = await use().login('lead@example.com', PASSWORD);
    const leadInbox = await inbox(lead);
    const review = leadInbox.items.filter((n) => n.kind === 'cycle_manager_review');
    expect(review).toHaveLength(1);
    // lead manages rep1 and rep2.
    expect(review[0]?.body).toBe(
      'The appraisal cycle “2026年10月” is in manager review: 2 of your reports wait for your review.',
    );
    expect(await kinds(rep1)).not.toContain('cycle_manager_review');
  });

  it("announces the flags raised on a person's records together, each flag once", async () => {
    const rep3 = org.users.rep3.id;
    const announcements = () =>
      use()
        .db.kysely.selectFrom('notifications')
        .select(['params', 'link', 'createdAt'])
        .where('recipientId', '=', rep3)
        .where('kind', '=', 'quality_flag')
        .orderBy('createdAt')
        .execute();
    await flagOn(rep3, '2026-11-18T01:00:00Z', 'Q3');
    await flagOn(rep3, '2026-11-18T01:10:00Z', 'Q3');
    await flagOn(rep3, '2026-11-18T01:20:00Z', 'Q5');
    await flagOn(rep3, '2026-11-18T01:30:00Z', 'Q2');
    await flagOn(rep3, '2026-11-10T00:00:00Z', 'Q3'); // raised more than 7 days ago

    await produceNotifications(use().db, plus(TEST_NOW, 10));
    await produceNotifications(use().db, plus(TEST_NOW, 15));
    const first = await announcements();
    expect(first.map((n) => JSON.parse(n.params))).toEqual([
      expect.objectContaining({ rule: 'Q2', entity: 'customer', others: { Q3: 2, Q5: 1 } }),
    ]);
    const rep3Cookie = await use().login('rep3@example.com', PASSWORD);
    const [message] = (await inbox(rep3Cookie, 'en')).items.filter(
      (n) => n.kind === 'quality_flag',
    );
    expect(message?.body).toMatch(/ 3 more flags: thin content ×2, burst of records ×1\.$/);
    expect(message?.link).toBe('/appraisal?section=flags');

    await flagOn(rep3, '2026-11-18T02:05:00Z', 'Q5');
    await produceNotifications(use().db, plus(TEST_NOW, 20));
    const second = await announcements();
    expect(second).toHaveLength(2);
    expect(second[1]?.link).toMatch(/^\/customers\//);
    expect(JSON.parse(second[1]?.params ?? '{}')).toEqual({
      rule: 'Q5',
      entity: 'customer',
      recordName: expect.any(String),
    });
    const flags = await use()
      .db.kysely.selectFrom('qualityFlags')
      .select(['createdAt', 'announcedAt'])
      .where('userId', '=', rep3)
      .orderBy('createdAt')
      .execute();
    expect(flags.map((f) => f.announcedAt === null)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(flags.at(-1)?.announcedAt).toBe(plus(TEST_NOW, 20).toISOString());
  });

  it('runs a periodic job once per slot, also across processes', async () => {
    const runs: string[] = [];
    const job: PeriodicJob = {
      name: `count-${engine}`,
      everyMinutes: 5,
      run: async (_db, now) => {
        runs.push(now.toISOString());
        await new Promise((resolve) => setTimeout(resolve, 200));
        return 'ok';
      },
    };
    const slot = '2026-11-18T08:00:00.000Z';
    expect((await runPeriodicJob(use().db, job, plus(slot, 1), ZONE)).ran).toBe(true);
    expect((await runPeriodicJob(use().db, job, plus(slot, 4), ZONE)).ran).toBe(false);
    const handles = [use().db];
    if (engine === 'postgres')
      handles.push(
        await openDb({ url: TEST_PG_URL, ...(use().db.schema ? { schema: use().db.schema } : {}) }),
      );
    try {
      const outcomes = await Promise.all(
        [...handles, ...handles].map((db) => runPeriodicJob(db, job, plus(slot, 5), ZONE)),
      );
      expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    } finally {
      if (handles[1]) await handles[1].close();
    }
    expect(runs).toEqual(['2026-11-18T08:01:00.000Z', '2026-11-18T08:05:00.000Z']);
    setNow(TEST_NOW);
  });
});
