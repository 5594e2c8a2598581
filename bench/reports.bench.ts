/**
 * Report queries on an already seeded database (`yardstick seed --scale S --end …`).
 *
 *   DATABASE_URL=./data/bench-s.db npx tsx bench/reports.bench.ts 2026-07-01 2026-09-30
 *
 * Times every report over the given period (inclusive org-zone days) as an administrator (the
 * whole company) and as a team lead (their departments), median and p95 of 10 runs after one
 * warm-up, through the same service functions as the routes. Prints markdown table rows.
 */
import { openDb } from '../src/db/engine.js';
import { prepareDatabase } from '../src/app/prepare-database.js';
import { actorFor } from '../src/modules/auth/auth.service.js';
import { adoptionReport } from '../src/modules/reports/adoption.service.js';
import * as reports from '../src/modules/reports/reports.service.js';
import { serviceReport } from '../src/modules/reports/service-report.service.js';
import { winLossReport } from '../src/modules/reports/win-loss.service.js';
import type { ReportQuery } from '../src/modules/reports/reports.schema.js';
import type { Actor } from '../src/platform/policy/actor.js';
import type { Db } from '../src/db/database.js';
import { firstActiveWithRole } from './bench-people.js';

const url = process.env.DATABASE_URL ?? './data/yardstick.db';
const [from = '2026-07-01', to = '2026-09-30'] = process.argv.slice(2);
const zone = process.env.ORG_TIMEZONE ?? 'Asia/Shanghai';
const RUNS = 10;

type Report = (db: Db, actor: Actor, query: ReportQuery, zone: string) => Promise<unknown>;
const REPORTS: Record<string, Report> = {
  funnel: reports.funnelReport,
  'stage-durations': reports.stageDurationsReport,
  sales: reports.salesReport,
  cockpit: reports.cockpitReport,
  'win-loss': winLossReport,
  service: serviceReport,
  adoption: adoptionReport,
};

const db = await openDb({ url });
await prepareDatabase(db);

/** The first active user with this role, as the session would see them. */
async function actorWithRole(role: string): Promise<Actor> {
  const row = await firstActiveWithRole(db, role);
  if (!row) throw new Error(`no active ${role}`);
  const actor = await actorFor(db, row.id, 'session');
  if (!actor) throw new Error(`no active ${role}`);
  return actor;
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? 0;
const p95 = (sorted: number[]) =>
  sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0;

const activities = await db.kysely
  .selectFrom('activities')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
console.log(`${db.dialect}, ${Number(activities.n)} activities, period ${from} – ${to}`);
console.log('| report | viewer | median | p95 |');
console.log('| ------ | ------ | -----: | --: |');
for (const [viewer, actor] of [
  ['admin (company)', await actorWithRole('admin')],
  ['team lead (department)', await actorWithRole('manager')],
] as const) {
  for (const [name, report] of Object.entries(REPORTS)) {
    await report(db, actor, { from, to }, zone);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await report(db, actor, { from, to }, zone);
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    console.log(
      `| ${name} | ${viewer} | ${median(samples).toFixed(0)} ms | ${p95(samples).toFixed(0)} ms |`,
    );
  }
}
await db.close();
