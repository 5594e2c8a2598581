// The first page of every CRM list as each kind of viewer, one request at a time, through the
// real server over HTTP: where a scope makes a list slow. Usage (a seeded database):
//   DATABASE_URL=… npx tsx bench/list-pages.bench.ts [samples=30] [server checkout=.]
// The viewers are read from the seeded company: the sales rep with the most customers, the
// smallest sales team's lead, the manager with the most people below them, the lead of the
// service team (the manager of the service agents) and of the marketing team, and a service agent.
// Each list is asked `samples` times after one warm-up request; the table gives p50 and p95 in ms
// (one at a time, so these are the server's own latencies, not its throughput) and the total the
// page reports. The requests only read: the same database can be measured again.
import { openDb } from '../src/db/engine.js';
import { viewersOfEachKind } from './bench-people.js';
import { percentile, startBenchServer } from './bench-server.js';

const [samplesArg = '30', checkout = '.'] = process.argv.slice(2);
const samples = Number(samplesArg);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');

const LISTS = [
  'customers',
  'contacts',
  'opportunities',
  'leads',
  'activities',
  'plans',
  'contracts',
  'payments',
  'tickets',
  'feedback',
];

async function viewers(): Promise<[string, string][]> {
  const db = await openDb({ url: url ?? '' });
  try {
    return await viewersOfEachKind(db);
  } finally {
    await db.close();
  }
}

const people = await viewers();
const { request, login, stop } = await startBenchServer(checkout);
try {
  const rows: string[] = [];
  for (const [who, email] of people) {
    const cookie = await login(email);
    for (const list of LISTS) {
      const path = `/api/v1/${list}?page=1&pageSize=20`;
      const first = await request('GET', path, cookie);
      if (first.status !== 200) {
        rows.push(`| ${who} | ${list} | — | — | ${first.status} |`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        const started = performance.now();
        const response = await request('GET', path, cookie);
        times.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`${who} ${path}: ${response.status}`);
      }
      times.sort((a, b) => a - b);
      const { total } = JSON.parse(first.text) as { total: number };
      rows.push(
        `| ${who} | ${list} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${total} |`,
      );
    }
  }
  console.log(`viewers: ${people.map(([who, email]) => `${who} ${email}`).join(', ')}`);
  console.log('| viewer | list | p50 ms | p95 ms | total |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  stop();
}
