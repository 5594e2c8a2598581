import { beforeAll, describe, expect, it } from 'vitest';
import { runDailyRecognition } from '../../src/modules/recognition/recognition-grants.service.js';
import { createUser } from '../../src/modules/org/org.service.js';
import { describeEngines } from '../support/describe-engines.js';
import { insertActivity, insertCustomer, insertQualityFlag } from '../support/metric-fixtures.js';
import { insertContract } from '../support/metric-result-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

const ZONE = 'Asia/Shanghai';
/** The fixed test clock: 2026-11-18 10:00 in Shanghai. */
const NOW = new Date('2026-11-18T02:00:00.000Z');

type Person = 'rep1' | 'rep2' | 'rep4' | 'rep5' | 'rep3';
type Row = { total: number | null; share?: number; completeness?: number | null; flags?: number };

describeEngines('recognition: awards, badges, leaderboards', (use) => {
  let org: Org;
  const ids = {} as Record<Person, string>;
  const sessions = {} as Record<'admin' | 'rep1' | 'rep2' | 'rep5' | 'lead', string>;
  let templateVersionId: string;
  let seq = 0;

  /**
   * A monthly cycle in calibration with hand-chosen totals, then published through the API
   * (which grants its recognition). `completeness` is its profile_completeness item.
   */
  async function publishedCycle(month: string, rows: Partial<Record<Person, Row>>) {
    const db = use().db.kysely;
    const id = `cyc-${month}`;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const start = new Date(Date.UTC(y, m - 1, 1) - 8 * 3_600_000).toISOString();
    const end = new Date(Date.UTC(y, m, 1) - 8 * 3_600_000).toISOString();
    await db
      .insertInto('cycles')
      .values({
        id,
        name: `Month ${month}`,
        kind: 'month',
        firstDay: `${month}-01`,
        lastDay: `${month}-28`,
        periodStart: start,
        periodEnd: end,
        zone: ZONE,
        status: 'calibrated',
        createdBy: null,
        createdAt: start,
        openedAt: start,
        frozenAt: end,
        publishedAt: null,
        archivedAt: null,
        computedAt: end,
        scoredAt: end,
      })
      .execute();
    for (const [person, row] of Object.entries(rows) as [Person, Row][]) {
      const userId = ids[person];
      await db
        .insertInto('cycleParticipants')
        .values({
          cycleId: id,
          userId,
          role: 'sales',
          templateVersionId,
          managerId: null,
          targets: '{}',
        })
        .execute();
      const resultId = `res-${++seq}`;
      await db
        .insertInto('cycleResults')
        .values({
          id: resultId,
          cycleId: id,
          userId,
          total: row.total,
          grade: null,
          applicableShare: row.share ?? 1,
          computedAt: end,
          selfComment: null,
          selfReviewedAt: null,
          managerComment: null,
          managerReviewedBy: null,
          managerReviewedAt: null,
          acknowledgedAt: null,
          employeeComment: null,
        })
        .execute();
      if (row.completeness !== undefined)
        await db
          .insertInto('cycleResultItems')
          .values({
            id: `item-${seq}`,
            resultId,
            metric: 'profile_completeness',
            weight: 10,
            floor: 0.5,
            target: 0.9,
            cap: 120,
            minSample: 5,
            value: row.completeness,
            numerator: null,
            denominator: null,
            naReason: row.completeness === null ? 'below_min_sample' : null,
            score: null,
            adjustedScore: null,
            adjustReason: null,
            adjustedBy: null,
            adjustedAt: null,
            pace: null,
          })
          .execute();
    }
    const response = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${id}/status`,
      as: sessions.admin,
      payload: { version: 1, status: 'published' },
    });
    expect(response.statusCode, response.body).toBe(200);
    return id;
  }

  const grants = async (as: string, query = '') => {
    const response = await use().request({
      method: 'GET',
      url: `/api/v1/recognition/grants?limit=200${query}`,
      as,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as {
      kind: string;
      key: string;
      userId: string;
      cycleId: string | null;
      evidence: Record<string, unknown>;
    }[];
  };
  const awardsOf = async (cycleId: string) =>
    (await grants(sessions.admin))
      .filter((g) => g.kind === 'award' && g.cycleId === cycleId)
      .map((g) => [g.key, g.userId])
      .sort();
  const name = (userId: string) =>
    (Object.entries(ids) as [Person, string][]).find(([, id]) => id === userId)?.[0];

  let july: string, august: string;

  beforeAll(async () => {
    const { db } = use();
    org = await buildOrg(db);
    const east = org.departments.east.id;
    const extra = (key: string) =>
      createUser(db, null, {
        name: key,
        email: `${key}@example.com`,
        password: PASSWORD,
        roles: ['sales'],
        departmentId: east,
        managerId: org.users.lead.id,
      });
    ids.rep1 = org.users.rep1.id;
    ids.rep2 = org.users.rep2.id;
    ids.rep3 = org.users.rep3.id;
    ids.rep4 = (await extra('rep4')).id;
    ids.rep5 = (await extra('rep5')).id;
    await db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    templateVersionId = (
      await db.kysely.selectFrom('templateVersions').select('id').executeTakeFirstOrThrow()
    ).id;
    sessions.admin = await use().login('admin@example.com', PASSWORD);
    sessions.rep1 = await use().login('rep1@example.com', PASSWORD);
    sessions.rep2 = await use().login('rep2@example.com', PASSWORD);
    sessions.rep5 = await use().login('rep5@example.com', PASSWORD);
    sessions.lead = await use().login('lead@example.com', PASSWORD);
    // rep5's open flag, raised in August: over the default threshold of 0 from August on.
    await insertQualityFlag(db, {
      rule: 'Q1',
      entity: 'customer',
      recordId: 'cust-x',
      field: 'phone',
      userId: ids.rep5,
      status: 'open',
      createdAt: '2026-08-10T00:00:00Z',
    });
    // A cleared flag never counts.
    await insertQualityFlag(db, {
      rule: 'Q3',
      entity: 'activity',
      recordId: 'act-x',
      userId: ids.rep1,
      status: 'cleared',
      createdAt: '2026-08-10T00:00:00Z',
    });

    // Sales East (rep1, rep2, rep4, rep5) and Sales (rep3 alone).
    july = await publishedCycle('2026-07', {
      rep1: { total: 80, completeness: 1 },
      rep2: { total: 70, completeness: 1 },
      rep4: { total: 60, completeness: 1 },
      rep5: { total: 50, completeness: 1 },
      rep3: { total: 99, completeness: 1 },
    });
    august = await publishedCycle('2026-08', {
      rep1: { total: 85, completeness: 1 },
      rep2: { total: 91.26, completeness: 1 },
      rep4: { total: 91.34, share: 0.8, completeness: null },
      rep5: { total: 95, completeness: 1 },
      rep3: { total: 99, completeness: 1 },
    });
  });

  describe('awards', () => {
    it('best CRM user goes to the highest total; no most improved without a previous cycle', async () => {
      // Sales East: rep1 80 is highest. Sales has only rep3: a group of 1 gives no award.
      expect(await awardsOf(july)).toEqual([['best_crm_user', ids.rep1]]);
    });

    it('shares a tie on the total shown and leaves the flagged highest total out', async () => {
      // rep5 95 has an open flag (threshold 0): out. rep2 91.26 and rep4 91.34 both show 91.3.
      // Most improved: rep4 91.3 − 60.0 = +31.3 beats rep2 +21.3 and rep1 +5.0 (rep5 +45 is out).
      expect(await awardsOf(august)).toEqual(
        [
          ['best_crm_user', ids.rep2],
          ['best_crm_user', ids.rep4],
          ['most_improved', ids.rep4],
        ].sort(),
      );
      const best = (await grants(sessions.admin)).find(
        (g) => g.key === 'best_crm_user' && g.userId === ids.rep2,
      );
      expect(best?.evidence).toEqual({
        kind: 'award',
        cycleName: 'Month 2026-08',
        total: 91.3,
        previousTotal: null,
        gain: null,
        sharedWith: [ids.rep4],
        groupSize: 4,
        eligible: 3,
        excluded: { noTotal: 0, fewItemsApplicable: 0, openFlags: 1 },
      });
      const improved = (await grants(sessions.admin)).find((g) => g.key === 'most_improved');
      expect(improved?.evidence).toMatchObject({ total: 91.3, previousTotal: 60, gain: 31.3 });
    });

    it('granting again changes nothing', async () => {
      const before = await grants(sessions.admin);
      const again = await use().request({
        method: 'POST',
        url: `/api/v1/recognition/cycles/${august}/grant`,
        as: sessions.admin,
      });
      expect(again.json()).toEqual({ granted: 0 });
      expect(await grants(sessions.admin)).toEqual(before);
    });

    it('refuses a rep who asks to grant again', async () => {
      const asRep = await use().request({
        method: 'POST',
        url: `/api/v1/recognition/cycles/${august}/grant`,
        as: sessions.rep1,
      });
      expect(asRep.statusCode).toBe(403);
    });
  });

  describe('badges', () => {
    it('complete profiles needs three closed cycles running, each at 100 %', async () => {
      // After July and August nobody has three cycles yet.
      expect((await grants(sessions.admin)).filter((g) => g.key === 'complete_profiles')).toEqual(
        [],
      );
      // September: rep1 1/1/1 → earned; rep2 1/1/0.9 → no; rep4 1/N/A/1 → no (N/A breaks the run).
      await publishedCycle('2026-09', {
        rep1: { total: 80, completeness: 1 },
        rep2: { total: 80, completeness: 0.9 },
        rep4: { total: 80, completeness: 1 },
        rep5: { total: 80, completeness: 1 },
      });
      const earned = (await grants(sessions.admin)).filter((g) => g.key === 'complete_profiles');
      // rep5 was in all three at 100 %: flags do not stop a badge.
      expect(earned.map((g) => name(g.userId)).sort()).toEqual(['rep1', 'rep5']);
      expect(earned.find((g) => g.userId === ids.rep1)?.evidence).toEqual({
        kind: 'badge',
        metric: 'profile_completeness',
        threshold: 1,
        window: { kind: 'cycles', count: 3 },
        observations: [
          { occasion: 'cyc-2026-07', value: 1 },
          { occasion: 'cyc-2026-08', value: 1 },
          { occasion: 'cyc-2026-09', value: 1 },
        ],
      });
    });

    it('badges over recent days and last month come from the daily job, once', async () => {
      const { db } = use();
      // 30 days before 18 Nov: 19 Oct – 17 Nov. rep1: five calls, all recorded within the hour.
      // rep2: five calls, one recorded 30 h late → 4/5 = 80 %, no timeliness badge.
      for (let day = 20; day <= 24; day += 1) {
        await insertActivity(db, { actorId: ids.rep1, occurredAt: `2026-10-${day}T02:00:00Z` });
        await insertActivity(db, {
          actorId: ids.rep2,
          occurredAt: `2026-10-${day}T02:00:00Z`,
          recordedAt: day === 24 ? '2026-10-25T08:00:00Z' : undefined,
        });
      }
      // rep2 wins a first deal of ¥1,000 on 1 Nov.
      const customer = await insertCustomer(db, {
        owners: [{ ownerId: ids.rep2, from: '2026-01-01T00:00:00Z' }],
      });
      await insertContract(db, {
        customerId: customer,
        owners: [{ ownerId: ids.rep2, from: '2026-11-01T02:00:00Z' }],
        amountCents: 100_000,
        signedOn: '2026-11-01',
      });
      // An admin's badge: at least 1 call a week over last month (October: 31 days = 31/7 weeks).
      // rep1 and rep2: 5 / (31/7) = 1.13 → earned; everyone else 0.
      const created = await use().request({
        method: 'POST',
        url: '/api/v1/recognition/badges',
        as: sessions.admin,
        payload: {
          nameZh: '每周至少一次',
          nameEn: 'Weekly caller',
          rule: { metric: 'activity_frequency', threshold: 1, window: { kind: 'month' } },
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const weekly = created.json().key as string;

      await runDailyRecognition(db, NOW, ZONE);
      const byKey = (key: string) =>
        grants(sessions.admin).then((all) =>
          all
            .filter((g) => g.key === key)
            .map((g) => name(g.userId))
            .sort(),
        );
      expect(await byKey('timeliness_streak')).toEqual(['rep1']);
      expect(await byKey('first_won_deal')).toEqual(['rep2']);
      expect(await byKey(weekly)).toEqual(['rep1', 'rep2']);
      const streak = (await grants(sessions.admin)).find((g) => g.key === 'timeliness_streak');
      expect(streak?.evidence).toMatchObject({
        observations: [{ occasion: '2026-10-19..2026-11-17', value: 1 }],
      });
      const weeklyEvidence = (await grants(sessions.admin)).find(
        (g) => g.key === weekly && g.userId === ids.rep1,
      )?.evidence as { observations: { occasion: string; value: number }[] };
      expect(weeklyEvidence.observations[0]?.occasion).toBe('2026-10-01..2026-10-31');
      expect(weeklyEvidence.observations[0]?.value).toBeCloseTo(5 / (31 / 7), 9);

      // Run again: nothing new.
      const before = await grants(sessions.admin);
      expect(await runDailyRecognition(db, NOW, ZONE)).toBe(0);
      expect(await grants(sessions.admin)).toEqual(before);
    });

    it('tells the person of their badge in the inbox', async () => {
      const inbox = await use().request({
        method: 'GET',
        url: '/api/v1/notifications',
        as: sessions.rep1,
      });
      const kinds = (inbox.json().items as { kind: string }[]).map((n) => n.kind);
      expect(kinds).toContain('badge');
      expect(kinds).toContain('award');
    });

    it('an admin switches a built-in badge off: no new grants until it is on again', async () => {
      const { db } = use();
      const toggle = (active: boolean, as = sessions.admin, key = 'first_won_deal') =>
        use().request({
          method: 'PUT',
          url: `/api/v1/recognition/built-in-badges/${key}`,
          as,
          payload: { active },
        });
      expect((await toggle(false, sessions.rep1)).statusCode).toBe(403);
      expect((await toggle(false, sessions.admin, 'no_such_badge')).statusCode).toBe(404);
      const off = await toggle(false);
      expect(off.statusCode, off.body).toBe(200);
      expect(off.json()).toMatchObject({ key: 'first_won_deal', builtIn: true, active: false });

      // rep3 wins a first deal on 2 Nov; with the badge off the daily job grants nothing.
      const customer = await insertCustomer(db, {
        owners: [{ ownerId: ids.rep3, from: '2026-01-01T00:00:00Z' }],
      });
      await insertContract(db, {
        customerId: customer,
        owners: [{ ownerId: ids.rep3, from: '2026-11-02T02:00:00Z' }],
        amountCents: 50_000,
        signedOn: '2026-11-02',
      });
      const firstDeals = async () =>
        (await grants(sessions.admin))
          .filter((g) => g.key === 'first_won_deal')
          .map((g) => name(g.userId))
          .sort();
      expect(await runDailyRecognition(db, NOW, ZONE)).toBe(0);
      expect(await firstDeals()).toEqual(['rep2']);
      const listed = await use().request({
        method: 'GET',
        url: '/api/v1/recognition/badges',
        as: sessions.rep1,
      });
      expect(
        (listed.json().items as { key: string; active: boolean }[]).find(
          (b) => b.key === 'first_won_deal',
        )?.active,
      ).toBe(false);

      // On again: the next run grants it; rep2's earlier badge stayed all along.
      expect((await toggle(true)).json()).toMatchObject({ active: true });
      expect(await runDailyRecognition(db, NOW, ZONE)).toBe(1);
      expect(await firstDeals()).toEqual(['rep2', 'rep3']);
      const history = await db.kysely
        .selectFrom('history')
        .select('action')
        .where('entity', '=', 'settings')
        .where('entityId', '=', 'recognition_built_in_badges_off')
        .execute();
      expect(history).toHaveLength(2);
    });

    it('refuses a badge on an unknown metric or a threshold outside the unit, by field', async () => {
      const post = (rule: object) =>
        use().request({
          method: 'POST',
          url: '/api/v1/recognition/badges',
          as: sessions.admin,
          payload: { nameZh: '徽章', nameEn: 'Badge', rule },
        });
      const unknown = await post({ metric: 'nope', threshold: 1, window: { kind: 'month' } });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.details[0]).toMatchObject({
        path: 'rule.metric',
        code: 'metric_unknown',
      });
      const percent = await post({
        metric: 'win_rate',
        threshold: 80,
        window: { kind: 'cycles', count: 2 },
      });
      expect(percent.json().error.details[0]).toMatchObject({
        path: 'rule.threshold',
        code: 'target_outside_unit_range',
      });
      const asRep = await use().request({
        method: 'POST',
        url: '/api/v1/recognition/badges',
        as: sessions.rep1,
        payload: {
          nameZh: '徽章',
          nameEn: 'Badge',
          rule: { metric: 'win_rate', threshold: 0.5, window: { kind: 'month' } },
        },
      });
      expect(asRep.statusCode).toBe(403);
    });
  });

  describe('feed and scope', () => {
    it('a rep sees only their own awards and badges; an admin sees everyone', async () => {
      const mine = await grants(sessions.rep1, '&days=30');
      expect(mine.length).toBeGreaterThan(0);
      expect(new Set(mine.map((g) => g.userId))).toEqual(new Set([ids.rep1]));
      const others = await grants(sessions.rep1, `&userId=${ids.rep2}`);
      expect(others).toEqual([]);
      const all = await grants(sessions.admin);
      expect(new Set(all.map((g) => name(g.userId)))).toEqual(
        new Set(['rep1', 'rep2', 'rep3', 'rep4', 'rep5']),
      );
    });
  });

  describe('leaderboards', () => {
    type Board = {
      role: string;
      departmentId: string | null;
      size: number;
      top: { userId: string; total: number; rank: number }[];
      me: { userId: string; total: number; rank: number } | null;
    };
    const boards = async (as: string, cycleId = august) => {
      const response = await use().request({
        method: 'GET',
        url: `/api/v1/recognition/leaderboards?cycleId=${cycleId}`,
        as,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { enabled: boolean; boards: Board[] };
    };
    const settings = (payload: object) =>
      use().request({
        method: 'PUT',
        url: '/api/v1/settings/recognition',
        as: sessions.admin,
        payload,
      });

    it('shows the top N (ties included) and my own rank, never anyone below the top', async () => {
      await settings({ leaderboardsEnabled: true, leaderboardSize: 2, awardMaxOpenFlags: 0 });
      // August, Sales East: rep5 95.0 (1), rep2 91.3 and rep4 91.3 (2, 2), rep1 85.0 (4).
      const forRep1 = await boards(sessions.rep1);
      expect(forRep1.boards).toHaveLength(1); // only their own group: Sales is not in their scope
      const [east] = forRep1.boards as [Board];
      expect(east.top.map((p) => [name(p.userId), p.total, p.rank])).toEqual([
        ['rep5', 95, 1],
        ['rep2', 91.3, 2],
        ['rep4', 91.3, 2],
      ]);
      expect(east.me).toMatchObject({ userId: ids.rep1, total: 85, rank: 4 });
      expect(east.size).toBe(4);
      // rep2 is in the top: their own rank is shown, rep1 (below the top) nowhere.
      const forRep2 = await boards(sessions.rep2);
      const body = JSON.stringify(forRep2);
      expect(body).not.toContain(ids.rep1);
      expect(forRep2.boards[0]?.me).toMatchObject({ rank: 2 });
    });

    it('an admin sees every group; a group of one is still ranked', async () => {
      const forAdmin = await boards(sessions.admin);
      expect(forAdmin.boards.map((b) => b.size).sort()).toEqual([1, 4]);
      expect(forAdmin.boards.every((b) => b.me === null)).toBe(true);
    });

    it('can be switched off for the organisation', async () => {
      await settings({ leaderboardsEnabled: false, leaderboardSize: 2, awardMaxOpenFlags: 0 });
      expect(await boards(sessions.rep1)).toEqual({ enabled: false, cycle: null, boards: [] });
      const asRep = await use().request({
        method: 'PUT',
        url: '/api/v1/settings/recognition',
        as: sessions.rep1,
        payload: { leaderboardsEnabled: true, leaderboardSize: 2, awardMaxOpenFlags: 0 },
      });
      expect(asRep.statusCode).toBe(403);
      await settings({ leaderboardsEnabled: true, leaderboardSize: 10, awardMaxOpenFlags: 0 });
    });

    it('refuses an open cycle, for boards and for granting', async () => {
      const cycle = await use().request({
        method: 'POST',
        url: '/api/v1/cycles',
        as: sessions.admin,
        payload: { name: 'Open', kind: 'month', anchorDay: '2026-11-01' },
      });
      const response = await use().request({
        method: 'GET',
        url: `/api/v1/recognition/leaderboards?cycleId=${cycle.json().id}`,
        as: sessions.rep1,
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('cycle_not_closed');
      const grant = await use().request({
        method: 'POST',
        url: `/api/v1/recognition/cycles/${cycle.json().id}/grant`,
        as: sessions.admin,
      });
      expect(grant.statusCode).toBe(422);
      expect(grant.json().error.code).toBe('cycle_not_closed');
    });
  });

  describe('the open-flag threshold', () => {
    it('raised to 1, granting August again adds rep5 and withdraws nobody', async () => {
      await use().request({
        method: 'PUT',
        url: '/api/v1/settings/recognition',
        as: sessions.admin,
        payload: { leaderboardsEnabled: true, leaderboardSize: 10, awardMaxOpenFlags: 1 },
      });
      const again = await use().request({
        method: 'POST',
        url: `/api/v1/recognition/cycles/${august}/grant`,
        as: sessions.admin,
      });
      // rep5 is now eligible: best (95.0) and most improved (95.0 − 50.0 = +45.0).
      expect(again.json()).toEqual({ granted: 2 });
      expect(await awardsOf(august)).toEqual(
        [
          ['best_crm_user', ids.rep2],
          ['best_crm_user', ids.rep4],
          ['best_crm_user', ids.rep5],
          ['most_improved', ids.rep4],
          ['most_improved', ids.rep5],
        ].sort(),
      );
    });
  });
});
