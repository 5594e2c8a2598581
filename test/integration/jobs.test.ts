import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailyJob, type DailyJob } from '../../src/jobs/daily-job.js';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { openDb } from '../../src/db/engine.js';
import {
  createTestDatabase,
  shouldRunPostgres,
  TEST_PG_URL,
  type TestDatabase,
} from '../support/engines.js';

const runPostgres = await shouldRunPostgres();
const ZONE = 'Asia/Shanghai';

for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(`daily jobs [${engine}]`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(engine);
      await prepareDatabase(database.db);
    });
    afterAll(async () => database.drop());

    const countingJob = (name: string, runs: string[], delayMs = 0): DailyJob => ({
      name,
      schedule: '0 3 * * *',
      run: async (_db, now) => {
        runs.push(now.toISOString());
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return 'ok';
      },
    });

    it('runs a job once per org-zone day, however often it is triggered', async () => {
      const runs: string[] = [];
      const job = countingJob('once-a-day', runs);
      // 23:00 and 23:30 on 1 March in Shanghai are the same day; 00:10 on 2 March is the next.
      expect(
        (await runDailyJob(database.db, job, new Date('2026-03-01T15:00:00Z'), ZONE)).ran,
      ).toBe(true);
      expect(
        (await runDailyJob(database.db, job, new Date('2026-03-01T15:30:00Z'), ZONE)).ran,
      ).toBe(false);
      expect(
        (await runDailyJob(database.db, job, new Date('2026-03-01T16:10:00Z'), ZONE)).ran,
      ).toBe(true);
      expect(runs).toHaveLength(2);
    });

    it('runs a job only once when triggered several times at the same moment', async () => {
      const runs: string[] = [];
      const job = countingJob('concurrent', runs, 200);
      const now = new Date('2026-03-05T01:00:00Z');
      const outcomes = await Promise.all(
        [1, 2, 3].map(() => runDailyJob(database.db, job, now, ZONE)),
      );
      expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
      expect(runs).toHaveLength(1);
    });

    if (engine === 'postgres') {
      it('runs a job in only one of several processes sharing the database', async () => {
        // A second handle on the same schema stands for a second app process.
        const other = await openDb({
          url: TEST_PG_URL,
          ...(database.db.schema ? { schema: database.db.schema } : {}),
        });
        try {
          const runs: string[] = [];
          const job = countingJob('across-processes', runs, 300);
          const now = new Date('2026-03-06T01:00:00Z');
          const outcomes = await Promise.all([
            runDailyJob(database.db, job, now, ZONE),
            runDailyJob(other, job, now, ZONE),
          ]);
          expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
          expect(runs).toHaveLength(1);
        } finally {
          await other.close();
        }
      });
    }
  });
}
