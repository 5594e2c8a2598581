import { beforeAll, expect, it } from 'vitest';
import type { TemplateItem } from '../../src/domain/appraisal/template-item.js';
import { createUser } from '../../src/modules/org/org.service.js';
import { describeEngines } from '../support/describe-engines.js';
import { insertActivity, insertQualityFlag } from '../support/metric-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { insertScoredCycle, insertTemplate, type StoredPerson } from '../support/review-fixture.js';

const item = (metric: string, weight: number, floor: number, target: number): TemplateItem => ({
  metric,
  weight,
  floor,
  target,
  cap: 120,
  minSample: 5,
});
/** Floors and targets chosen so that every score below is exact in binary arithmetic. */
const TEMPLATE = [
  item('update_timeliness', 10, 0.25, 0.75),
  item('activity_frequency', 10, 2, 18),
  item('win_rate', 20, 0, 0.5),
];

/**
 * u0…u9: [update_timeliness, activity_frequency, win_rate] as [value, score].
 * Totals = (10·a + 10·b + 20·c) / 40, or (10·a + 10·b) / 20 when win_rate is N/A.
 */
const STORED: [number, [number, number], [number, number], [number | null, number | null]][] = [
  [92.5, [1, 120], [10, 50], [0.5, 100]],
  [55, [0.875, 120], [2, 0], [0.25, 50]],
  [25, [0.75, 100], [2, 0], [0, 0]],
  [75, [0.75, 100], [2, 0], [0.5, 100]],
  [88.125, [0.8125, 112.5], [2, 0], [0.625, 120]],
  [56.25, [0.75, 100], [6, 25], [0.25, 50]],
  [43.75, [0.75, 100], [6, 25], [0.125, 25]],
  [62.5, [0.75, 100], [6, 25], [null, null]],
  [37.5, [0.5, 50], [6, 25], [null, null]],
  [12.5, [0.25, 0], [6, 25], [null, null]],
];
const GRADES = ['A', 'D', 'D', 'B', 'B', 'D', 'D', 'C', 'D', 'D'];

type Health = Record<string, number | boolean | null>;
type ReviewItem = { metric: string; health: Health; feedbackCount: number; unfairVotes: number };
type Review = {
  people: number;
  previousCycleIds: string[];
  templates: { key: string; items: ReviewItem[] }[];
  outcomeLinks: {
    role: string;
    links: { process: string; result: string; people: number; rho: number | null }[];
  }[];
  feedback: { userName: string; metric: string; unfair: boolean; comment: string | null }[];
};
type WhatIfRow = {
  userName: string;
  oldTotal: number | null;
  newTotal: number | null;
  newGrade: string | null;
  oldRank: number | null;
  newRank: number | null;
};

