import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCycle, transitionCycle } from '../../src/modules/cycles/cycles.service.js';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { simulateCompany } from '../../src/simulator/simulate.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';
import { simulatedAdmin } from '../../src/simulator/demo-upkeep.js';

const runPostgres = await shouldRunPostgres();
const ZONE = 'Asia/Shanghai';
const END = '2026-10-01';
/** The three months of Q3 2026 and the quarter itself. */
const CYCLES = [
  { kind: 'month', anchorDay: '2026-07-15' },
  { kind: 'month', anchorDay: '2026-08-15' },
  { kind: 'month', anchorDay: '2026-09-15' },
  { kind: 'quarter', anchorDay: '2026-08-15' },
] as const;

/**
 * Gaming never pays: the XS company with an honest twin beside every gamer (the same real work
 * without the padding activities, placeholder values, duplicate and throw-away customers),
 * appraised under the default templates after the nightly data-quality run.
 */
for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `honest twins [${engine}]`,
    () => {
      let database: TestDatabase;
      /** gamer id → twin id */
      const twins = new Map<string, string>();
      const totals = new Map<string, (number | null)[]>();

      beforeAll(async () => {
        database = await createTestDatabase(engine);
        const db = database.db;
        await prepareDatabase(db);
        await simulateCompany(db, { scale: 'XS', seed: 3, end: END, honestTwins: true });
        const actor = await simulatedAdmin(db);
        for (const profile of await db.kysely
          .selectFrom('simulatorProfiles')
          .select(['userId', 'params'])
          .where('archetype', '=', 'honest_twin')
          .execute()) {
          const gamer = (JSON.parse(profile.params) as { twinOf: string }).twinOf;
          twins.set(gamer, profile.userId);
        }
        for (const [i, c] of CYCLES.entries()) {
          const cycle = await createCycle(db, actor, { name: `Q3 ${i}`, ...c }, ZONE);
          await transitionCycle(db, actor, cycle.id, { version: cycle.version, status: 'open' });
          const results = await db.kysely
            .selectFrom('cycleResults')
            .select(['userId', 'total'])
            .where('cycleId', '=', cycle.id)
            .execute();
          for (const r of results) totals.set(r.userId, [...(totals.get(r.userId) ?? []), r.total]);
        }
      }, 300_000);

      afterAll(async () => database?.drop());

      it('gives every gamer a twin with the same real work and none of the fabricated records', async () => {
        const gamers = await database.db.kysely
          .selectFrom('simulatorProfiles')
          .select('userId')
          .where('archetype', '=', 'gamer')
          .execute();
        expect(gamers.length).toBeGreaterThan(1);
        expect([...twins.keys()].sort()).toEqual(gamers.map((g) => g.userId).sort());
        const activities = async (userId: string, valid?: 0 | 1) => {
          let query = database.db.kysely
            .selectFrom('activities')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('actorId', '=', userId);
          if (valid !== undefined) query = query.where('valid', '=', valid);
          return Number((await query.executeTakeFirstOrThrow()).n);
        };
        const customers = async (userId: string) =>
          Number(
            (
              await database.db.kysely
                .selectFrom('customers')
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .where('createdBy', '=', userId)
                .executeTakeFirstOrThrow()
            ).n,
          );
        for (const [gamer, twin] of twins) {
          expect(await activities(twin)).toBeLessThan((await activities(gamer)) / 2);
          expect(await activities(twin, 1)).toBeGreaterThanOrEqual(await activities(gamer, 1));
          expect(await activities(twin, 1)).toBeGreaterThan(0);
          expect(await customers(twin)).toBeLessThan(await customers(gamer));
        }
      });

      it('never scores a gamer above their honest twin, in any month of the quarter or the quarter', () => {
        for (const [gamer, twin] of twins) {
          const own = totals.get(gamer) ?? [];
          const honest = totals.get(twin) ?? [];
          expect(own).toHaveLength(CYCLES.length);
          expect(honest).toHaveLength(CYCLES.length);
          for (const [i, total] of own.entries()) {
            const twinTotal = honest[i] ?? null;
            expect(total === null, `cycle ${i}: both measured or neither`).toBe(twinTotal === null);
            if (total !== null && twinTotal !== null)
              expect(total, `cycle ${i}`).toBeLessThanOrEqual(twinTotal + 1e-9);
          }
        }
      });
    },
  );
}
