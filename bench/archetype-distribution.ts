/**
 * How the default sales template scores each simulated behaviour: the simulated S company (seed 1,
 * history ending 2026-10-01, gamers with honest twins, data-quality run) appraised for the three
 * months of Q3 2026 by monthly cycles (the default template's sums and counts are monthly).
 *
 *   npx tsx bench/archetype-distribution.ts [SQLite file]   (default bench/out/s-twins.db)
 *
 * Seeds the file when it does not exist yet (a few minutes), otherwise reuses it. Over the
 * person-months of the reps on the sales template, prints per item and archetype: scored, N/A,
 * share at the cap, share at zero, median value and median score; then the median total per
 * archetype, and each gamer's monthly total against their honest twin's.
 */
import { existsSync } from 'node:fs';
import { openDb } from '../src/db/engine.js';
import { createCycle, transitionCycle } from '../src/modules/cycles/cycles.service.js';
import { prepareDatabase } from '../src/app/prepare-database.js';
import { simulateCompany } from '../src/simulator/simulate.js';
import { simulatedAdmin } from '../src/simulator/demo-upkeep.js';

const file = process.argv[2] ?? 'bench/out/s-twins.db';
const END = '2026-10-01';
const ZONE = 'Asia/Shanghai';
const ARCHETYPES = [
  'diligent',
  'results_only',
  'late_recorder',
  'newcomer',
  'gamer',
  'honest_twin',
];

const fresh = !existsSync(file);
const db = await openDb({ url: file });
await prepareDatabase(db);
if (fresh) {
  const started = performance.now();
  await simulateCompany(db, {
    scale: 'S',
    seed: 1,
    end: END,
    honestTwins: true,
  });
  console.log(`seeded S in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const actor = await simulatedAdmin(db);
const results: { id: string; userId: string; total: number | null; month: string }[] = [];
const items: {
  userId: string;
  month: string;
  metric: string;
  value: number | null;
  score: number | null;
  cap: number;
}[] = [];
for (const month of ['2026-07', '2026-08', '2026-09']) {
  const cycle = await createCycle(
    db,
    actor,
    { name: `${month} distribution ${Date.now()}`, kind: 'month', anchorDay: `${month}-15` },
    ZONE,
  );
  await transitionCycle(db, actor, cycle.id, { version: cycle.version, status: 'open' });
  for (const r of await db.kysely
    .selectFrom('cycleResults')
    .select(['id', 'userId', 'total'])
    .where('cycleId', '=', cycle.id)
    .execute())
    results.push({ ...r, month });
  for (const i of await db.kysely
    .selectFrom('cycleResultItems')
    .innerJoin('cycleResults', 'cycleResults.id', 'cycleResultItems.resultId')
    .select(['cycleResults.userId', 'metric', 'value', 'score', 'cap'])
    .where('cycleResults.cycleId', '=', cycle.id)
    .execute())
    items.push({ ...i, month });
}
const profiles = new Map(
  (
    await db.kysely
      .selectFrom('simulatorProfiles')
      .select(['userId', 'archetype', 'params'])
      .execute()
  ).map((p) => [p.userId, p]),
);
await db.close();

const archetypeOf = (userId: string) => profiles.get(userId)?.archetype ?? 'unknown';
const median = (xs: number[]) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)} %`);
const one = (x: number | null) => (x === null ? '–' : x.toFixed(1));
// Reps on the sales template (team leads are appraised on the manager template).
const reps = new Set(
  items
    .filter((i) => i.metric === 'activity_frequency' && ARCHETYPES.includes(archetypeOf(i.userId)))
    .map((i) => i.userId),
);
const repItems = items.filter((i) => reps.has(i.userId));
const repResults = results.filter((r) => reps.has(r.userId));
const metrics = [...new Set(repItems.map((i) => i.metric))];
const people = (archetype: string) =>
  [...reps].filter((id) => archetypeOf(id) === archetype).length;

console.log(`\nScale S, seed 1, history to ${END}; monthly cycles July, August, September 2026.`);
console.log('Person-months of reps on the default sales template.');
console.log(
  '\n| item | archetype | scored | N/A | at cap | at zero | median value | median score |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const metric of metrics)
  for (const archetype of ARCHETYPES) {
    const own = repItems.filter((i) => i.metric === metric && archetypeOf(i.userId) === archetype);
    const scored = own.filter((i) => i.score !== null);
    const scores = scored.map((i) => i.score ?? 0);
    const atCap = scored.filter((i) => (i.score ?? 0) >= i.cap - 1e-9).length;
    const atZero = scores.filter((x) => x <= 1e-9).length;
    const value = median(scored.map((i) => i.value ?? 0));
    console.log(
      `| ${metric} | ${archetype} | ${scored.length} | ${own.length - scored.length} | ${pct(atCap, scored.length)} | ${pct(atZero, scored.length)} | ${value === null ? '–' : value.toPrecision(3)} | ${one(median(scores))} |`,
    );
  }

console.log('\n| archetype | reps | person-months with a total | median total | min | max |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const archetype of ARCHETYPES) {
  const totals = repResults
    .filter((r) => archetypeOf(r.userId) === archetype && r.total !== null)
    .map((r) => r.total ?? 0);
  console.log(
    `| ${archetype} | ${people(archetype)} | ${totals.length} | ${one(median(totals))} | ${one(totals.length ? Math.min(...totals) : null)} | ${one(totals.length ? Math.max(...totals) : null)} |`,
  );
}

const twinOf = new Map<string, string>();
for (const [userId, p] of profiles) {
  const twin = (JSON.parse(p.params) as { twinOf?: string }).twinOf;
  if (p.archetype === 'honest_twin' && twin) twinOf.set(twin, userId);
}
const totalOf = new Map(results.map((r) => [`${r.userId}/${r.month}`, r.total]));
const pairs = [...twinOf].flatMap(([gamer, twin]) =>
  ['2026-07', '2026-08', '2026-09'].map((month) => ({
    month,
    gamer: totalOf.get(`${gamer}/${month}`) ?? null,
    twin: totalOf.get(`${twin}/${month}`) ?? null,
  })),
);
if (pairs.length > 0) {
  const diffs = pairs.flatMap((g) =>
    g.gamer === null || g.twin === null ? [] : [g.gamer - g.twin],
  );
  console.log('\n| month | gamer total | honest twin total | gamer − twin |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const g of pairs)
    console.log(
      `| ${g.month} | ${one(g.gamer)} | ${one(g.twin)} | ${g.gamer === null || g.twin === null ? '–' : (g.gamer - g.twin).toFixed(1)} |`,
    );
  console.log(
    `\ngamer − twin over ${diffs.length} gamer-months: min ${one(Math.min(...diffs))}, median ${one(median(diffs))}, max ${one(Math.max(...diffs))}; ${diffs.filter((d) => d > 1e-9).length} above zero`,
  );
}