describeEngines('quarterly review and what-if', (use) => {
  let org: Org;
  let admin: string, lead: string, rep: string, u0: string;
  const users: string[] = [];
  let templateId: string, versionId: string;
  let february: string, march: string, april: string;

  const people = (): StoredPerson[] =>
    STORED.map(([total, a, b, c], i) => ({
      userId: users[i] ?? '',
      total,
      grade: GRADES[i] ?? null,
      items: { update_timeliness: a, activity_frequency: b, win_rate: c },
    }));
  const review = async (as: string, cycleIds: string) =>
    use().request({ method: 'GET', url: `/api/v1/reviews?cycleIds=${cycleIds}`, as });
  const itemOf = (body: Review, metric: string) => {
    const found = body.templates
      .find((t) => t.key === 'review-sales')
      ?.items.find((i) => i.metric === metric);
    if (!found) throw new Error(`no ${metric}`);
    return found;
  };
  const whatIf = (items: TemplateItem[], as = admin) =>
    use().request({
      method: 'POST',
      url: `/api/v1/cycles/${march}/what-if`,
      as,
      payload: { templateId, items },
    });
  const byName = (rows: WhatIfRow[]) => new Map(rows.map((r) => [r.userName, r]));

  beforeAll(async () => {
    const db = use().db;
    org = await buildOrg(db);
    for (let i = 0; i < 10; i++) {
      const user = await createUser(db, null, {
        name: `u${i}`,
        email: `u${i}@example.com`,
        password: PASSWORD,
        roles: ['sales'],
        departmentId: org.departments.east.id,
        managerId: i < 4 ? org.users.lead.id : org.users.director.id,
      });
      users.push(user.id);
    }
    ({ templateId, versionId } = await insertTemplate(db, 'review-sales', 'sales', TEMPLATE));
    const cycle = (name: string, month: string, status: 'published' | 'open') =>
      insertScoredCycle(db, {
        name,
        month,
        status,
        versionId,
        template: TEMPLATE,
        people: people(),
      });
    february = await cycle('2026-02', '2026-02', 'published');
    march = await cycle('2026-03', '2026-03', 'published');
    april = await cycle('2026-04', '2026-04', 'open');
    // data_flag_rate of u0 (the only one who records): 1 of 10 flagged in February, 2 of 10 in March.
    for (const [month, flagged] of [
      ['02', 1],
      ['03', 2],
    ] as const) {
      for (let i = 0; i < 10; i++) {
        const activity = await insertActivity(db, {
          actorId: users[0] ?? '',
          occurredAt: `2026-${month}-10T0${i}:00:00Z`,
        });
        if (i < flagged)
          await insertQualityFlag(db, {
            rule: 'Q5',
            entity: 'activity',
            recordId: activity,
            userId: users[0] ?? '',
            status: 'open',
          });
      }
    }
    admin = await use().login('admin@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    rep = await use().login('rep1@example.com', PASSWORD);
    u0 = await use().login('u0@example.com', PASSWORD);
  });

  it('is for managers, HR and admins, and for closed cycles only', async () => {
    expect((await review(rep, march)).statusCode).toBe(403);
    const open = await review(admin, april);
    expect(open.statusCode).toBe(422);
    expect(open.json().error).toMatchObject({
      code: 'cycle_not_closed',
      params: { status: 'open' },
    });
    expect((await review(admin, 'no-such-cycle')).statusCode).toBe(404);
  });

  it('gives each item its distribution and flags saturated, unreachable and noisy at their thresholds', async () => {
    const response = await review(admin, march);
    expect(response.statusCode).toBe(200);
    const body: Review = response.json();
    expect(body.people).toBe(10);
    // update_timeliness: 120 120 100 100 112.5 100 100 100 50 0 → 8 of 10 at target: saturated.
    expect(itemOf(body, 'update_timeliness').health).toMatchObject({
      participants: 10,
      scored: 10,
      mean: 90.25,
      median: 100,
      p10: 45, // 0 + 0.9 × (50 − 0)
      p90: 120,
      shareAtCap: 0.2,
      shareAtZero: 0.1,
      shareAtOrAboveTarget: 0.8,
      shareNa: 0,
      saturated: true,
      unreachable: false,
      noisy: false,
    });
    // activity_frequency: 50 0 0 0 0 25 25 25 25 25 → 1 of 10 reaches 50: unreachable.
    expect(itemOf(body, 'activity_frequency').health).toMatchObject({
      mean: 17.5,
      median: 25,
      p10: 0,
      shareAtZero: 0.4,
      shareReachingHalfway: 0.1,
      saturated: false,
      unreachable: true,
      noisy: false,
    });
    expect(itemOf(body, 'activity_frequency').health.p90).toBeCloseTo(27.5, 12); // 25 + 0.1 × 25
    // win_rate: 3 of 10 N/A → noisy; 100 50 0 100 120 50 25 over the 7 scored.
    const win = itemOf(body, 'win_rate').health;
    expect(win).toMatchObject({
      participants: 10,
      scored: 7,
      shareNa: 0.3,
      noisy: true,
      median: 50,
    });
    expect(win.mean).toBeCloseTo(445 / 7, 12);
    expect(win.p10).toBeCloseTo(15, 12); // h = 0.6: 0 + 0.6 × 25
    expect(win.p90).toBeCloseTo(108, 12); // h = 5.4: 100 + 0.4 × 20
    expect(win.shareAtCap).toBeCloseTo(1 / 7, 12);
  });

  it('flags gamed? when the flag rate doubled on the previous cycle, and not without one', async () => {
    const march_: Review = (await review(admin, march)).json();
    expect(march_.previousCycleIds).toEqual([february]);
    // February 1/10, March 2/10: exactly twice.
    expect(itemOf(march_, 'win_rate').health.gamedSuspected).toBe(true);
    const february_: Review = (await review(admin, february)).json();
    expect(february_.previousCycleIds).toEqual([]);
    expect(itemOf(february_, 'win_rate').health.gamedSuspected).toBe(false);
    // Both months together have no two earlier closed cycles to compare with.
    const quarter: Review = (await review(admin, `${february},${march}`)).json();
    expect(itemOf(quarter, 'win_rate').health).toMatchObject({
      participants: 20,
      scored: 14,
      gamedSuspected: false,
    });
  });

  it('correlates the process items with the result items by rank (Spearman)', async () => {
    const body: Review = (await review(admin, march)).json();
    const links = body.outcomeLinks.find((l) => l.role === 'sales')?.links ?? [];
    const link = (process: string) =>
      links.find((l) => l.process === process && l.result === 'win_rate');
    // Average ranks over u0…u6 (win_rate N/A for u7…u9): Σdxdy = 11.5, Σdx² = 22.5, Σdy² = 27.
    expect(link('update_timeliness')?.people).toBe(7);
    expect(link('update_timeliness')?.rho).toBeCloseTo(11.5 / Math.sqrt(22.5 * 27), 12);
    // activity_frequency: Σdxdy = −0.75 with the same Σdx² and Σdy².
    expect(link('activity_frequency')?.rho).toBeCloseTo(-0.75 / Math.sqrt(22.5 * 27), 12);
  });

  it('covers only the people in a manager’s scope', async () => {
    const body: Review = (await review(lead, march)).json();
    expect(body.people).toBe(4); // u0…u3
    // 120 120 100 100: all at target; activity 50 0 0 0: 1 of 4 reaches 50, not unreachable.
    expect(itemOf(body, 'update_timeliness').health).toMatchObject({
      participants: 4,
      saturated: true,
    });
    expect(itemOf(body, 'activity_frequency').health).toMatchObject({
      shareReachingHalfway: 0.25,
      unreachable: false,
    });
  });

  it('exports the review as CSV', async () => {
    const response = await use().request({
      method: 'GET',
      url: `/api/v1/reviews/export.csv?cycleIds=${march}`,
      as: admin,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\ufeff/u, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Template,Item,Weight,Observations,Scored,Mean,Median,P10,P90,At cap,At zero,N/A,Flags,Feedback,Unfair votes',
    );
    expect(lines).toContain(
      'review-sales,Update timeliness,10,10,10,90.3,100,45,120,0.2,0.1,0,saturated gamed?,0,0',
    );
  });

  it('what-if: doubling a weight rescores totals, grades and ranks without writing anything', async () => {
    const response = await whatIf(
      TEMPLATE.map((i) => (i.metric === 'update_timeliness' ? { ...i, weight: 20 } : i)),
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const rows = byName(body.people);
    // (20·a + 10·b + 20·c) / 50, or (20·a + 10·b) / 30.
    const expected: [string, number, string, number, number][] = [
      ['u0', 98, 'A', 1, 1],
      ['u1', 68, 'C', 6, 5],
      ['u2', 40, 'D', 9, 9],
      ['u3', 80, 'B', 3, 3],
      ['u4', 93, 'A', 2, 2],
      ['u5', 65, 'C', 5, 6],
      ['u6', 55, 'D', 7, 7],
      ['u7', 75, 'B', 4, 4],
      ['u8', 1250 / 30, 'D', 8, 8],
      ['u9', 250 / 30, 'D', 10, 10],
    ];
    for (const [name, total, grade, oldRank, newRank] of expected) {
      const row = rows.get(name);
      expect(row?.newTotal).toBeCloseTo(total, 9);
      expect(row).toMatchObject({ newGrade: grade, oldRank, newRank });
    }
    expect(rows.get('u4')?.oldTotal).toBe(88.125);
    // |change|: u2 15, u1 13, u7 12.5, u6 11.25, u5 8.75, u0 5.5, u3 5, u4 4.875, u8 and u9 4.17.
    expect(body.movers).toEqual([2, 1, 7, 6, 5, 0, 3, 4, 8, 9].map((i) => users[i]));
    expect(body.changes).toEqual([
      expect.objectContaining({ metric: 'update_timeliness', change: 'changed' }),
    ]);
    const stored = await use()
      .db.kysely.selectFrom('cycleResults')
      .select('total')
      .where('cycleId', '=', march)
      .execute();
    expect(stored.map((r) => r.total).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      STORED.map((s) => s[0]).sort((a, b) => a - b),
    );
  });

  it('what-if: removed items drop out, a new target rescores from the stored values, equal totals share a rank', async () => {
    const body = (
      await whatIf([TEMPLATE[0] as TemplateItem, { ...(TEMPLATE[1] as TemplateItem), target: 10 }])
    ).json();
    const rows = byName(body.people);
    // (a + b) / 2 with activity_frequency now 100 × (v − 2) / 8.
    const expected: [string, number, number][] = [
      ['u0', 110, 1],
      ['u5', 75, 2],
      ['u6', 75, 2],
      ['u7', 75, 2],
      ['u1', 60, 5],
      ['u4', 56.25, 6],
      ['u2', 50, 7],
      ['u3', 50, 7],
      ['u8', 50, 7],
      ['u9', 25, 10],
    ];
    for (const [name, total, rank] of expected)
      expect(rows.get(name)).toMatchObject({ newTotal: total, newRank: rank });
    expect(rows.get('u0')?.newGrade).toBe('S');
  });

  it('what-if: an added item is measured for the cycle’s period', async () => {
    const body = (
      await whatIf([...TEMPLATE, { ...item('data_flag_rate', 10, 0.5, 0), minSample: 0 }])
    ).json();
    const rows = byName(body.people);
    // u0: 2 of 10 records flagged in March → 100 × (0.5 − 0.2) / 0.5 = 60; (3700 + 600) / 50.
    expect(rows.get('u0')?.newTotal).toBeCloseTo(86, 9);
    // Nobody else created a record: N/A, and their totals stay.
    expect(rows.get('u4')?.newTotal).toBe(88.125);
  });

  it('what-if: refuses an open cycle and invalid items, and is not for reps', async () => {
    expect(
      (
        await use().request({
          method: 'POST',
          url: `/api/v1/cycles/${april}/what-if`,
          as: admin,
          payload: { templateId, items: TEMPLATE },
        })
      ).statusCode,
    ).toBe(422);
    const bad = await whatIf([{ ...item('win_rate', 10, 0.5, 0.1) }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ path: 'items.0.target' });
    expect((await whatIf(TEMPLATE, rep)).statusCode).toBe(403);
  });

  it('adopting creates the next template version with the note, and the closed cycle stays as it was', async () => {
    const before = await use()
      .db.kysely.selectFrom('cycleResultItems')
      .selectAll()
      .orderBy('id')
      .execute();
    const proposal = TEMPLATE.map((i) =>
      i.metric === 'update_timeliness' ? { ...i, weight: 20 } : i,
    );
    const adopted = await use().request({
      method: 'POST',
      url: '/api/v1/what-if/adopt',
      as: lead,
      payload: {
        templateId,
        baseVersionId: versionId,
        items: proposal,
        note: 'Q1 review: timeliness counts double',
      },
    });
    expect(adopted.statusCode).toBe(201);
    expect(adopted.json()).toMatchObject({
      number: 2,
      note: 'Q1 review: timeliness counts double',
      items: proposal,
    });
    const template = await use()
      .db.kysely.selectFrom('templates')
      .selectAll()
      .where('id', '=', templateId)
      .executeTakeFirstOrThrow();
    expect(template.currentVersionId).toBe(adopted.json().id);
    expect(
      await use().db.kysely.selectFrom('cycleResultItems').selectAll().orderBy('id').execute(),
    ).toEqual(before);
    const participants = await use()
      .db.kysely.selectFrom('cycleParticipants')
      .select('templateVersionId')
      .where('cycleId', '=', march)
      .execute();
    expect(new Set(participants.map((p) => p.templateVersionId))).toEqual(new Set([versionId]));
    // Based on a version that is no longer current: refused.
    const again = await use().request({
      method: 'POST',
      url: '/api/v1/what-if/adopt',
      as: admin,
      payload: { templateId, baseVersionId: versionId, items: TEMPLATE, note: 'again' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('employees vote an item unfair from their scorecard while the cycle runs; reviewers see it', async () => {
    const put = (metric: string, payload: object, as = u0, cycle = april) =>
      use().request({
        method: 'PUT',
        url: `/api/v1/cycles/${cycle}/item-feedback/${metric}`,
        as,
        payload,
      });
    const first = await put('win_rate', { unfair: true, comment: 'My region has no leads' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ unfair: true, version: 1 });
    // One per person, item and cycle: a second one without the version is a conflict.
    expect((await put('win_rate', { unfair: false, comment: null })).statusCode).toBe(409);
    const changed = await put('win_rate', { unfair: false, comment: 'Fine after all', version: 1 });
    expect(changed.json()).toMatchObject({ unfair: false, comment: 'Fine after all', version: 2 });
    expect(
      (await put('win_rate', { unfair: true, comment: 'Unfair again', version: 2 })).statusCode,
    ).toBe(200);
    expect((await put('csat', { unfair: true, comment: null })).statusCode).toBe(404);
    expect((await put('win_rate', { unfair: true, comment: null }, rep)).statusCode).toBe(404);
    expect((await put('win_rate', { unfair: true, comment: null }, u0, march)).statusCode).toBe(
      422,
    );
    const history = await use()
      .db.kysely.selectFrom('history')
      .select('action')
      .where('entity', '=', 'item_feedback')
      .execute();
    expect(history.map((h) => h.action).sort()).toEqual(['create', 'update', 'update']);
    const mine = await use().request({
      method: 'GET',
      url: `/api/v1/cycles/${april}/item-feedback/me`,
      as: u0,
    });
    expect(mine.json().items).toEqual([
      expect.objectContaining({ metric: 'win_rate', unfair: true }),
    ]);

    // Two tabs saving a first vote on the same item at once: one is saved, the others are told
    // it changed meanwhile (409), and there is one row.
    const racing = await Promise.all(
      Array.from({ length: 6 }, () => put('activity_frequency', { unfair: true, comment: null })),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const stored = await use()
      .db.kysely.selectFrom('itemFeedback')
      .select('id')
      .where('metric', '=', 'activity_frequency')
      .execute();
    expect(stored).toHaveLength(1);

    await use()
      .db.kysely.updateTable('cycles')
      .set({ status: 'published' })
      .where('id', '=', april)
      .execute();
    const seen: Review = (await review(lead, april)).json();
    expect(seen.feedback).toHaveLength(2);
    expect(seen.feedback).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          userName: 'u0',
          metric: 'win_rate',
          unfair: true,
          comment: 'Unfair again',
        }),
        expect.objectContaining({ userName: 'u0', metric: 'activity_frequency', unfair: true }),
      ]),
    );
    expect(itemOf(seen, 'win_rate')).toMatchObject({ feedbackCount: 1, unfairVotes: 1 });
    // The lead's manager sees it too (u0 reports to them through the lead).
    const director = await use().login('director@example.com', PASSWORD);
    expect(((await review(director, april)).json() as Review).feedback).toHaveLength(2);
  });
});
