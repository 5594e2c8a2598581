import { beforeAll, expect, it } from 'vitest';
import { recomputeLiveCycles } from '../../src/modules/cycles/cycles.service.js';
import { describeEngines } from '../support/describe-engines.js';
import { exportedRows } from '../support/export-files.js';
import { insertActivity } from '../support/metric-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { historyEntries } from '../support/history-rows.js';

type Item = {
  metric: string;
  weight: number;
  value: number | null;
  numerator: number | null;
  score: number | null;
  adjustedScore: number | null;
  adjustReason: string | null;
};
type Result = { id: string; userId: string; total: number | null; version: number; items: Item[] };

describeEngines('appraisal cycles', (use) => {
  let org: Org;
  let admin: string, lead: string, rep1: string, rep2: string;
  let cycle: { id: string; version: number; status: string };

  const move = async (status: string, as = admin) => {
    const response = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.id}/status`,
      as,
      payload: { version: cycle.version, status },
    });
    if (response.statusCode === 200) cycle = response.json();
    return response;
  };
  const myResult = async (cookie: string): Promise<Result> =>
    (
      await use().request({
        method: 'GET',
        url: `/api/v1/cycles/${cycle.id}/results/me`,
        as: cookie,
      })
    ).json();
  const itemOf = (result: Result, metric: string) => {
    const item = result.items.find((i) => i.metric === metric);
    if (!item) throw new Error(`no ${metric}`);
    return item;
  };
  /** `count` valid calls by rep1 in March 2026 (Shanghai), recorded an hour later. */
  const addCalls = async (count: number, day: string): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      ids.push(
        await insertActivity(use().db, {
          actorId: org.users.rep1.id,
          occurredAt: `2026-03-${day}T0${i % 10}:00:00Z`,
          record: { type: 'customer', id: 'c-none', customerId: null },
        }),
      );
    }
    return ids;
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    // Everyone has been with the company since 2025, so March 2026 is a full month for all.
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    admin = await use().login('admin@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    rep2 = await use().login('rep2@example.com', PASSWORD);
    await addCalls(31, '10');
  });

  it('creates a monthly cycle over the Shanghai month as a draft; only HR/admin may', async () => {
    expect(
      (
        await use().request({
          method: 'POST',
          url: '/api/v1/cycles',
          as: rep1,
          payload: { name: 'x', kind: 'month', anchorDay: '2026-03-15' },
        })
      ).statusCode,
    ).toBe(403);
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/cycles',
      as: admin,
      payload: { name: '2026年3月', kind: 'month', anchorDay: '2026-03-15' },
    });
    expect(created.statusCode).toBe(201);
    cycle = created.json();
    expect(cycle).toMatchObject({
      status: 'draft',
      firstDay: '2026-03-01',
      lastDay: '2026-03-31',
      periodStart: '2026-02-28T16:00:00.000Z',
      periodEnd: '2026-03-31T16:00:00.000Z',
    });
  });

  it('answers "my result" with null for someone not appraised in the cycle', async () => {
    const response = await use().request({
      method: 'GET',
      url: `/api/v1/cycles/${cycle.id}/results/me`,
      as: admin,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toBeNull();
  });

  it('rejects illegal transitions', async () => {
    const skip = await move('self_review');
    expect(skip.statusCode).toBe(422);
    expect(skip.json().error).toMatchObject({
      code: 'cycle_transition_not_allowed',
      params: { from: 'draft', to: 'self_review' },
    });
  });

  it('opens: snapshots participants under their role template and computes from the records', async () => {
    expect((await move('open')).statusCode).toBe(200);
    const mine = await myResult(rep1);
    // 31 valid calls in a 31-day month: 31 / (31/7) = 7 per week. Template: floor 2, target 16 → 100 × 5/14.
    expect(itemOf(mine, 'activity_frequency')).toMatchObject({
      value: 7,
      numerator: 31,
      weight: 10,
    });
    expect(itemOf(mine, 'activity_frequency').score).toBeCloseTo(500 / 14, 9);
    const team = (
      await use().request({ method: 'GET', url: `/api/v1/cycles/${cycle.id}/results`, as: lead })
    ).json();
    expect(team.items.map((r: { userId: string }) => r.userId).sort()).toEqual(
      [org.users.lead.id, org.users.rep1.id, org.users.rep2.id].sort(),
    );
    const own = (
      await use().request({ method: 'GET', url: `/api/v1/cycles/${cycle.id}/results`, as: rep1 })
    ).json();
    expect(own.items.map((r: { userId: string }) => r.userId)).toEqual([org.users.rep1.id]);
  });

  it('exports the results one row per person and item, with the records behind each item', async () => {
    const url = `/api/v1/cycles/${cycle.id}/results/export?format=csv&language=en`;
    const team = await exportedRows(use(), lead, url);
    expect(team[0]).toEqual([
      'Cycle',
      'Person',
      'Role',
      'Total score',
      'Grade',
      'Item',
      'Weight',
      'Target',
      'Value',
      'Score',
      'Adjustment reason',
      'Not applicable because',
      'Evidence records',
      'Records counted',
    ]);
    expect(new Set(team.slice(1).map((row) => row[1]))).toEqual(new Set(['lead', 'rep1', 'rep2']));
    const calls = team.find((row) => row[1] === 'rep1' && row[5] === 'Activity frequency');
    // The 31 valid calls of the opening test: all of them behind the item, all counted; 7 a week.
    expect(calls?.slice(0, 3)).toEqual(['2026年3月', 'rep1', 'Sales']);
    expect(calls?.slice(6, 9)).toEqual(['10', '16', '7']);
    expect(calls?.slice(12)).toEqual(['31', '31']);
    const own = await exportedRows(use(), rep1, url.replace('format=csv', 'format=xlsx'));
    expect(new Set(own.slice(1).map((row) => row[1]))).toEqual(new Set(['rep1']));
    expect(own.find((row) => row[5] === 'Activity frequency')?.slice(12)).toEqual(['31', '31']);
  });

  it('keeps the snapshot when the template is edited later, and follows the data while open', async () => {
    const templates = (
      await use().request({ method: 'GET', url: '/api/v1/templates', as: admin })
    ).json().items;
    const sales = templates.find((t: { role: string }) => t.role === 'sales');
    const items = sales.current.items.map((i: { metric: string; weight: number }) =>
      i.metric === 'activity_frequency' ? { ...i, weight: 40 } : i,
    );
    const edited = await use().request({
      method: 'POST',
      url: `/api/v1/templates/${sales.id}/versions`,
      as: admin,
      payload: { items, note: 'More weight on activity' },
    });
    expect(edited.statusCode).toBe(201);
    expect(edited.json().number).toBe(2);

    await addCalls(31, '11');
    const recomputed = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.id}/recompute`,
      as: admin,
      payload: { version: cycle.version },
    });
    expect(recomputed.statusCode).toBe(200);
    cycle = recomputed.json();
    const mine = await myResult(rep1);
    // 62 calls: 14 a week: 100 × 12/14. Weight still 10, as in the snapshot.
    expect(itemOf(mine, 'activity_frequency')).toMatchObject({ value: 14, weight: 10 });
    expect(itemOf(mine, 'activity_frequency').score).toBeCloseTo(1200 / 14, 9);
  });

  it('is scored again by the nightly recompute while open, without anyone asking', async () => {
    const added = await addCalls(31, '12');
    expect(await recomputeLiveCycles(use().db)).toEqual({ recomputed: 1, failed: [] });
    // 93 calls in the 31-day month: 21 a week.
    expect(itemOf(await myResult(rep1), 'activity_frequency')).toMatchObject({ value: 21 });
    // Those calls are gone again (the later tests count on 62), and so is their effect.
    await use().db.kysely.deleteFrom('activities').where('id', 'in', added).execute();
    await recomputeLiveCycles(use().db);
    expect(itemOf(await myResult(rep1), 'activity_frequency')).toMatchObject({ value: 14 });
    cycle = (
      await use().request({ method: 'GET', url: `/api/v1/cycles/${cycle.id}`, as: admin })
    ).json();
  });

  it('takes self reviews only in self review, and only from the person', async () => {
    const mine = await myResult(rep1);
    expect(
      (
        await use().request({
          method: 'POST',
          url: `/api/v1/cycle-results/${mine.id}/self-review`,
          as: rep1,
          payload: { version: mine.version, comment: 'Good month' },
        })
      ).statusCode,
    ).toBe(422);
    expect((await move('self_review')).statusCode).toBe(200);
    expect(
      (
        await use().request({
          method: 'POST',
          url: `/api/v1/cycle-results/${mine.id}/self-review`,
          as: rep2,
          payload: { version: mine.version, comment: 'x' },
        })
      ).statusCode,
    ).toBe(404);
    const reviewed = await use().request({
      method: 'POST',
      url: `/api/v1/cycle-results/${mine.id}/self-review`,
      as: rep1,
      payload: { version: mine.version, comment: '本月拜访量达标' },
    });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json().selfComment).toBe('本月拜访量达标');
  });

  it('freezes at manager review: later data changes nothing until an audited recompute with a reason', async () => {
    expect((await move('manager_review')).statusCode).toBe(200);
    const frozen = await myResult(rep1);
    await addCalls(10, '12');
    const live = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.id}/recompute`,
      as: admin,
      payload: { version: cycle.version },
    });
    expect(live.statusCode).toBe(400);
    expect(live.json().error.details[0].path).toBe('reason');
    expect(itemOf(await myResult(rep1), 'activity_frequency').value).toBe(
      itemOf(frozen, 'activity_frequency').value,
    );
  });

  it('lets a manager adjust an item only with a reason, keeping both numbers, and audits it', async () => {
    const mine = await myResult(rep1);
    const adjust = (as: string, payload: Record<string, unknown>) =>
      use().request({
        method: 'POST',
        url: `/api/v1/cycle-results/${mine.id}/items/win_rate/adjust`,
        as,
        payload: { version: mine.version, score: 80, ...payload },
      });
    expect((await adjust(lead, {})).statusCode).toBe(400);
    expect((await adjust(lead, { reason: ' ' })).statusCode).toBe(400);
    expect((await adjust(rep1, { reason: 'me' })).statusCode).toBe(403);
    const adjusted = await adjust(lead, { reason: '大单在4月1日签约，3月已基本谈妥' });
    expect(adjusted.statusCode).toBe(200);
    const after: Result = adjusted.json();
    expect(itemOf(after, 'win_rate')).toMatchObject({
      score: null,
      adjustedScore: 80,
      adjustReason: '大单在4月1日签约，3月已基本谈妥',
    });
    expect(after.total).not.toBe(mine.total);
    // The items keep the order of the person's template (version 1 of sales), adjusted or not.
    const templateOrder = JSON.parse(
      (
        await use()
          .db.kysely.selectFrom('templateVersions')
          .innerJoin('templates', 'templates.id', 'templateVersions.templateId')
          .select('templateVersions.items')
          .where('templates.role', '=', 'sales')
          .where('templateVersions.number', '=', 1)
          .executeTakeFirstOrThrow()
      ).items,
    ).map((i: { metric: string }) => i.metric);
    expect(after.items.map((i) => i.metric)).toEqual(templateOrder);
    expect((await myResult(rep1)).items.map((i) => i.metric)).toEqual(templateOrder);
    const history = (await historyEntries(use().db, { entityId: mine.id })).map((h) => h.field);
    expect(history).toEqual(expect.arrayContaining(['win_rate.score', 'win_rate.reason', 'total']));

    const review = await use().request({
      method: 'POST',
      url: `/api/v1/cycle-results/${mine.id}/review`,
      as: lead,
      payload: { version: after.version, comment: '继续保持' },
    });
    expect(review.statusCode).toBe(200);
  });

  it('refuses a manager who is appraised in the cycle to adjust or review their own result', async () => {
    const own = await myResult(lead);
    expect(own.userId).toBe(org.users.lead.id);
    const ownItem = itemOf(own, 'review_coverage');
    const adjustOwn = await use().request({
      method: 'POST',
      url: `/api/v1/cycle-results/${own.id}/items/review_coverage/adjust`,
      as: lead,
      payload: { version: own.version, score: 110, reason: 'I reviewed everyone in person' },
    });
    expect(adjustOwn.statusCode).toBe(403);
    expect(adjustOwn.json().error).toMatchObject({
      code: 'own_appraisal',
      details: [{ path: 'id', code: 'own_appraisal' }],
    });
    const reviewOwn = await use().request({
      method: 'POST',
      url: `/api/v1/cycle-results/${own.id}/review`,
      as: lead,
      payload: { version: own.version, comment: 'Excellent month' },
    });
    expect(reviewOwn.statusCode).toBe(403);
    expect(reviewOwn.json().error.details).toEqual([
      expect.objectContaining({ path: 'id', code: 'own_appraisal' }),
    ]);
    const unchanged = await myResult(lead);
    expect(unchanged).toMatchObject({ version: own.version, total: own.total });
    expect(itemOf(unchanged, 'review_coverage')).toMatchObject({
      score: ownItem.score,
      adjustedScore: null,
    });

    // The same lead, with the same request, adjusts a report's result: the refusal was the rule
    // on one's own result, not the role.
    const report = await myResult(rep2);
    const adjustReport = await use().request({
      method: 'POST',
      url: `/api/v1/cycle-results/${report.id}/items/win_rate/adjust`,
      as: lead,
      payload: { version: report.version, score: 110, reason: 'I reviewed the deals in person' },
    });
    expect(adjustReport.statusCode).toBe(200);
    expect(itemOf(adjustReport.json(), 'win_rate').adjustedScore).toBe(110);
  });

  it('recomputes a frozen cycle only explicitly, with the reason in history, keeping adjustments', async () => {
    const explicit = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.id}/recompute`,
      as: admin,
      payload: { version: cycle.version, reason: 'Late imports of 12 March calls' },
    });
    expect(explicit.statusCode).toBe(200);
    cycle = explicit.json();
    const mine = await myResult(rep1);
    expect(itemOf(mine, 'activity_frequency').value).toBeCloseTo(72 / (31 / 7), 9);
    expect(itemOf(mine, 'win_rate').adjustedScore).toBe(80);
    const reasons = (await historyEntries(use().db, { entity: 'cycle' })).filter(
      (h) => h.field === 'recomputeReason',
    );
    expect(reasons.map((r) => r.newValue)).toContain('Late imports of 12 March calls');
  });

  it('computes a manager’s team score as the mean of the reports’ totals', async () => {
    const results: Result[] = (
      await use().request({
        method: 'GET',
        url: `/api/v1/cycles/${cycle.id}/results?pageSize=50`,
        as: admin,
      })
    ).json().items;
    const total = (userId: string) => results.find((r) => r.userId === userId)?.total ?? null;
    const leadResult: Result = (
      await use().request({
        method: 'GET',
        url: `/api/v1/cycle-results/${results.find((r) => r.userId === org.users.lead.id)?.id}`,
        as: admin,
      })
    ).json();
    const reports = [total(org.users.rep1.id), total(org.users.rep2.id)].filter(
      (t): t is number => t !== null,
    );
    const teamScore = itemOf(leadResult, 'team_score');
    if (reports.length >= 2)
      expect(teamScore.value).toBeCloseTo(reports.reduce((a, b) => a + b, 0) / reports.length, 9);
    else expect(teamScore.value).toBeNull();
  });

  it('publishes; the employee acknowledges once; a closed cycle refuses changes with 409', async () => {
    expect((await move('calibrated')).statusCode).toBe(200);
    expect((await move('published')).statusCode).toBe(200);
    const mine = await myResult(rep1);
    const ack = await use().request({
      method: 'POST',
      url: `/api/v1/cycle-results/${mine.id}/acknowledge`,
      as: rep1,
      payload: { version: mine.version, comment: '收到' },
    });
    expect(ack.statusCode).toBe(200);
    expect(ack.json().acknowledgedAt).not.toBeNull();
    expect(
      (
        await use().request({
          method: 'POST',
          url: `/api/v1/cycle-results/${mine.id}/acknowledge`,
          as: rep1,
          payload: { version: ack.json().version },
        })
      ).statusCode,
    ).toBe(409);
    const late = await use().request({
      method: 'POST',
      url: `/api/v1/cycle-results/${mine.id}/items/csat/adjust`,
      as: lead,
      payload: { version: ack.json().version, score: 90, reason: 'too late' },
    });
    expect(late.statusCode).toBe(409);
    expect(
      (
        await use().request({
          method: 'POST',
          url: `/api/v1/cycle-results/${mine.id}/review`,
          as: lead,
          payload: { version: ack.json().version, comment: 'late' },
        })
      ).statusCode,
    ).toBe(409);
  });

  it('counts the manager’s written reviews of direct reports’ published appraisals (review_coverage)', async () => {
    // Published this month: rep1 (reviewed by the lead with a comment) and rep2 (not reviewed): 1 of 2.
    const card = (
      await use().request({ method: 'GET', url: '/api/v1/scorecard', as: lead })
    ).json();
    const coverage = card.items.find((i: { metric: string }) => i.metric === 'review_coverage');
    expect(coverage.value).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    // review_coverage: floor 0.5, target 1 → a score of 0.
    expect(coverage.score).toBe(0);
  });

  it('explains an item down to its records', async () => {
    const mine = await myResult(rep1);
    const evidence = await use().request({
      method: 'GET',
      url: `/api/v1/cycle-results/${mine.id}/items/activity_frequency/evidence?pageSize=5`,
      as: rep1,
    });
    expect(evidence.statusCode).toBe(200);
    expect(evidence.json().total).toBe(72);
    expect(evidence.json().items[0]).toMatchObject({
      recordType: 'activity',
      numerator: 1,
      label: 'Discussed the renewal terms with the buyer.',
    });
    expect(
      (
        await use().request({
          method: 'GET',
          url: `/api/v1/cycle-results/${mine.id}/items/activity_frequency/evidence`,
          as: rep2,
        })
      ).statusCode,
    ).toBe(404);
  });
});
