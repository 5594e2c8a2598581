/**
 * Each metric's fact query as the engine aggregates it, against its hand-written reference SQL
 * (bench/reference/), on an already seeded database, for every active person over the last
 * complete quarter before the given day: the engine as a cycle runs it (slices of sliceSizeFor
 * people) and in one pass for everyone, the reference in one statement for everyone. Each is run
 * RUNS times (default 3) alternately; the median is reported. Prints a markdown table with the
 * ratios and the totals. METRICS=a,b limits it to some metrics.
 *
 *   DATABASE_URL=data/bench-m.db npx tsx bench/metrics.bench.ts 2025-07-01
 */
import { prepareDatabase } from '../src/app/prepare-database.js';
import { openDb } from '../src/db/engine.js';
import { periodBounds } from '../src/domain/time/period.js';
import { loadMetricCatalog } from '../src/modules/appraisal/metric-catalog.service.js';
import { factContext } from '../src/modules/metrics/metric-engine.js';
import { FACTS } from '../src/modules/metrics/metric-facts.registry.js';
import { aggregateFacts } from '../src/modules/metrics/metrics.repository.js';
import { sliceSizeFor } from '../src/modules/appraisal/score-participants.js';
import { referenceOf } from './reference/run-references.js';

const url = process.env.DATABASE_URL ?? './data/yardstick.db';
const endDay = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const zone = process.env.ORG_TIMEZONE ?? 'Asia/Shanghai';
const runs = Number(process.env.RUNS ?? 3);
const only = process.env.METRICS?.split(',');

const db = await openDb({ url });
await prepareDatabase(db);
const quarter = periodBounds(
  'quarter',
  new Date(periodBounds('quarter', endDay, zone).start.getTime() - 1),
  zone,
);
const { keyFields, dayTotalsZone } = await loadMetricCatalog(db);
const ctx = factContext(db.dialect, quarter, zone, { keyFields, dayTotalsZone });
const people = (
  await db.kysely.selectFrom('users').select('id').where('active', '=', 1).orderBy('id').execute()
).map((u) => u.id);
const sliceSize = sliceSizeFor(db.dialect);
const slices: string[][] = [];
for (let i = 0; i < people.length; i += sliceSize) slices.push(people.slice(i, i + sliceSize));

const elapsed = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1] ?? 0;

console.log(
  `| metric (${db.dialect}, ${people.length} people) | engine in slices of ${sliceSize} ms | engine in one pass ms | reference ms | slices ÷ reference | one pass ÷ reference |`,
);
console.log('|---|---|---|---|---|---|');
const totals = { sliced: 0, onePass: 0, reference: 0 };
const ratio = (a: number, b: number) => (a / b).toFixed(2);
for (const [metric, facts] of Object.entries(FACTS)) {
  const reference = referenceOf(metric);
  if (!facts || !reference || (only && !only.includes(metric))) continue;
  const runsOf = { sliced: [] as number[], onePass: [] as number[], reference: [] as number[] };
  for (let i = 0; i < runs; i++) {
    runsOf.sliced.push(
      await elapsed(async () => {
        for (const slice of slices)
          await aggregateFacts(
            db.kysely,
            facts(
              factContext(db.dialect, quarter, zone, { keyFields, subjects: slice, dayTotalsZone }),
            ),
            slice,
          );
      }),
    );
    runsOf.onePass.push(await elapsed(() => aggregateFacts(db.kysely, facts(ctx))));
    runsOf.reference.push(await elapsed(() => reference(ctx).execute(db.kysely)));
  }
  const sliced = median(runsOf.sliced);
  const onePass = median(runsOf.onePass);
  const baseline = median(runsOf.reference);
  totals.sliced += sliced;
  totals.onePass += onePass;
  totals.reference += baseline;
  console.log(
    `| ${metric} | ${sliced.toFixed(1)} | ${onePass.toFixed(1)} | ${baseline.toFixed(1)} | ${ratio(sliced, baseline)} | ${ratio(onePass, baseline)} |`,
  );
}
console.log(
  `| **all, in turn** | ${totals.sliced.toFixed(0)} | ${totals.onePass.toFixed(0)} | ${totals.reference.toFixed(0)} | ${ratio(totals.sliced, totals.reference)} | ${ratio(totals.onePass, totals.reference)} |`,
);
await db.close();
