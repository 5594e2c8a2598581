import { beforeAll, expect, it } from 'vitest';
import { sliceSizeFor } from '../../src/modules/appraisal/score-participants.js';
import { describeEngines } from '../support/describe-engines.js';
import { insertActivity } from '../support/metric-fixtures.js';
import { addRepsUnderLead, buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

type Card = {
  userId: string;
  total: number | null;
  items: { metric: string; value: { value: number | null } }[];
};

const DAY = 86_400_000;

describeEngines('live team scorecards computed in slices', (use) => {
  let org: Org;
  let director: string;
  const reportsOfLead: string[] = [];

  const card = async (userId: string): Promise<Card> => {
    const response = await use().request({
      method: 'GET',
      url: `/api/v1/scorecard?userId=${userId}&period=quarter`,
      as: director,
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    reportsOfLead.push(org.users.rep1.id, org.users.rep2.id);
    // More reps under the lead than one of this engine's slices holds, with differing numbers of
    // calls, so that the lead's team spans slices and the totals differ.
    const slice = sliceSizeFor(use().db.dialect);
    reportsOfLead.push(...(await addRepsUnderLead(use().db, org, slice + 2, 'rep-extra-')));
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    for (const [n, actorId] of reportsOfLead.entries())
      for (let call = 0; call < n % 7; call++)
        await insertActivity(use().db, {
          actorId,
          occurredAt: new Date(Date.now() - (call + 1) * DAY).toISOString(),
        });
    director = await use().login('director@example.com', PASSWORD);
  });

  it("gives each member the card computed for them alone, and the lead the mean of the reports' totals", async () => {
    const response = await use().request({
      method: 'GET',
      url: '/api/v1/scorecard/team?period=quarter',
      as: director,
    });
    expect(response.statusCode).toBe(200);
    const members: Card[] = response.json().members;
    expect(members.map((m) => m.userId).sort()).toEqual(
      [org.users.lead.id, org.users.rep3.id, ...reportsOfLead].sort(),
    );

    const alone = new Map<string, Card>();
    for (const member of members) alone.set(member.userId, await card(member.userId));
    for (const member of members) {
      expect(member.total, member.userId).not.toBeNull();
      expect(member.total).toBeCloseTo(alone.get(member.userId)?.total ?? NaN, 6);
    }
    const totals = reportsOfLead.map((id) => alone.get(id)?.total ?? NaN);
    expect(new Set(totals).size).toBeGreaterThan(1);
    const lead = members.find((m) => m.userId === org.users.lead.id);
    const teamScore = lead?.items.find((i) => i.metric === 'team_score')?.value.value;
    expect(teamScore).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length, 6);
  });

  it('answers requests that arrive together alike, and one after a write with the write counted', async () => {
    const team = () =>
      use().request({ method: 'GET', url: '/api/v1/scorecard/team?period=quarter', as: director });
    const totalOfRep1 = (body: { members: Card[] }) =>
      body.members.find((m) => m.userId === org.users.rep1.id)?.total;
    const together = await Promise.all([team(), team(), team(), team()]);
    expect(together.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const bodies = together.map((r) => r.json());
    // Computed at most a few milliseconds apart: the pace of a period in progress may differ in
    // far decimals, the cards not.
    for (const body of bodies)
      for (const [i, member] of (body.members as Card[]).entries()) {
        expect(member.userId).toBe(bodies[0].members[i].userId);
        expect(member.total).toBeCloseTo(bodies[0].members[i].total, 3);
      }

    for (let call = 0; call < 5; call++)
      await insertActivity(use().db, {
        actorId: org.users.rep1.id,
        occurredAt: new Date(Date.now() - (call + 1) * DAY).toISOString(),
      });
    const after = await team();
    expect(totalOfRep1(after.json())).toBeGreaterThan(totalOfRep1(bodies[0]) ?? Infinity);
  });
});
