import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { setNow } from '../support/fixed-clock.js';
import {
  insertActivity,
  insertCustomer,
  insertOpportunity,
  insertStage,
} from '../support/metric-fixtures.js';
import { insertContract } from '../support/metric-result-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

type Pace = {
  elapsedShare: number;
  proRated: boolean;
  floor: number;
  target: number;
  projected: number | null;
};
type LiveItem = {
  metric: string;
  floor: number;
  target: number;
  value: { value: number | null; numerator: number | null; denominator: number | null };
  score: number | null;
  pace: Pace | null;
};
type Card = { grade: string | null; gradeWithheld: string | null; items: LiveItem[] };

/** An instant given as Asia/Shanghai wall time. */
const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();
const SINCE_2025 = [{ ownerId: '', from: '2025-01-01T00:00:00Z' }];

describeEngines('periods in progress', (use) => {
  let org: Org;
  let customerId: string;

  /** Signs in at the current (test) time: sessions are dated by the clock. */
  const signIn = (who: string) => use().login(`${who}@example.com`, PASSWORD);
  const card = async (as: string, userId?: string): Promise<Card> => {
    const response = await use().request({
      method: 'GET',
      url: `/api/v1/scorecard${userId ? `?userId=${userId}` : ''}`,
      as,
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const item = (c: { items: LiveItem[] }, metric: string) => {
    const found = c.items.find((i) => i.metric === metric);
    if (!found) throw new Error(`no ${metric}`);
    return found;
  };

  beforeAll(async () => {
    setNow(shanghai('2026-11-30T09:00:00'));
    org = await buildOrg(use().db);
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    // rep2 joins on Thursday 3 December.
    await use()
      .db.kysely.updateTable('users')
      .set({ joinedOn: '2026-12-03' })
      .where('id', '=', org.users.rep2.id)
      .execute();
    const owners = SINCE_2025.map((o) => ({ ...o, ownerId: org.users.rep1.id }));
    customerId = await insertCustomer(use().db, { owners, level: 'A' });
    // ¥40,000 signed on 1 December, ¥20,000 on 16 December, ¥30,000 on 31 December.
    for (const [signedOn, amountCents] of [
      ['2026-12-01', 4_000_000],
      ['2026-12-16', 2_000_000],
      ['2026-12-31', 3_000_000],
    ] as const)
      await insertContract(use().db, { customerId, owners, amountCents, signedOn });
    // rep2's ¥10,000 on 15 December.
    await insertContract(use().db, {
      customerId,
      owners: SINCE_2025.map((o) => ({ ...o, ownerId: org.users.rep2.id })),
      amountCents: 1_000_000,
      signedOn: '2026-12-15',
    });
    // rep1's monthly won_amount target: ¥100,000, set by the team lead.
    const lead = await signIn('lead');
    for (const userId of [org.users.rep1.id, org.users.rep2.id]) {
      const set = await use().request({
        method: 'PUT',
        url: '/api/v1/targets',
        as: lead,
        payload: {
          userId,
          metric: 'won_amount',
          period: 'month',
          anchorDay: '2026-12-01',
          target: 10_000_000,
        },
      });
      expect(set.statusCode).toBe(200);
    }
  });

  it('on the first day at noon: ¥40,000 of a pro-rated ¥2,174, no grade yet', async () => {
    setNow(shanghai('2026-12-01T12:00:00'));
    const mine = await card(await signIn('rep1'));
    // December 2026 has 23 working days; half of the first one has passed.
    const e = 0.5 / 23;
    const won = item(mine, 'won_amount');
    expect(won.value.value).toBe(4_000_000);
    expect(won.pace?.elapsedShare).toBeCloseTo(e, 6);
    expect(won.pace?.proRated).toBe(true);
    expect(won.pace?.target).toBeCloseTo(10_000_000 * e, -1);
    expect(won.pace?.projected ?? 0).toBeGreaterThan(0.999 * (4_000_000 / e));
    expect(mine).toMatchObject({ grade: null, gradeWithheld: 'early_in_period' });
    // A share is not pro-rated: its pace keeps the whole-month target.
    const coverage = item(mine, 'follow_up_coverage');
    expect(coverage.pace).toMatchObject({ proRated: false, target: coverage.target });
  });

  it('on the second working day the team sees paces but no grades', async () => {
    setNow(shanghai('2026-12-02T10:00:00'));
    const team = await use().request({
      method: 'GET',
      url: '/api/v1/scorecard/team',
      as: await signIn('lead'),
    });
    expect(team.statusCode).toBe(200);
    const members: (Card & { userId: string })[] = team.json().members;
    expect(members.length).toBeGreaterThan(0);
    for (const member of members) {
      expect(member).toMatchObject({ grade: null, gradeWithheld: 'early_in_period' });
      // 1 + 10/24 working days of 23 (rep2 joins tomorrow: none of their working days yet).
      const share = member.userId === org.users.rep2.id ? 0 : (1 + 10 / 24) / 23;
      expect(item(member, 'won_amount').pace?.elapsedShare).toBeCloseTo(share, 6);
    }
  });

  it('mid-month: a contract signed today counts today, scored against 11/23 of the target', async () => {
    setNow(shanghai('2026-12-16T00:00:00'));
    const mine = await card(await signIn('rep1'));
    const won = item(mine, 'won_amount');
    // 1 and 16 December: ¥60,000 (the contract signed today is in).
    expect(won.value.value).toBe(6_000_000);
    const e = 11 / 23;
    expect(won.pace?.elapsedShare).toBeCloseTo(e, 6);
    expect(won.pace?.floor).toBeCloseTo(won.floor * e, 3);
    expect(won.pace?.target).toBeCloseTo(10_000_000 * e, -1);
    // Score = 100 × (v − floor·e) / ((target − floor)·e), capped at 120.
    const expected = Math.min(
      120,
      (100 * (6_000_000 - won.floor * e)) / ((10_000_000 - won.floor) * e),
    );
    expect(won.score).toBeCloseTo(expected, 3);
    expect(mine.gradeWithheld).not.toBe('early_in_period');
  });

  it('a person who joined mid-month is paced on their own working days', async () => {
    setNow(shanghai('2026-12-16T00:00:00'));
    const lead = await signIn('lead');
    const theirs = await card(lead, org.users.rep2.id);
    const won = item(theirs, 'won_amount');
    // Joined Thursday 3 December: 9 of their 21 working days have passed (3–4, 7–11, 14–15).
    expect(won.value.value).toBe(1_000_000);
    expect(won.pace?.elapsedShare).toBeCloseTo(9 / 21, 6);
    // To the yuan: the clock runs on while the request is served (about 1 cent a second here).
    expect(won.pace?.projected).toBeCloseTo((1_000_000 * 21) / 9, -2);
  });

  it('on the last evening: 22.75 of 23 working days, everything signed that day counted', async () => {
    setNow(shanghai('2026-12-31T18:00:00'));
    const won = item(await card(await signIn('rep1')), 'won_amount');
    expect(won.value.value).toBe(9_000_000);
    expect(won.pace?.elapsedShare).toBeCloseTo(22.75 / 23, 6);
  });

  it('once the month is over, a cycle for it counts the whole month and carries no pace', async () => {
    setNow(shanghai('2027-01-04T10:00:00'));
    const admin = await signIn('admin');
    let cycle = (
      await use().request({
        method: 'POST',
        url: '/api/v1/cycles',
        as: admin,
        payload: { name: 'December', kind: 'month', anchorDay: '2026-12-01' },
      })
    ).json();
    const opened = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.id}/status`,
      as: admin,
      payload: { version: cycle.version, status: 'open' },
    });
    expect(opened.statusCode).toBe(200);
    cycle = opened.json();
    expect(cycle).toMatchObject({ soFar: false, asOf: cycle.periodEnd });
    const mine = await use().request({
      method: 'GET',
      url: `/api/v1/cycles/${cycle.id}/results/me`,
      as: await signIn('rep1'),
    });
    const won = mine.json().items.find((i: { metric: string }) => i.metric === 'won_amount');
    expect(won).toMatchObject({ value: 9_000_000, target: 10_000_000, pace: null });
  });
});

describeEngines('cycles scored before their period ends', (use) => {
  let org: Org;
  let admin: string;
  let cycle: { id: string; version: number; status: string; soFar: boolean; asOf: string | null };

  type ResultItem = {
    metric: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    score: number | null;
    adjustedScore: number | null;
  };
  type Result = {
    id: string;
    userId: string;
    total: number | null;
    version: number;
    items: ResultItem[];
  };

  const move = async (status: string, extra: Record<string, unknown> = {}) => {
    const response = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.id}/status`,
      as: admin,
      payload: { version: cycle.version, status, ...extra },
    });
    if (response.statusCode === 200) cycle = response.json();
    return response;
  };
  const results = async (): Promise<Result[]> => {
    const list: { id: string }[] = (
      await use().request({
        method: 'GET',
        url: `/api/v1/cycles/${cycle.id}/results?pageSize=50`,
        as: admin,
      })
    ).json().items;
    return Promise.all(
      list.map(
        async (r) =>
          (
            await use().request({ method: 'GET', url: `/api/v1/cycle-results/${r.id}`, as: admin })
          ).json() as Result,
      ),
    );
  };
  const itemOf = (result: Result | undefined, metric: string) => {
    const found = result?.items.find((i) => i.metric === metric);
    if (!found) throw new Error(`no ${metric}`);
    return found;
  };

  beforeAll(async () => {
    setNow(shanghai('2026-12-02T10:00:00'));
    org = await buildOrg(use().db);
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    admin = await use().login('admin@example.com', PASSWORD);
    const owners = SINCE_2025.map((o) => ({ ...o, ownerId: org.users.rep1.id }));
    const customerId = await insertCustomer(use().db, { owners, level: 'A' });
    const open = await insertStage(use().db, 'open');
    // An open deal last touched on 28 November: fresh on 2 December, stale by 31 December.
    const opportunityId = await insertOpportunity(use().db, {
      customerId,
      ownerId: org.users.rep1.id,
      createdAt: '2026-10-01T02:00:00Z',
      changes: [{ stageId: open, status: 'open', effectiveAt: '2026-10-01T02:00:00Z' }],
    });
    await insertActivity(use().db, {
      actorId: org.users.rep1.id,
      occurredAt: shanghai('2026-11-28T10:00:00'),
      record: { type: 'opportunity', id: opportunityId, customerId },
    });
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/cycles',
      as: admin,
      payload: { name: 'December 2026', kind: 'month', anchorDay: '2026-12-01' },
    });
    cycle = created.json();
  });

  it('counts an open cycle as of now and labels it "so far"', async () => {
    expect((await move('open')).statusCode).toBe(200);
    expect(cycle.soFar).toBe(true);
    const asOf = Date.parse(cycle.asOf ?? '');
    expect(asOf - Date.parse(shanghai('2026-12-02T10:00:00'))).toBeGreaterThanOrEqual(0);
    expect(asOf - Date.parse(shanghai('2026-12-02T10:00:00'))).toBeLessThan(60_000);
    const rep1 = (await results()).find((r) => r.userId === org.users.rep1.id);
    // At 2 December the deal was touched 4 days ago: 0 stale of 1 (judged at the end, 31
    // December, it would be 1 of 1).
    expect(itemOf(rep1, 'stale_pipeline')).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('refuses manager review before the period ends unless forced, and says what would freeze', async () => {
    expect((await move('self_review')).statusCode).toBe(200);
    const refused = await move('manager_review');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'cycle_period_not_ended',
      params: { lastDay: '2026-12-31' },
    });
    expect(cycle.status).toBe('self_review');
    setNow(shanghai('2026-12-03T09:00:00'));
    const forced = await move('manager_review', { force: true });
    expect(forced.statusCode).toBe(200);
    expect(cycle).toMatchObject({ status: 'manager_review', soFar: true });
    expect(Date.parse(cycle.asOf ?? '')).toBeGreaterThanOrEqual(
      Date.parse(shanghai('2026-12-03T09:00:00')),
    );
  });

  it('recomputes a frozen cycle at its stored scoring time, whenever it is asked', async () => {
    const frozenAsOf = cycle.asOf;
    const before = await results();
    setNow(shanghai('2027-01-10T10:00:00'));
    admin = await use().login('admin@example.com', PASSWORD);
    // New data after the freeze, dated inside the period.
    await insertActivity(use().db, {
      actorId: org.users.rep1.id,
      occurredAt: shanghai('2026-12-20T10:00:00'),
    });
    const recomputed = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.id}/recompute`,
      as: admin,
      payload: { version: cycle.version, reason: 'audit check' },
    });
    expect(recomputed.statusCode).toBe(200);
    expect(recomputed.json().asOf).toBe(frozenAsOf);
    const after = await results();
    const frequency = (list: Result[]) =>
      itemOf(
        list.find((r) => r.userId === org.users.rep1.id),
        'activity_frequency',
      ).numerator;
    expect(frequency(after)).toBe(frequency(before));
  });

  it('refreshes the managers’ team scores as soon as a report’s score is adjusted', async () => {
    const rep1 = (await results()).find((r) => r.userId === org.users.rep1.id);
    if (!rep1) throw new Error('rep1 has no result');
    const adjusted = await use().request({
      method: 'POST',
      url: `/api/v1/cycle-results/${rep1.id}/items/stale_pipeline/adjust`,
      as: await use().login('lead@example.com', PASSWORD),
      payload: { version: rep1.version, score: 100, reason: 'the deal was discussed in person' },
    });
    expect(adjusted.statusCode).toBe(200);
    const after = await results();
    const totalOf = (userId: string) => after.find((r) => r.userId === userId)?.total ?? null;
    const lead = after.find((r) => r.userId === org.users.lead.id);
    // The lead's reports are rep1 and rep2: their team score is the mean of the two totals.
    const reports = [totalOf(org.users.rep1.id), totalOf(org.users.rep2.id)].filter(
      (t): t is number => t !== null,
    );
    expect(itemOf(lead, 'team_score')).toMatchObject({
      numerator: expect.closeTo(
        reports.reduce((a, b) => a + b, 0),
        9,
      ),
      denominator: reports.length,
    });
  });
});

describeEngines('joining day', (use) => {
  it('is the organisation’s calendar day, not the UTC one', async () => {
    // 01:00 on 1 December in Shanghai is still 30 November in UTC.
    setNow(shanghai('2026-12-01T01:00:00'));
    const org = await buildOrg(use().db);
    expect(org.users.rep1.joinedOn).toBe('2026-12-01');
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/users',
      as: await use().login('admin@example.com', PASSWORD),
      payload: { name: 'Newcomer', email: 'new@example.com', password: PASSWORD, roles: ['sales'] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().joinedOn).toBe('2026-12-01');
  });
});
