// Seeding benchmark: generation time and peak memory of the company simulator at one scale, the
// bytes of the biggest tables and indexes, and the bare prepared-insert baseline of the same rows
// (bench/bare-insert.ts; BASELINE=0 skips it; on PostgreSQL it uses a database named like the
// seeded one with `_baseline`, dropped afterwards).
// Usage: npx tsx bench/seed.bench.ts <tiny|demo|S|M|L> [database url or SQLite path] [seed]
import { rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl, openDb } from '../src/db/engine.js';
import { prepareDatabase } from '../src/app/prepare-database.js';
import { isScaleName } from '../src/simulator/scales.js';
import { simulateCompany } from '../src/simulator/simulate.js';
import { bareInsertPostgres, bareInsertSqlite } from './bare-insert.js';

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

const reportBaseline = (baseline: { rows: number; seconds: number }) => {
  const baselineRate = baseline.rows / baseline.seconds;
  console.log(
    `baseline rows=${baseline.rows} seconds=${baseline.seconds.toFixed(1)} rows_per_s=${Math.round(baselineRate)} seeding_vs_baseline=${(total / seconds / baselineRate).toFixed(2)}`,
  );
};

if (!isPostgresUrl(url)) {
  const file = new SqliteDatabase(url, { readonly: true });
  const bytes = file
    .prepare('select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc')
    .all() as { name: string; bytes: number }[];
  file.close();
  printSizes(bytes);
  if (process.env.BASELINE !== '0') reportBaseline(await bareInsertSqlite(url, `${url}.baseline`));
} else {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const bytes = await client.query<{ name: string; bytes: string }>(
    // A table with its TOAST storage, an index alone.
    `select relname as name, bytes from (
       select relname, case relkind when 'r' then pg_table_size(oid) else pg_relation_size(oid) end
         as bytes
       from pg_class
       where relnamespace = current_schema()::regnamespace and relkind in ('r', 'i')
     ) sized order by bytes desc`,
  );
  printSizes(bytes.rows.map((r) => ({ name: r.name, bytes: Number(r.bytes) })));
  if (process.env.BASELINE !== '0') {
    // A fresh database beside the seeded one, on the same server.
    const target = new URL(url);
    target.pathname = `${target.pathname}_baseline`;
    const name = target.pathname.slice(1);
    await client.query(`drop database if exists ${name}`);
    await client.query(`create database ${name}`);
    reportBaseline(await bareInsertPostgres(url, target.toString()));
    await client.query(`drop database ${name}`);
  }
  await client.end();
}

/** The database's size and its biggest tables and indexes. */
function printSizes(bytes: { name: string; bytes: number }[]): void {
  const all = bytes.reduce((sum, t) => sum + t.bytes, 0);
  console.log(`database_mb=${(all / 1e6).toFixed(1)}`);
  for (const t of bytes.slice(0, 12))
    console.log(
      `  ${t.name} ${(t.bytes / 1e6).toFixed(1)} MB (${((100 * t.bytes) / all).toFixed(1)} %)`,
    );
}
