import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { stageDurationsReport } from '../../src/modules/reports/reports.service.js';
import { simulatedAdmin } from '../../src/simulator/demo-upkeep.js';
import { SLOW_STAGE } from '../../src/simulator/generate/opportunity-drafts.js';
import { simulateCompany } from '../../src/simulator/simulate.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';

const runPostgres = await shouldRunPostgres();
const Q3 = { from: '2026-07-01', to: '2026-09-30' };

/**
 * The simulated S company (50 people) keeps deals in the proposal stage about twice as long as in
 * the others: the stage-durations report over its last quarter names that stage as the
 * bottleneck, and it alone has the longest median.
 */
for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `reports on the simulated company [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
        await prepareDatabase(database.db);
        // A year of the S company takes a while to write, the more so beside other suites.
        await simulateCompany(database.db, { scale: 'S', seed: 1, end: '2026-10-01' });
      }, 300_000);
      afterAll(async () => {
        await database?.drop();
      });

      it("names the simulator's slow stage as the bottleneck", async () => {
        const admin = await simulatedAdmin(database.db);
        const report = await stageDurationsReport(database.db, admin, Q3, 'Asia/Shanghai');
        const bottlenecks = report.stages.filter((s) => s.bottleneck);
        expect(bottlenecks.map((s) => s.stageId)).toEqual([SLOW_STAGE]);
        const slow = report.stages.find((s) => s.stageId === SLOW_STAGE);
        const others = report.stages.filter((s) => s.stageId !== SLOW_STAGE);
        expect(others.length).toBeGreaterThanOrEqual(3);
        for (const stage of others) {
          expect(stage.stays).toBeGreaterThan(10);
          expect(slow?.medianDays ?? 0).toBeGreaterThan(stage.medianDays ?? Infinity);
        }
      });
    },
  );
}
