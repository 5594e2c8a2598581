import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

type Item = { metric: string; adjustedScore: number | null; adjustReason: string | null };
type Result = { id: string; userId: string; version: number; items: Item[] };

describeEngines('adjustments racing a recompute', (use) => {
  let org: Org;
  let admin: string, director: string;
  let cycle: { id: string; version: number };

  const result = async (userId: string): Promise<Result> => {
    const list: { id: string; userId: string }[] = (
      await use().request({
        method: 'GET',
        url: `/api/v1/cycles/${cycle.id}/results?pageSize=50`,
        as: admin,
      })
    ).json().items;
    const id = list.find((r) => r.userId === userId)?.id;
    return (
      await use().request({ method: 'GET', url: `/api/v1/cycle-results/${id}`, as: admin })
    ).json();
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    admin = await use().login('admin@example.com', PASSWORD);
    director = await use().login('director@example.com', PASSWORD);
    cycle = (
      await use().request({
        method: 'POST',
        url: '/api/v1/cycles',
        as: admin,
        payload: { name: 'October', kind: 'month', anchorDay: '2026-10-01' },
      })
    ).json();
    for (const status of ['open', 'self_review', 'manager_review']) {
      const moved = await use().request({
        method: 'POST',
        url: `/api/v1/cycles/${cycle.id}/status`,
        as: admin,
        payload: { version: cycle.version, status },
      });
      expect(moved.statusCode).toBe(200);
      cycle = moved.json();
    }
  });

  it('never loses an adjustment that was answered 200', async () => {
    const people = [org.users.rep1.id, org.users.rep2.id, org.users.rep3.id];
    const metrics = [
      'win_rate',
      'won_amount',
      'plan_execution',
      'stale_pipeline',
      'update_timeliness',
      'follow_up_coverage',
      'activity_frequency',
      'profile_completeness',
    ];
    const accepted: { userId: string; metric: string; reason: string }[] = [];
    for (const [round, metric] of metrics.entries()) {
      const results = await Promise.all(people.map(result));
      const recompute = use().request({
        method: 'POST',
        url: `/api/v1/cycles/${cycle.id}/recompute`,
        as: admin,
        payload: { version: cycle.version, reason: `audit ${round}` },
      });
      const adjustments = results.map(async (r, i) => {
        // Land inside the recompute's computation, at different moments.
        await new Promise((resolve) => setTimeout(resolve, 2 + 4 * i));
        const reason = `round ${round} for ${r.userId}`;
        const response = await use().request({
          method: 'POST',
          url: `/api/v1/cycle-results/${r.id}/items/${metric}/adjust`,
          as: director,
          payload: { version: r.version, score: 77, reason },
        });
        if (response.statusCode === 200) accepted.push({ userId: r.userId, metric, reason });
        else expect(response.statusCode).toBe(409);
      });
      const [recomputed] = await Promise.all([recompute, ...adjustments]);
      if (recomputed.statusCode === 200) cycle = recomputed.json();
      else
        cycle = (
          await use().request({ method: 'GET', url: `/api/v1/cycles/${cycle.id}`, as: admin })
        ).json();
    }
    expect(accepted.length).toBeGreaterThan(0);
    for (const { userId, metric, reason } of accepted) {
      const item = (await result(userId)).items.find((i) => i.metric === metric);
      expect(item).toMatchObject({ adjustedScore: 77, adjustReason: reason });
    }
  });
});
