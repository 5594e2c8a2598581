// The scale benchmark in one command: seed a company of the given scale into a fresh database of
// the given engine (seeding time, rows/s, bytes per table and, on SQLite, the bare-insert
// baseline), then the appraisal engine on it (a quarter's cycle for everyone against the reference
// SQL of its metrics, live scorecards, each metric against its reference),
// then the API over HTTP against bare routes on the same database.
//   npm run bench -- --scale S|M|L --engine sqlite|postgres [--seed 1]
// SQLite writes data/bench-<scale>.db; PostgreSQL (BENCH_PG_URL, default the local server's
// `postgres` database) recreates the database yardstick_bench_<scale>. See bench/README.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { isScaleName } from '../src/simulator/scales.js';

/** The day bench/seed.bench.ts ends the simulated year on: fixed, so every run seeds the same company. */
const END_DAY = '2025-07-01';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'S' },
    engine: { type: 'string', default: 'sqlite' },
    seed: { type: 'string', default: '1' },
  },
});
const scale = values.scale;
if (!isScaleName(scale)) throw new Error(`--scale: unknown scale ${scale}`);
if (values.engine !== 'sqlite' && values.engine !== 'postgres')
  throw new Error('--engine: sqlite or postgres');

async function freshPostgresDatabase(name: string): Promise<string> {
  const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

let url: string;
if (values.engine === 'sqlite') {
  mkdirSync('data', { recursive: true });
  url = `data/bench-${scale.toLowerCase()}.db`;
} else {
  url = await freshPostgresDatabase(`yardstick_bench_${scale.toLowerCase()}`);
}
const run = (script: string, args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
console.log(`# ${scale} on ${values.engine} (seed ${values.seed}, year ending ${END_DAY})`);
run('bench/seed.bench.ts', [scale, url, values.seed]);
run('bench/appraisal.bench.ts', [END_DAY]);
run('bench/metrics.bench.ts', [END_DAY]);
// Last: it logs activities, which the appraisal figures above must not include.
run('bench/api.bench.ts', [process.env.API_SECONDS ?? '15', '16']);
