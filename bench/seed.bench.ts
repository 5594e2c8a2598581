// Seeding benchmark: generation time and peak memory of the company simulator at one scale; on
// SQLite also the bytes per table and the bare prepared-insert baseline of the same rows
// (bench/bare-insert.ts; BASELINE=0 skips it).
// Usage: npx tsx bench/seed.bench.ts <tiny|demo|S|M|L> [database url or SQLite path] [seed]
import { rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { isPostgresUrl, openDb } from '../src/db/engine.js';
import { prepareDatabase } from '../src/app/prepare-database.js';
import { isScaleName } from '../src/simulator/scales.js';
import { simulateCompany } from '../src/simulator/simulate.js';
import { bareInsertSqlite } from './bare-insert.js';

const [scale = 'demo', url = '/tmp/yardstick-seed-bench.db', seedArg = '1'] = process.argv.slice(2);
if (!isScaleName(scale)) throw new Error(`unknown scale ${scale}`);
if (!isPostgresUrl(url))
  for (const suffix of ['', '-wal', '-shm']) rmSync(url + suffix, { force: true });

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);
const db = await openDb({ url });
await prepareDatabase(db);
const started = performance.now();
const summary = await simulateCompany(db, {
  scale,
  seed: Number(seedArg),
  end: '2025-07-01',
  qualityRun: process.env.SIM_QUALITY !== '0',
  // The phases after the sellers' years, with the seconds since the start at which each began.
  onProgress: (message) => {
    if (!message.startsWith('seller '))
      console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s: ${message}`);
  },
});
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
await db.close();
const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
console.log(JSON.stringify(summary.rows));
console.log(
  `scale=${scale} engine=${isPostgresUrl(url) ? 'postgres' : 'sqlite'} rows=${total} seconds=${seconds.toFixed(1)} rows_per_s=${Math.round(total / seconds)} peak_rss_mb=${Math.round(peakRss / 1e6)}`,
);

if (!isPostgresUrl(url)) {
  const file = new SqliteDatabase(url, { readonly: true });
  const bytes = file
    .prepare('select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc')
    .all() as { name: string; bytes: number }[];
  file.close();
  const all = bytes.reduce((sum, t) => sum + t.bytes, 0);
  console.log(`database_mb=${(all / 1e6).toFixed(1)}`);
  for (const t of bytes.slice(0, 12))
    console.log(
      `  ${t.name} ${(t.bytes / 1e6).toFixed(1)} MB (${((100 * t.bytes) / all).toFixed(1)} %)`,
    );
  if (process.env.BASELINE !== '0') {
    const baseline = await bareInsertSqlite(url, `${url}.baseline`);
    const baselineRate = baseline.rows / baseline.seconds;
    console.log(
      `baseline rows=${baseline.rows} seconds=${baseline.seconds.toFixed(1)} rows_per_s=${Math.round(baselineRate)} seeding_vs_baseline=${(total / seconds / baselineRate).toFixed(2)}`,
    );
  }
}
