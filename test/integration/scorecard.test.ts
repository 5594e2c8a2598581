import { DEFAULT_TEMPLATES } from '../../src/domain/appraisal/default-templates.js';
import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { insertActivity } from '../support/metric-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

type Item = {
  metric: string;
  value: { value: number | null; numerator: number | null; naReason: string | null };
  score: number | null;
};

describeEngines('live scorecard', (use) => {
  let org: Org;
  let rep1: string, lead: string;
  const item = (body: { items: Item[] }, metric: string) =>
    body.items.find((i) => i.metric === metric);

  beforeAll(async () => {
    org = await buildOrg(use().db);
    // rep1 has been here for a year; rep2 joined today (a newcomer).
    await use()
      .db.kysely.updateTable('users')
      .set({ joinedOn: '2025-01-01' })
      .where('id', '!=', org.users.rep2.id)
      .execute();
    rep1 = await use().login('rep1@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    for (let i = 0; i < 3; i++)
      await insertActivity(use().db, {
        actorId: org.users.rep1.id,
        occurredAt: anHourAgo,
        recordedAt: new Date(Date.now() - 60_000).toISOString(),
      });
    await insertActivity(use().db, {
      actorId: org.users.rep2.id,
      occurredAt: anHourAgo,
      recordedAt: new Date(Date.now() - 60_000).toISOString(),
    });
  });

  it('shows my month to date under my role template, and records that I looked', async () => {
    const response = await use().request({ method: 'GET', url: '/api/v1/scorecard', as: rep1 });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ userId: org.users.rep1.id, period: { kind: 'month' } });
    expect(body.items).toHaveLength(12);
    expect(item(body, 'activity_frequency')?.value).toMatchObject({ numerator: 3, naReason: null });
    expect(item(body, 'update_timeliness')?.value).toMatchObject({ numerator: 3, denominator: 3 });
    await use().app.usage.flush();
    const events = await use()
      .db.kysely.selectFrom('usageEvents')
      .selectAll()
      .where('userId', '=', org.users.rep1.id)
      .where('kind', '=', 'scorecard_view')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('gives a newcomer N/A, not zero, for counts', async () => {
    const response = await use().request({
      method: 'GET',
      url: `/api/v1/scorecard?userId=${org.users.rep2.id}`,
      as: lead,
    });
    expect(response.statusCode).toBe(200);
    expect(item(response.json(), 'activity_frequency')).toMatchObject({
      score: null,
      value: { value: null, naReason: 'inactive_most_of_period' },
    });
  });

  it('keeps other people’s scorecards to those whose scope covers them', async () => {
    expect(
      (
        await use().request({
          method: 'GET',
          url: `/api/v1/scorecard?userId=${org.users.rep2.id}`,
          as: rep1,
        })
      ).statusCode,
    ).toBe(404);
    const team = await use().request({ method: 'GET', url: '/api/v1/scorecard/team', as: lead });
    expect(team.statusCode).toBe(200);
    expect(
      team
        .json()
        .members.map((m: { userId: string }) => m.userId)
        .sort(),
    ).toEqual([org.users.rep1.id, org.users.rep2.id].sort());
  });

  it('lists the evidence behind a live item', async () => {
    const evidence = await use().request({
      method: 'GET',
      url: '/api/v1/scorecard/evidence?metric=activity_frequency',
      as: rep1,
    });
    expect(evidence.statusCode).toBe(200);
    expect(evidence.json()).toMatchObject({ total: 3 });
    expect(
      evidence.json().items.every((e: { recordType: string }) => e.recordType === 'activity'),
    ).toBe(true);
  });

  it('applies a per-user target set by the manager, only to that person', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const payload = {
      userId: org.users.rep1.id,
      metric: 'won_amount',
      period: 'month',
      anchorDay: today,
      target: 5_000_000,
    };
    expect(
      (await use().request({ method: 'PUT', url: '/api/v1/targets', as: rep1, payload }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await use().request({
          method: 'PUT',
          url: '/api/v1/targets',
          as: lead,
          payload: { ...payload, userId: org.users.rep3.id },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await use().request({
          method: 'PUT',
          url: '/api/v1/targets',
          as: lead,
          payload: { ...payload, metric: 'nope' },
        })
      ).statusCode,
    ).toBe(400);
    const set = await use().request({ method: 'PUT', url: '/api/v1/targets', as: lead, payload });
    expect(set.statusCode).toBe(200);
    const again = await use().request({
      method: 'PUT',
      url: '/api/v1/targets',
      as: lead,
      payload: { ...payload, target: 6_000_000 },
    });
    expect(again.json()).toMatchObject({ id: set.json().id, target: 6_000_000, version: 2 });

    const mine = (
      await use().request({ method: 'GET', url: '/api/v1/scorecard', as: rep1 })
    ).json();
    expect(mine.items.find((i: { metric: string }) => i.metric === 'won_amount')).toMatchObject({
      target: 6_000_000,
      targetSource: 'user',
    });
    const theirs = (
      await use().request({
        method: 'GET',
        url: `/api/v1/scorecard?userId=${org.users.rep2.id}`,
        as: lead,
      })
    ).json();
    expect(theirs.items.find((i: { metric: string }) => i.metric === 'won_amount')).toMatchObject({
      target: DEFAULT_TEMPLATES.sales.content.items.find((i) => i.metric === 'won_amount')?.target,
      targetSource: 'template',
    });
  });
});
