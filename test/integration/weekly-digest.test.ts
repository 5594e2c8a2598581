import { afterAll, beforeAll, expect, it } from 'vitest';
import { runDailyJob } from '../../src/jobs/daily-job.js';
import { DAILY_JOBS } from '../../src/jobs/jobs.js';
import { dispatchDeliveries } from '../../src/modules/notifications/notification-dispatcher.service.js';
import { describeEngines } from '../support/describe-engines.js';
import { setNow, TEST_NOW } from '../support/fixed-clock.js';
import { insertActivity } from '../support/metric-fixtures.js';
import { startWebhookReceiver } from '../support/notification-receivers.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

const ZONE = 'Asia/Shanghai';
/** Monday 16 November 2026, 08:00 in Shanghai: the digest's scheduled time (ISO week 47). */
const MONDAY = '2026-11-16T00:00:00.000Z';
const WEDNESDAY = '2026-11-18T02:00:00.000Z';
/** Monday 23 November, 08:00 in Shanghai: week 48. */
const NEXT_MONDAY = '2026-11-23T00:00:00.000Z';

const digestJob = DAILY_JOBS.find((job) => job.name === 'weekly-digest');

type DigestParams = {
  week: string;
  total: number | null;
  items: { metric: string; points: number; action: Record<string, unknown>; link: string }[];
};

/**
 * Once a week every active user who has not muted it is told what would raise their live score
 * most, in their language, in the inbox and on their channels; a second run in the same week
 * sends nothing again.
 */
