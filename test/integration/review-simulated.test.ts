import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { actorFor } from '../../src/modules/auth/auth.service.js';
import { quarterlyReview } from '../../src/modules/review/review.service.js';
import { simulatedAdmin } from '../../src/simulator/demo-upkeep.js';
import { simulateCompany } from '../../src/simulator/simulate.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';
import { publishQuarterCycle } from '../support/simulated-cycles.js';

const runPostgres = await shouldRunPostgres();

/** What one sales team lead's review of Q3 says about the sales scorecard's items. */
type TeamReview = {
  gamers: number;
  items: { metric: string; gamed: boolean; rate: number | null; previous: number | null }[];
};

/**
 * The S company's Q2 and Q3 published, and Q3 reviewed by each lead of a sales team, who sees
 * their own team (data scope). Teams are the leads whose reports all lead nobody.
 */
async function reviewTeams(db: TestDatabase['db']): Promise<TeamReview[]> {
  const admin = await simulatedAdmin(db);
  await publishQuarterCycle(db, admin, 'Q2', '2026-05-15');
  const q3 = await publishQuarterCycle(db, admin, 'Q3', '2026-08-15');
  const users = await db.kysely.selectFrom('users').select(['id', 'managerId']).execute();
  const profiles = await db.kysely
    .selectFrom('simulatorProfiles')
    .select(['userId', 'kind', 'archetype'])
    .execute();
  const profileOf = new Map(profiles.map((p) => [p.userId, p]));
  const reportsOf = (id: string) => users.filter((u) => u.managerId === id);
  const leads = [...new Set(users.flatMap((u) => (u.managerId ? [u.managerId] : [])))].filter(
    (lead) => {
      const team = reportsOf(lead);
      return team.every(
        (u) => profileOf.get(u.id)?.kind === 'sales' && reportsOf(u.id).length === 0,
      );
    },
  );
  const reviews: TeamReview[] = [];
  for (const lead of leads) {
    const actor = await actorFor(db, lead, 'session');
    if (!actor) throw new Error('inactive lead');
    const review = await quarterlyReview(db, actor, [q3.id]);
    const sales = review.templates.find((t) => t.role === 'sales');
    reviews.push({
      gamers: reportsOf(lead).filter((u) => profileOf.get(u.id)?.archetype === 'gamer').length,
      items: (sales?.items ?? []).map((i) => ({
        metric: i.metric,
        gamed: i.health.gamedSuspected,
        rate: i.flagRate,
        previous: i.previousFlagRate,
      })),
    });
  }
  return reviews;
}

/**
 * The archetypes' prediction for the review's gamed? flag: a gamer's fabricated records carry
 * data-quality flags, so a team's flag rate doubles when its gamers start fabricating, and the
 * flag goes up on that team's sales items; it never goes up on a team without a gamer, nor when
 * the gamers fabricated all year (no rise; their flags speak for themselves). A company-wide view
 * pools everyone and may not see a few gamers (docs/METRICS.md, "gamed?").
 */
for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `the quarterly review of the simulated company [${engine}]`,
    () => {
      const databases: TestDatabase[] = [];
      let onset: TeamReview[];
      let allYear: TeamReview[];

      const seeded = async (gamingFrom?: string) => {
        const database = await createTestDatabase(engine);
        databases.push(database);
        await prepareDatabase(database.db);
        await simulateCompany(database.db, {
          scale: 'S',
          seed: 1,
          end: '2026-10-01',
          ...(gamingFrom === undefined ? {} : { gamingFrom }),
        });
        return reviewTeams(database.db);
      };

      beforeAll(async () => {
        onset = await seeded('2026-07-01');
        allYear = await seeded();
      }, 480_000);
      afterAll(async () => {
        for (const database of databases) await database.drop();
      });

      it('flags the sales items of a team whose gamers started gaming in the quarter', () => {
        expect(onset.length).toBeGreaterThanOrEqual(3);
        const flagged = onset.filter((t) => t.items.some((i) => i.gamed));
        expect(flagged.length).toBeGreaterThan(0);
        for (const team of flagged) {
          expect(team.gamers).toBeGreaterThan(0);
          expect(team.items.length).toBeGreaterThan(5);
          for (const item of team.items) {
            expect(item.gamed).toBe(true);
            expect(item.rate ?? 0).toBeGreaterThanOrEqual(2 * (item.previous ?? Infinity));
          }
        }
      });

      it('never flags a team without a gamer', () => {
        const honest = onset.filter((t) => t.gamers === 0);
        expect(honest.length).toBeGreaterThan(0);
        for (const team of honest) for (const item of team.items) expect(item.gamed).toBe(false);
      });

      it('does not flag gamers who fabricated all year, as their rate did not rise', () => {
        expect(allYear.filter((t) => t.gamers > 0).length).toBeGreaterThan(0);
        for (const team of allYear) for (const item of team.items) expect(item.gamed).toBe(false);
      });
    },
  );
}
