// One request of the real app asked again and again by one user, in process (Fastify's inject: no
// network, no other client), on a seeded database: its time and where the time goes, statement by
// statement. Usage:
//   DATABASE_URL=… npx tsx bench/request-loop.bench.ts <email> <path> [requests=500]
// e.g. `… sales.director@demo.yardstick.local '/api/v1/contacts?page=1&pageSize=20'`. The user
// logs in with the demo password. A first pass times whole requests; a second pass times each
// statement from Kysely handing it over to its rows coming back (compiling, the driver and the
// engine), grouped by its SQL. A statement that waits for another of the same request (SQLite's one
// connection; PostgreSQL's page and count side by side) counts that wait too, so where statements
// overlap the column adds up to more than the request: read it with a CPU profile (`node --import
// tsx --cpu-prof …`). Logging in adds a session; reading requests change nothing else. SQL_CHARS=n
// shows n characters of each statement (140 by default).
import type { KyselyPlugin, QueryId, RootOperationNode } from 'kysely';
import { buildApp } from '../src/app/app.js';
import { openDb } from '../src/db/engine.js';
import { queryCompilerFor } from '../src/db/snake-case-identifiers.js';
import { loadConfig } from '../src/platform/config/config.js';
import { DEMO_PASSWORD } from '../src/simulator/demo-organisation.js';
import { percentile } from './bench-server.js';

const [email, path, requestsArg = '500'] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!url || !email || !path) throw new Error('usage: DATABASE_URL=… request-loop <email> <path>');
const requests = Number(requestsArg);

/** Each statement's time while `recording`, by its SQL text. */
const statements = new Map<string, { count: number; ms: number }>();
let recording = false;
/**
 * Statements under way, by Kysely's query id. Two statements built from one query (PostgreSQL's
 * page and its count, side by side) share that id: each result is given to the earliest of them
 * still under way, so the two may swap their times, and both are counted.
 */
const started = new Map<QueryId, { node: RootOperationNode; at: number }[]>();
const db = await openDb({ url });
const compiler = queryCompilerFor(db.dialect);
const timing: KyselyPlugin = {
  transformQuery({ node, queryId }) {
    if (recording)
      started.set(queryId, [...(started.get(queryId) ?? []), { node, at: performance.now() }]);
    return node;
  },
  async transformResult({ queryId, result }) {
    const [start, ...others] = started.get(queryId) ?? [];
    if (start) {
      const ms = performance.now() - start.at;
      if (others.length > 0) started.set(queryId, others);
      else started.delete(queryId);
      const text = compiler.compileQuery(start.node, queryId).sql.replace(/\s+/g, ' ');
      const seen = statements.get(text) ?? { count: 0, ms: 0 };
      statements.set(text, { count: seen.count + 1, ms: seen.ms + ms });
    }
    return result;
  },
};

const app = await buildApp({
  db: { ...db, kysely: db.kysely.withPlugin(timing) },
  config: { ...loadConfig({}), jobs: false, webDist: '/nonexistent' },
  logger: false,
});
try {
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  const session = login.cookies.find((c) => c.name === 'ys_session');
  if (!session) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const ask = async () => {
    const response = await app.inject({
      method: 'GET',
      url: path,
      headers: { cookie: `ys_session=${session.value}` },
    });
    if (response.statusCode !== 200)
      throw new Error(`${path}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  };
  for (let i = 0; i < Math.min(20, requests); i++) await ask();

  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const at = performance.now();
    await ask();
    times.push(performance.now() - at);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  console.log(`${db.dialect}, ${email}, GET ${path}, ${requests} requests one at a time`);
  console.log(
    `request: mean ${mean.toFixed(2)} ms, p50 ${percentile(times, 50).toFixed(2)}, p95 ${percentile(times, 95).toFixed(2)}`,
  );

  recording = true;
  for (let i = 0; i < requests; i++) await ask();
  recording = false;
  let total = 0;
  console.log('| ms a request | statements a request | statement |');
  console.log('| ---: | ---: | --- |');
  for (const [text, { count, ms }] of [...statements].sort((a, b) => b[1].ms - a[1].ms)) {
    total += ms;
    console.log(
      `| ${(ms / requests).toFixed(3)} | ${count / requests} | ${text.slice(0, Number(process.env.SQL_CHARS ?? 140)).replace(/\|/g, '\\|')} |`,
    );
  }
  console.log(`statements: ${(total / requests).toFixed(2)} ms a request`);
} finally {
  await app.close();
  await db.close();
}
