import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetweenDates } from '../../src/db/sql-time.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';

const runPostgres = await shouldRunPostgres();

for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `date arithmetic [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await database?.drop();
      });

      it('counts whole days between dates across a daylight-saving change, whatever the session zone', async () => {
        const { db } = database;
        const dates =
          engine === 'postgres'
            ? sql`(select date '2025-03-20' as later, date '2025-03-01' as earlier)`
            : sql`(select '2025-03-20' as later, '2025-03-01' as earlier)`;
        const days = await db.kysely.transaction().execute(async (tx) => {
          // New York moved its clocks on 9 March 2025: a session there has a 23-hour day in between.
          if (engine === 'postgres') await sql`set local timezone = 'America/New_York'`.execute(tx);
          const result = await sql<{
            days: number | string;
          }>`select ${daysBetweenDates(db.dialect, 'd.later', 'd.earlier')} as days from ${dates} d`.execute(
            tx,
          );
          return Number(result.rows[0]?.days);
        });
        expect(days).toBe(19);
      });
    },
  );
}
