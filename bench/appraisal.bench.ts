/**
 * Appraisal engine benchmark on an already seeded database (`yardstick seed --scale S --end …`).
 *
 *   DATABASE_URL=./data/bench-s.db npx tsx bench/appraisal.bench.ts 2026-10-01
 *
 * Measures, for the last complete quarter before the given day (CYCLE_KIND=month: month): a full
 * cycle (open → snapshot, every metric of every participant's template, scores, totals, saved),
 * the live quarter-to-date scorecard (as of the last simulated hour) of a sales rep and of a
 * manager with their team (the one whose reporting line is nearest 30 people; p50, p95 and p99 of
 * SAMPLES runs, default 200), and one evidence page.
 * The cycle's baseline is the hand-written reference SQL (bench/reference/) of every metric the
 * cycle measured, for the same period and scoring time, run right after it.
 * Prints a markdown table row.
 */
import { openDb } from '../src/db/engine.js';
import { orgDay } from '../src/domain/time/org-day.js';
import { periodBounds } from '../src/domain/time/period.js';
import { transitionCycle, createCycle } from '../src/modules/cycles/cycles.service.js';
import { listEvidence } from '../src/modules/scorecard/evidence.service.js';
import { liveScorecard } from '../src/modules/scorecard/live-scorecard.service.js';
import type { Actor } from '../src/platform/policy/actor.js';
import { prepareDatabase } from '../src/app/prepare-database.js';
import { loadMetricCatalog } from '../src/modules/appraisal/metric-catalog.service.js';
import { factContext } from '../src/modules/metrics/metric-engine.js';
import { firstRep, nearestTeam } from './bench-people.js';
import { runReferences } from './reference/run-references.js';

const url = process.env.DATABASE_URL ?? './data/yardstick.db';
const endDay = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const zone = process.env.ORG_TIMEZONE ?? 'Asia/Shanghai';
const cycleKind = process.env.CYCLE_KIND === 'month' ? 'month' : 'quarter';
const sampleCount = Number(process.env.SAMPLES ?? 200);

const db = await openDb({ url });
await prepareDatabase(db);
const admin: Actor = {
  id: 'bench',
  name: 'bench',
  roles: ['admin'],
  departmentId: null,
  scopes: ['all'],
  authenticatedBy: 'session',
};
const adminRow = await db.kysely
  .selectFrom('userRoles')
  .select('userId')
  .where('role', '=', 'admin')
  .executeTakeFirstOrThrow();
admin.id = adminRow.userId;

const counts = await db.kysely
  .selectFrom('activities')
  .select((eb) => eb.fn.countAll<number>().as('activities'))
  .executeTakeFirstOrThrow();
const users = await db.kysely
  .selectFrom('users')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();

const time = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
};
const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms`;
};

// The period before endDay's: the last complete month or quarter of the simulated year.
const lastPeriod = periodBounds(
  cycleKind,
  new Date(periodBounds(cycleKind, endDay, zone).start.getTime() - 1),
  zone,
);
const cycle = await createCycle(
  db,
  admin,
  {
    name: `bench ${Date.now()}`,
    kind: cycleKind,
    anchorDay: orgDay(lastPeriod.start, zone),
  },
  zone,
);
const opened = await time(() =>
  transitionCycle(db, admin, cycle.id, { version: cycle.version, status: 'open' }),
);
const measuredMetrics = (
  await db.kysely
    .selectFrom('cycleResultItems')
    .innerJoin('cycleResults', 'cycleResults.id', 'cycleResultItems.resultId')
    .select('cycleResultItems.metric')
    .distinct()
    .where('cycleResults.cycleId', '=', cycle.id)
    .execute()
).map((r) => r.metric);
const { scoredAt } = await db.kysely
  .selectFrom('cycles')
  .select('scoredAt')
  .where('id', '=', cycle.id)
  .executeTakeFirstOrThrow();
const referenceContext = factContext(db.dialect, lastPeriod, zone, {
  keyFields: (await loadMetricCatalog(db)).keyFields,
  scoredAt: new Date(scoredAt ?? lastPeriod.end),
});
const reference = await time(() => runReferences(db, referenceContext, measuredMetrics));
const participants = await db.kysely
  .selectFrom('cycleParticipants')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .where('cycleId', '=', cycle.id)
  .executeTakeFirstOrThrow();

const rep = await firstRep(db);
// The live scorecard as it would have been the day the simulated data ends (quarter to date).
const asOf = new Date(lastPeriod.end.getTime() - 3_600_000);
const nearest = await nearestTeam(db);
const manager = nearest.id;
const live = async (userId: string) => {
  const samples: number[] = [];
  for (let i = 0; i < sampleCount; i++)
    samples.push((await time(() => liveScorecard(db, admin, userId, 'quarter', zone, asOf))).ms);
  return stats(samples);
};
const repLive = await live(rep);
const managerLive = await live(manager);
const evidence = await time(() =>
  listEvidence(
    db,
    'update_timeliness',
    { period: lastPeriod, zone, scoredAt: lastPeriod.end },
    rep,
    {
      limit: 20,
      offset: 0,
    },
  ),
);

console.log(
  `| ${db.dialect} | ${Number(users.n)} users, ${Number(counts.activities)} activities | ${cycleKind} cycle open+compute for ${Number(participants.n)} participants: ${(opened.ms / 1000).toFixed(2)} s | reference SQL for its ${reference.result.ran.length} metrics (not ${reference.result.without.join(', ') || '—'}): ${(reference.ms / 1000).toFixed(2)} s, cycle ÷ reference ${(opened.ms / reference.ms).toFixed(2)} | live scorecard (rep, quarter to date): ${repLive} | live scorecard (manager with team of ${nearest.team}): ${managerLive} | evidence page: ${evidence.ms.toFixed(1)} ms |`,
);
await db.close();