describeEngines('weekly digest', (use) => {
  let org: Org;
  let admin: string, rep1: string, rep2: string, rep3: string;
  let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;

  const digests = () =>
    use()
      .db.kysely.selectFrom('notifications')
      .select(['recipientId', 'occurrence', 'params', 'link'])
      .where('kind', '=', 'weekly_digest')
      .orderBy('recipientId')
      .orderBy('occurrence')
      .execute();
  const digestOf = async (userId: string) => {
    const mine = (await digests()).filter((d) => d.recipientId === userId);
    expect(mine).toHaveLength(1);
    const [digest] = mine;
    if (!digest) throw new Error(`no digest for ${userId}`);
    return { ...digest, params: JSON.parse(digest.params) as DigestParams };
  };
  const runAt = (iso: string) => {
    setNow(iso);
    if (!digestJob) throw new Error('no weekly-digest job');
    return runDailyJob(use().db, digestJob, new Date(), ZONE);
  };

  beforeAll(async () => {
    setNow(MONDAY);
    hooks = await startWebhookReceiver('unused');
    org = await buildOrg(use().db);
    await use()
      .db.kysely.updateTable('users')
      .set({ joinedOn: '2025-01-01' })
      .where('id', 'is not', null)
      .execute();
    await use()
      .db.kysely.updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', org.users.rep1.id)
      .execute();
    const login = (who: string) => use().login(`${who}@example.com`, PASSWORD);
    admin = await login('admin');
    rep1 = await login('rep1');
    rep2 = await login('rep2');
    rep3 = await login('rep3');
    // The sales template: update timeliness (60) and activity frequency (40).
    const templates = (
      await use().request({ method: 'GET', url: '/api/v1/templates', as: admin })
    ).json().items;
    const sales = templates.find((t: { role: string }) => t.role === 'sales');
    const version = await use().request({
      method: 'POST',
      url: `/api/v1/templates/${sales.id}/versions`,
      as: admin,
      payload: {
        note: 'Timeliness and activity',
        items: [
          { metric: 'update_timeliness', weight: 60, floor: 0, target: 1, cap: 100, minSample: 1 },
          {
            metric: 'activity_frequency',
            weight: 40,
            floor: 0,
            target: 1000,
            cap: 100,
            minSample: 1,
          },
        ],
      },
    });
    expect(version.statusCode, version.body).toBe(201);
    // rep1: four calls this month, two recorded within 24 hours and two two days late.
    for (const [occurred, lateHours] of [
      ['2026-11-09T02:00:00Z', 1],
      ['2026-11-10T02:00:00Z', 1],
      ['2026-11-11T02:00:00Z', 48],
      ['2026-11-12T02:00:00Z', 48],
    ] as const)
      await insertActivity(use().db, {
        actorId: org.users.rep1.id,
        occurredAt: occurred,
        recordedAt: new Date(Date.parse(occurred) + lateHours * 3_600_000).toISOString(),
      });
    // rep2 does not want the digest; rep1 takes it on the webhook too.
    const muted = await use().request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      as: rep2,
      payload: { mutedKinds: ['weekly_digest'], channels: ['webhook'] },
    });
    expect(muted.statusCode, muted.body).toBe(200);
    await use().request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      as: rep1,
      payload: { mutedKinds: [], channels: ['webhook'] },
    });
    await use().request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      as: rep3,
      payload: { mutedKinds: [], channels: [] },
    });
    const channels = await use().request({
      method: 'PUT',
      url: '/api/v1/settings/notifications',
      as: admin,
      payload: {
        appUrl: 'https://crm.example.com',
        webhook: { enabled: true, url: `${hooks.url}/webhook` },
      },
    });
    expect(channels.statusCode, channels.body).toBe(200);
  });
  afterAll(async () => {
    setNow(TEST_NOW);
    await hooks.close();
  });

  it('is a scheduled job on Monday mornings in the organisation zone', () => {
    expect(digestJob?.schedule).toBe('0 8 * * 1');
  });

  it('sends one digest per opted-in user naming what would raise their score most', async () => {
    expect(await runAt(MONDAY)).toMatchObject({ ran: true });
    const recipients = new Set((await digests()).map((d) => d.recipientId));
    expect(recipients.has(org.users.rep1.id)).toBe(true);
    expect(recipients.has(org.users.rep3.id)).toBe(true);
    // Muted by rep2; the admin has no scorecard template.
    expect(recipients.has(org.users.rep2.id)).toBe(false);
    expect(recipients.has(org.users.admin.id)).toBe(false);

    const rep1Digest = await digestOf(org.users.rep1.id);
    expect(rep1Digest.occurrence).toBe('2026-W47');
    expect(rep1Digest.link).toBe('/appraisal?view=live:month');
    // Timeliness 2 of 4 = 50 %, score 50: 60 × 50 ÷ 100 = 30 points, 2 more timely records.
    // Activity frequency: a handful of calls a week against 1000 scores under 1 point, so
    // nearly all of its 40 points are still to win: it comes first.
    const [first, second] = rep1Digest.params.items;
    expect(rep1Digest.params.items).toHaveLength(2);
    expect(first?.metric).toBe('activity_frequency');
    expect(first?.action).toMatchObject({ kind: 'reach', target: 1000 });
    expect(first?.points).toBeGreaterThan(39);
    expect(first?.points).toBeLessThanOrEqual(40);
    expect(second).toEqual({
      metric: 'update_timeliness',
      nameZh: '数据更新及时性',
      nameEn: 'Update timeliness',
      unit: 'percent',
      points: 30,
      action: { kind: 'count_more', records: 2, of: 4 },
      link: '/appraisal?view=live:month&evidence=update_timeliness',
    });
    // rep3 has no timed events (timeliness N/A): all 100 points are in activity frequency.
    const rep3Digest = await digestOf(org.users.rep3.id);
    expect(rep3Digest.params.items.map((i) => [i.metric, i.points, i.action])).toEqual([
      ['activity_frequency', 100, { kind: 'reach', value: 0, target: 1000 }],
    ]);
  });

  it('words the digest in the reader language, in the inbox and on the channels', async () => {
    const inbox = async (cookie: string, language: string) =>
      (
        await use().request({
          method: 'GET',
          url: '/api/v1/notifications?pageSize=50',
          as: cookie,
          headers: { 'accept-language': language },
        })
      ).json().items as { kind: string; title: string; body: string; link: string | null }[];
    const en = (await inbox(rep1, 'en')).find((n) => n.kind === 'weekly_digest');
    expect(en?.title).toBe('What would raise your score this week');
    expect(en?.body).toContain(
      '2. Update timeliness (up to +30 points): 2 more of its 4 records need to meet it.',
    );
    const zh = (await inbox(rep3, 'zh-CN')).find((n) => n.kind === 'weekly_digest');
    expect(zh?.title).toBe('本周提分建议');
    expect(zh?.body).toContain('1. 活动记录频率（最多可提高 100 分）：从 0 提高到 1000。');

    await dispatchDeliveries(use().db, new Date(), ZONE);
    const posted = hooks.received.filter((p) => p.body.kind === 'weekly_digest');
    // rep1 asked for the webhook; rep3 for no channel; rep2 muted the digest.
    const to = (userId: string) =>
      posted.filter((p) => (p.body.recipient as { id: string }).id === userId);
    expect(to(org.users.rep1.id).map((p) => [p.body.language, p.body.title])).toEqual([
      ['en', 'What would raise your score this week'],
    ]);
    expect(to(org.users.rep2.id)).toEqual([]);
    expect(to(org.users.rep3.id)).toEqual([]);
  });

  it('does not send again in the same week, and sends again the next week', async () => {
    const before = (await digests()).length;
    // The same day: the job has run already.
    expect(await runAt('2026-11-16T00:05:00.000Z')).toEqual({ ran: false });
    // Another day of the same week (a rerun by hand or a late retry): every digest is sent.
    expect(await runAt(WEDNESDAY)).toEqual({ ran: true, summary: '0 weekly digests sent' });
    expect(await digests()).toHaveLength(before);

    expect(await runAt(NEXT_MONDAY)).toMatchObject({ ran: true });
    const all = await digests();
    expect(all.filter((d) => d.recipientId === org.users.rep1.id).map((d) => d.occurrence)).toEqual(
      ['2026-W47', '2026-W48'],
    );
    expect(all.some((d) => d.recipientId === org.users.rep2.id)).toBe(false);
  });
});
