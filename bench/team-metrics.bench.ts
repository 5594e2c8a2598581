/**
 * Each metric's aggregate for one team over the quarter to date at the given instant (a live
 * team scorecard's period), as the engine computes it for a manager's reports: the reporting line
 * of the manager whose team is nearest TEAM people (default 30). Every metric in turn, ROUNDS runs
 * each (default 60); prints the median and p90 per metric as a markdown table, with a checksum of
 * the aggregates (the same data gives the same checksum whatever the code). METRICS=a,b limits it
 * to some metrics; REP=1 measures the rep whose live card appraisal.bench.ts measures instead;
 * TEAM_OF=<user id> the reporting line of that manager; SLICE=n measures the team in slices of n
 * people, one query per slice, as the live team scorecards do (each run is the sum of the slices).
 *
 *   DATABASE_URL=data/bench-m.db npx tsx bench/team-metrics.bench.ts 2025-06-30T08:00:00Z
 */
import { prepareDatabase } from '../src/app/prepare-database.js';
import { openDb } from '../src/db/engine.js';
import { periodBounds } from '../src/domain/time/period.js';
import { loadMetricCatalog } from '../src/modules/appraisal/metric-catalog.service.js';
import { factContext } from '../src/modules/metrics/metric-engine.js';
import { FACTS } from '../src/modules/metrics/metric-facts.registry.js';
import { aggregateFacts } from '../src/modules/metrics/metrics.repository.js';
import { firstRep, nearestTeam, reportingLine } from './bench-people.js';

const url = process.env.DATABASE_URL ?? './data/yardstick.db';
const asOf = new Date(process.argv[2] ?? Date.now());
const zone = process.env.ORG_TIMEZONE ?? 'Asia/Shanghai';
const rounds = Number(process.env.ROUNDS ?? 60);
const only = process.env.METRICS?.split(',');

const db = await openDb({ url });
await prepareDatabase(db);
const who = process.env.REP ? 'the rep' : undefined;
const team = who
  ? { reports: [await firstRep(db)] }
  : process.env.TEAM_OF
    ? await reportingLine(db, process.env.TEAM_OF)
    : await nearestTeam(db, Number(process.env.TEAM ?? 30));
const sliceSize = Math.max(1, Number(process.env.SLICE ?? team.reports.length));
const slices: string[][] = [];
for (let i = 0; i < team.reports.length; i += sliceSize)
  slices.push(team.reports.slice(i, i + sliceSize));
const period = { start: periodBounds('quarter', asOf, zone).start, end: asOf };
const { keyFields, dayTotalsZone } = await loadMetricCatalog(db);
const contexts = slices.map((subjects) => ({
  subjects,
  ctx: factContext(db.dialect, period, zone, { keyFields, dayTotalsZone, subjects }),
}));
const at = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;

console.log(
  `| metric (${db.dialect}, ${who ?? `team of ${team.reports.length}`}, ${slices.length} slice(s), ${rounds} runs) | median ms | p90 ms | checksum |`,
);
console.log('|---|---|---|---|');
let total = 0;
for (const [metric, facts] of Object.entries(FACTS)) {
  if (!facts || (only && !only.includes(metric))) continue;
  const samples: number[] = [];
  let checksum = 0;
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    checksum = 0;
    for (const { subjects, ctx } of contexts) {
      const rows = await aggregateFacts(db.kysely, facts(ctx), subjects);
      checksum += rows.reduce((sum, r) => sum + r.num * 7 + r.den * 3 + r.items, 0);
    }
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  total += at(samples, 0.5);
  console.log(
    `| ${metric} | ${at(samples, 0.5).toFixed(2)} | ${at(samples, 0.9).toFixed(2)} | ${checksum.toFixed(2)} |`,
  );
}
console.log(`| **all, in turn** | ${total.toFixed(1)} | | |`);
await db.close();
