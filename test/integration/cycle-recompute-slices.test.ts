import { beforeAll, expect, it, vi } from 'vitest';
import type * as cyclesRepo from '../../src/modules/cycles/cycles.repository.js';
import { sliceSizeFor } from '../../src/modules/appraisal/score-participants.js';
import { recomputeLiveCycles } from '../../src/modules/cycles/cycles.service.js';
import { describeEngines } from '../support/describe-engines.js';
import { addRepsUnderLead, buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

/** The cycle whose version the nightly job's list reports one step behind (moved meanwhile). */
const moved = vi.hoisted(() => ({ cycleId: null as string | null }));

vi.mock('../../src/modules/cycles/cycles.repository.js', async (original) => {
  const actual = await original<typeof cyclesRepo>();
  return {
    ...actual,
    listCyclesInStatus: async (...args: Parameters<typeof actual.listCyclesInStatus>) =>
      (await actual.listCyclesInStatus(...args)).map((c) =>
        c.id === moved.cycleId ? { ...c, version: c.version - 1 } : c,
      ),
  };
});

type Result = { id: string; userId: string; total: number | null };
type Item = { metric: string; value: number | null };

describeEngines('a cycle computed in slices', (use) => {
  let org: Org;
  let admin: string;
  const extraReps: string[] = [];

  const openCycle = async (name: string, anchorDay: string) => {
    let cycle = (
      await use().request({
        method: 'POST',
        url: '/api/v1/cycles',
        as: admin,
        payload: { name, kind: 'month', anchorDay },
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
    return cycle as { id: string; version: number; computedAt: string };
  };
  const results = async (cycleId: string): Promise<Result[]> =>
    (
      await use().request({
        method: 'GET',
        url: `/api/v1/cycles/${cycleId}/results?pageSize=100`,
        as: admin,
      })
    ).json().items;
  const teamScoreOf = async (resultId: string) => {
    const items: Item[] = (
      await use().request({ method: 'GET', url: `/api/v1/cycle-results/${resultId}`, as: admin })
    ).json().items;
    return items.find((i) => i.metric === 'team_score')?.value ?? null;
  };
  const mean = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.reduce((a, b) => a + b, 0) / known.length;
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    // More reps under the lead than one slice holds, so the lead's team spans slices.
    extraReps.push(
      ...(await addRepsUnderLead(use().db, org, sliceSizeFor(use().db.dialect) + 2, 'extra')),
    );
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    admin = await use().login('admin@example.com', PASSWORD);
  });

  it('scores every participant and each team from the totals of reports in earlier slices', async () => {
    const cycle = await openCycle('Slices', '2026-03-15');
    const all = await results(cycle.id);
    // Sales reps, the lead and the director: more people than one slice.
    expect(all.length).toBe(sliceSizeFor(use().db.dialect) + 2 + 5);
    const totalOf = (userId: string) => all.find((r) => r.userId === userId)?.total ?? null;
    const idOf = (userId: string) => all.find((r) => r.userId === userId)?.id ?? '';
    const leadTeam = [org.users.rep1.id, org.users.rep2.id, ...extraReps].map(totalOf);
    expect(await teamScoreOf(idOf(org.users.lead.id))).toBeCloseTo(mean(leadTeam), 9);
    const directorTeam = [...leadTeam, totalOf(org.users.lead.id), totalOf(org.users.rep3.id)];
    expect(await teamScoreOf(idOf(org.users.director.id))).toBeCloseTo(mean(directorTeam), 9);
  });

  it('nightly: a cycle moved meanwhile does not stop the others and is named in the outcome', async () => {
    const stale = await openCycle('Moved', '2026-04-15');
    const other = await openCycle('Fine', '2026-05-15');
    moved.cycleId = stale.id;
    try {
      const outcome = await recomputeLiveCycles(use().db);
      expect(outcome.failed.map((f) => f.cycleId)).toEqual([stale.id]);
      // The first cycle of this suite, and the one after the moved one.
      expect(outcome.recomputed).toBe(2);
    } finally {
      moved.cycleId = null;
    }
    const after = await use()
      .db.kysely.selectFrom('cycles')
      .select(['id', 'version'])
      .where('id', 'in', [stale.id, other.id])
      .execute();
    expect(Object.fromEntries(after.map((c) => [c.id, Number(c.version)]))).toEqual({
      [stale.id]: stale.version,
      [other.id]: other.version + 1,
    });
    // The next night, with nothing moved, it is scored again.
    expect(await recomputeLiveCycles(use().db)).toMatchObject({ recomputed: 3, failed: [] });
  });
});
