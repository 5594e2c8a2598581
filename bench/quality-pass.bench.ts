// The data-quality pass the simulator runs after seeding (`runSimulatedQualityPass`), alone and
// month by month, on a database seeded with `SIM_QUALITY=0` (copy it first: the pass writes flags
// and validity). Prints each month's seconds with what it evaluated and opened, then the total. On SQLite, `TRACE=1` also
// prints the statements that took the most time in all (text shortened), to find what grows.
// Usage: DATABASE_URL=… npx tsx bench/quality-pass.bench.ts <end day of the seed> [months]
import SqliteDatabase from 'better-sqlite3';
import { openDb } from '../src/db/engine.js';
import { startOfOrgDay } from '../src/domain/time/org-day.js';
import { periodBounds } from '../src/domain/time/period.js';
import { runSimulatedQualityPass, SIMULATED_ZONE } from '../src/simulator/simulate.js';

const [endDay, monthsArg = '12'] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!endDay || !url)
  throw new Error('usage: DATABASE_URL=… quality-pass.bench.ts <end day> [months]');

type Totals = { calls: number; ms: number };
const statements = new Map<string, Totals>();

/** Times every call of every prepared statement (SQLite only), keyed by its shortened text. */
function traceSqlite(): void {
  const prepare = SqliteDatabase.prototype.prepare;
  SqliteDatabase.prototype.prepare = function (this: SqliteDatabase.Database, source: string) {
    const statement = prepare.call(this, source);
    const key = source.replace(/\?(, \?)+/g, '?…').slice(0, 160);
    for (const method of ['all', 'get', 'run'] as const) {
      const call = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...args: unknown[]) => {
          const started = performance.now();
          try {
            return call(...args);
          } finally {
            const totals = statements.get(key) ?? { calls: 0, ms: 0 };
            totals.calls += 1;
            totals.ms += performance.now() - started;
            statements.set(key, totals);
          }
        },
      });
    }
    return statement;
  } as typeof prepare;
}

if (process.env.TRACE === '1') traceSqlite();
const db = await openDb({ url });
const endMs = startOfOrgDay(endDay, SIMULATED_ZONE).getTime();
// The calendar months (the first may be partial) of the given number before the end day.
let from = endMs;
for (let back = 0; back < Number(monthsArg); back += 1)
  from = periodBounds('month', new Date(from - 1), SIMULATED_ZONE).start.getTime();

const started = performance.now();
let monthStarted = started;
await runSimulatedQualityPass(db, from, endMs, (report) => {
  const { activities, customers, leads, opened } = report;
  const seconds = ((performance.now() - monthStarted) / 1000).toFixed(1);
  console.log(
    `${report.from.slice(0, 10)} seconds=${seconds} activities=${activities} customers=${customers} leads=${leads} opened=${opened}`,
  );
  monthStarted = performance.now();
});
console.log(`total seconds=${((performance.now() - started) / 1000).toFixed(1)}`);
for (const [text, totals] of [...statements].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15))
  console.log(
    `${totals.ms.toFixed(0).padStart(7)} ms ${String(totals.calls).padStart(6)}× ${text}`,
  );
await db.close();
