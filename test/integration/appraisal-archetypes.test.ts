import { afterAll, beforeAll, expect, it } from 'vitest';
import { describe } from 'vitest';
import { builtInMetric } from '../../src/domain/metrics/catalog.js';
import { createCycle, transitionCycle } from '../../src/modules/cycles/cycles.service.js';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { simulateCompany } from '../../src/simulator/simulate.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';
import { simulatedAdmin } from '../../src/simulator/demo-upkeep.js';

const runPostgres = await shouldRunPostgres();
const ZONE = 'Asia/Shanghai';

type Item = { metric: string; score: number | null; value: number | null; naReason: string | null };

/**
 * The simulated demo company appraised for its last quarter: the behaviours the simulator gave
 * people must come out of the engine as designed.
 */
for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `appraisal of simulated archetypes [${engine}]`,
    () => {
      let database: TestDatabase;
      const byUser = new Map<
        string,
        { archetype: string; joinedOn: string | null; total: number | null; items: Item[] }
      >();

      beforeAll(async () => {
        database = await createTestDatabase(engine);
        const db = database.db;
        await prepareDatabase(db);
        await simulateCompany(db, { scale: 'demo', seed: 7, end: '2026-10-01' });
        const actor = await simulatedAdmin(db);
        const cycle = await createCycle(
          db,
          actor,
          { name: 'Q3', kind: 'quarter', anchorDay: '2026-08-15' },
          ZONE,
        );
        await transitionCycle(db, actor, cycle.id, { version: cycle.version, status: 'open' });

        const profiles = await db.kysely.selectFrom('simulatorProfiles').selectAll().execute();
        const users = await db.kysely.selectFrom('users').select(['id', 'joinedOn']).execute();
        const results = await db.kysely
          .selectFrom('cycleResults')
          .selectAll()
          .where('cycleId', '=', cycle.id)
          .execute();
        const items = await db.kysely.selectFrom('cycleResultItems').selectAll().execute();
        for (const result of results) {
          byUser.set(result.userId, {
            archetype: profiles.find((p) => p.userId === result.userId)?.archetype ?? 'unknown',
            joinedOn: users.find((u) => u.id === result.userId)?.joinedOn ?? null,
            total: result.total,
            items: items.filter((i) => i.resultId === result.id),
          });
        }
      }, 240_000);

      afterAll(async () => database?.drop());

      const people = (archetype: string) =>
        [...byUser.values()].filter((p) => p.archetype === archetype);
      /** Mean score over a person's process items that are not N/A. */
      const processScore = (items: Item[]) => {
        const scores = items
          .filter((i) => builtInMetric(i.metric)?.category === 'process' && i.score !== null)
          .map((i) => i.score ?? 0);
        return scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
      };
      const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

      it('has every sales archetype among the appraised', () => {
        for (const archetype of ['diligent', 'gamer', 'late_recorder', 'newcomer'])
          expect(people(archetype).length, archetype).toBeGreaterThan(0);
      });

      it("scores diligent users' use of the CRM above gamers' and late recorders'", () => {
        const diligent = meanOf(people('diligent').map((p) => processScore(p.items)));
        expect(diligent).toBeGreaterThan(meanOf(people('gamer').map((p) => processScore(p.items))));
        expect(diligent).toBeGreaterThan(
          meanOf(people('late_recorder').map((p) => processScore(p.items))),
        );
        const timeliness = (p: { items: Item[] }) =>
          p.items.find((i) => i.metric === 'update_timeliness')?.value ?? 0;
        expect(meanOf(people('diligent').map(timeliness))).toBeGreaterThan(
          meanOf(people('late_recorder').map(timeliness)),
        );
      });

      it('leaves gamers with open data-quality flags', async () => {
        for (const gamer of [...byUser.entries()].filter(([, p]) => p.archetype === 'gamer')) {
          const open = await database.db.kysely
            .selectFrom('qualityFlags')
            .select('id')
            .where('userId', '=', gamer[0])
            .where('status', '=', 'open')
            .execute();
          expect(open.length).toBeGreaterThan(0);
        }
      });

      it('gives newcomers N/A with a reason where there is too little to measure, never a zero for no data', () => {
        for (const newcomer of people('newcomer')) {
          const na = newcomer.items.filter((i) => i.value === null);
          expect(na.length).toBeGreaterThan(0);
          for (const item of na) expect(item.naReason).not.toBeNull();
          for (const item of na) expect(item.score).toBeNull();
        }
      });
    },
  );
}
