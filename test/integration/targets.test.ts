import { beforeAll, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { describeEngines } from '../support/describe-engines.js';
import { exportedRows } from '../support/export-files.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

type Item = { metric: string; score: number | null; misconfigured: string | null };
type CycleResult = {
  total: number | null;
  applicableShare: number;
  items: {
    metric: string;
    weight: number;
    target: number;
    value: number | null;
    score: number | null;
    misconfigured: string | null;
  }[];
};

describeEngines('per-user targets (业绩目标) and their effect on scorecards', (use) => {
  let org: Org;
  let admin: string, lead: string, director: string;
  const today = new Date().toISOString().slice(0, 10);
  const put = (as: string, change: object) =>
    use().request({
      method: 'PUT',
      url: '/api/v1/targets',
      as,
      payload: {
        userId: org.users.rep1.id,
        metric: 'activity_frequency',
        period: 'month',
        anchorDay: today,
        target: 15,
        ...change,
      },
    });

  beforeAll(async () => {
    org = await buildOrg(use().db);
    // Everyone has been here all month, so counts are scored (not N/A for a newcomer).
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    admin = await use().login('admin@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    director = await use().login('director@example.com', PASSWORD);
  });

  it('refuses a target outside the unit or on the wrong side of the floor, naming the field', async () => {
    // Sales template: activity_frequency floor 2, target 16 (+); stale_pipeline floor 0.8 (−).
    const cases = [
      [{ target: -5 }, 'target_outside_unit_range'],
      [{ target: 1 }, 'target_on_wrong_side_of_floor'],
      [{ target: 2 }, 'target_equals_floor'],
      [{ metric: 'stale_pipeline', target: 0.9 }, 'target_on_wrong_side_of_floor'],
      [{ metric: 'win_rate', target: 40 }, 'target_outside_unit_range'],
    ] as const;
    for (const [change, code] of cases) {
      const response = await put(lead, change);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        expect.objectContaining({ path: 'target', code }),
      ]);
    }
    expect((await put(lead, { metric: 'stale_pipeline', target: 0.2 })).statusCode).toBe(200);
    expect((await put(lead, { target: 15 })).statusCode).toBe(200);
  });

  it('lets nobody set or remove their own target', async () => {
    const own = await put(lead, {
      userId: org.users.lead.id,
      metric: 'review_coverage',
      target: 1,
    });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('own_target');
    expect(own.json().error.details).toEqual([
      expect.objectContaining({ path: 'userId', code: 'own_target' }),
    ]);
    const forLead = await put(director, {
      userId: org.users.lead.id,
      metric: 'review_coverage',
      target: 1,
    });
    expect(forLead.statusCode).toBe(200);
    const removeOwn = await use().request({
      method: 'DELETE',
      url: `/api/v1/targets/${forLead.json().id}`,
      as: lead,
    });
    expect(removeOwn.statusCode).toBe(403);
  });

  it('shows a stored target on the wrong side of its floor as misconfigured and scores the rest', async () => {
    // A target stored before validation existed (or made wrong by a later template change).
    const periodStart = `${today.slice(0, 7)}-01`;
    await use()
      .db.kysely.updateTable('userTargets')
      .set({ target: -5 })
      .where('userId', '=', org.users.rep1.id)
      .where('metric', '=', 'activity_frequency')
      .where('periodStart', '=', periodStart)
      .execute();
    await use()
      .db.kysely.insertInto('userTargets')
      .values({
        id: newId(),
        userId: org.users.rep2.id,
        metric: 'win_rate',
        periodStart,
        periodEnd: periodStart,
        target: 0.05,
        setBy: org.users.lead.id,
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      })
      .execute();
    const card = await use().request({
      method: 'GET',
      url: `/api/v1/scorecard?userId=${org.users.rep1.id}`,
      as: lead,
    });
    expect(card.statusCode).toBe(200);
    const items = card.json().items as Item[];
    expect(items.find((i) => i.metric === 'activity_frequency')).toMatchObject({
      score: null,
      misconfigured: 'target_on_wrong_side_of_floor',
    });
    expect(items.filter((i) => i.misconfigured !== null)).toHaveLength(1);
    // rep1 logged nothing: stale_pipeline and update_timeliness are N/A, but counts score 0.
    expect(items.find((i) => i.metric === 'won_amount')).toMatchObject({
      score: 0,
      misconfigured: null,
    });

    for (const [as, managerId] of [
      [lead, org.users.lead.id],
      [director, org.users.director.id],
    ] as const) {
      const team = await use().request({
        method: 'GET',
        url: `/api/v1/scorecard/team?managerId=${managerId}`,
        as,
      });
      expect(team.statusCode).toBe(200);
    }
    const mine = await use().request({ method: 'GET', url: '/api/v1/scorecard', as: director });
    expect(mine.statusCode).toBe(200);
  });

  it('opens a cycle over such a target, leaving that item unscored and scoring the rest', async () => {
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/cycles',
      as: admin,
      payload: { name: 'This month', kind: 'month', anchorDay: today },
    });
    expect(created.statusCode).toBe(201);
    const cycle = created.json();
    const opened = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.id}/status`,
      as: admin,
      payload: { version: cycle.version, status: 'open' },
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().status).toBe('open');
    const resultOf = async (userId: string): Promise<CycleResult> => {
      const list = await use().request({
        method: 'GET',
        url: `/api/v1/cycles/${cycle.id}/results?pageSize=50`,
        as: admin,
      });
      const id = list.json().items.find((r: { userId: string }) => r.userId === userId)?.id;
      const result = await use().request({
        method: 'GET',
        url: `/api/v1/cycle-results/${id}`,
        as: admin,
      });
      expect(result.statusCode).toBe(200);
      return result.json();
    };
    const rep1 = await resultOf(org.users.rep1.id);
    const rep3 = await resultOf(org.users.rep3.id);
    const calls = (result: CycleResult) =>
      result.items.find((i) => i.metric === 'activity_frequency');
    // The stored target is snapshotted as it is; the item has a value but no score, ...
    expect(calls(rep1)).toMatchObject({ target: -5, value: 0, score: null, adjustedScore: null });
    // ... and says why, as the live scorecard does ...
    expect(calls(rep1)?.misconfigured).toBe('target_on_wrong_side_of_floor');
    expect(rep1.items.filter((i) => i.misconfigured !== null)).toHaveLength(1);
    // ... where the same item with the template's target is scored.
    expect(calls(rep3)).toMatchObject({ target: 16, value: 0, score: 0, misconfigured: null });
    expect(rep3.items.every((i) => i.misconfigured === null)).toBe(true);
    // The person sees the reason on their own result too.
    const rep1Login = await use().login('rep1@example.com', PASSWORD);
    const own = await use().request({
      method: 'GET',
      url: `/api/v1/cycles/${cycle.id}/results/me`,
      as: rep1Login,
    });
    expect(own.statusCode).toBe(200);
    expect(
      (own.json() as CycleResult).items.find((i) => i.metric === 'activity_frequency'),
    ).toMatchObject({ score: null, misconfigured: 'target_on_wrong_side_of_floor' });
    // The export names it as the reason the item is not applicable, in either language.
    for (const language of ['en', 'zh-CN']) {
      const rows = await exportedRows(
        use(),
        admin,
        `/api/v1/cycles/${cycle.id}/results/export?format=csv&language=${language}`,
      );
      const reasons = (person: string) =>
        rows.filter((row) => row[1] === person).map((row) => [row[7], row[11]]);
      expect(reasons('rep1')).toContainEqual(['-5', 'misconfigured']);
      expect(reasons('rep1').filter(([, reason]) => reason === 'misconfigured')).toHaveLength(1);
      expect(reasons('rep3').some(([, reason]) => reason === 'misconfigured')).toBe(false);
    }
    // It drops out of the total like an N/A item: one scored item fewer, the rest still scored.
    const scored = (result: CycleResult) => result.items.filter((i) => i.score !== null).length;
    expect(scored(rep1)).toBe(scored(rep3) - 1);
    expect(rep1.applicableShare).toBeCloseTo(scored(rep1) / rep1.items.length, 9);
    expect(rep1.total).not.toBeNull();
    const weighted = rep1.items.filter((i) => i.score !== null);
    expect(rep1.total).toBeCloseTo(
      weighted.reduce((sum, i) => sum + i.weight * (i.score ?? 0), 0) /
        weighted.reduce((sum, i) => sum + i.weight, 0),
      9,
    );
  });
});
