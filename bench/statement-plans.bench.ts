// Every read statement the app runs for a session of each kind of viewer, timed on two SQLite
// files of the same data that differ in what the planner knows (statistics, indexes): which
// statements got faster or slower, and by how much. Usage:
//   faketime -f '@<instant>' env DATABASE_URL=<file A> npx tsx bench/statement-plans.bench.ts <file B> [runs=5]
// The session: as each viewer of bench-people.ts's six kinds and an administrator, every GET
// route of the OpenAPI document once, in process (Fastify's inject), the routes with an `{id}`
// for the first record of their list, the lists and the reports for the current quarter. Every
// statement that reads is recorded with its values; each distinct one then runs on A and on B,
// once to warm up and `runs` times timed (median). Writes are not replayed (logging in, last-seen
// times). Run it under faketime at the seeded data's end so that live periods hold data.
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { buildApp } from '../src/app/app.js';
import { openDb } from '../src/db/engine.js';
import { loadConfig } from '../src/platform/config/config.js';
import { DEMO_PASSWORD } from '../src/simulator/demo-organisation.js';
import { firstActiveWithRole, viewersOfEachKind } from './bench-people.js';

const [fileB, runsArg = '5'] = process.argv.slice(2);
const fileA = process.env.DATABASE_URL;
if (!fileA || !fileB) throw new Error('usage: DATABASE_URL=<file A> statement-plans <file B>');
const runs = Number(runsArg);

type Recorded = { sql: string; params: unknown[]; route: string };
type Statement = { source: string; reader: boolean };
type Run = (this: Statement, ...args: unknown[]) => unknown;
type StatementMethods = { all: Run; get: Run; iterate: Run };

/** Every statement run while `route` is set, by its text and values. */
const recorded = new Map<string, Recorded>();
let route: string | undefined;
const probe = new Database(':memory:');
const statementMethods = Object.getPrototypeOf(probe.prepare('select 1')) as StatementMethods;
probe.close();
for (const method of ['all', 'get', 'iterate'] as const) {
  const run = statementMethods[method];
  statementMethods[method] = function (this: Statement, ...args: unknown[]) {
    if (route !== undefined && this.reader) {
      const params = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
      const key = `${this.source}\u0000${JSON.stringify(params)}`;
      if (!recorded.has(key)) recorded.set(key, { sql: this.source, params, route });
    }
    return run.apply(this, args);
  };
}

type Operation = { parameters?: { name: string; in: string; required?: boolean }[] };
type OpenApi = { paths: Record<string, { get?: Operation }> };

/** The session of every viewer on file A, its statements recorded. */
async function recordSession() {
  const db = await openDb({ url: fileA ?? '' });
  const config = loadConfig({});
  const app = await buildApp({
    db,
    config: { ...config, jobs: false, webDist: '/none' },
    logger: false,
  });
  try {
    const admin = await firstActiveWithRole(db, 'admin');
    const viewers = [
      ...(await viewersOfEachKind(db)),
      ...(admin ? [['administrator', admin.email] as [string, string]] : []),
    ];
    const quarter = DateTime.now().setZone(config.orgTimeZone).startOf('quarter');
    const query: Record<string, string> = {
      from: quarter.toISODate() ?? '',
      to: quarter.endOf('quarter').toISODate() ?? '',
      period: 'quarter',
    };
    const document = (await app.inject({ url: '/api/openapi.json' })).json<OpenApi>();
    const paths = Object.entries(document.paths).flatMap(([path, item]) =>
      item.get && !path.endsWith('/export') ? [[path, item.get] as const] : [],
    );
    const skipped = new Set<string>();
    for (const [kind, email] of viewers) {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: DEMO_PASSWORD },
      });
      const session = login.cookies.find((c) => c.name === 'ys_session');
      if (!session) throw new Error(`login ${email}: ${login.statusCode}`);
      const get = (url: string) =>
        app.inject({ url, headers: { cookie: `ys_session=${session.value}` } });
      for (const [path, operation] of paths) {
        const parameters = operation.parameters ?? [];
        const required = parameters.filter((p) => p.in === 'query' && p.required);
        if (required.some((p) => !(p.name in query))) {
          skipped.add(path);
          continue;
        }
        let url = path;
        const pathParameters = parameters.filter((p) => p.in === 'path').map((p) => p.name);
        if (pathParameters.length > 0) {
          if (pathParameters.join() !== 'id') {
            skipped.add(path);
            continue;
          }
          const list = path.slice(0, path.indexOf('/{id}'));
          const first = await get(`${list}?page=1&pageSize=1`);
          const id =
            first.statusCode === 200
              ? first.json<{ items?: { id: string }[] }>().items?.[0]?.id
              : undefined;
          if (!id) continue;
          url = path.replace('{id}', encodeURIComponent(id));
        }
        const names = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name));
        const search = new URLSearchParams(
          Object.entries(query).filter(([name]) => names.has(name)),
        ).toString();
        route = `${kind} GET ${path}`;
        await get(search ? `${url}?${search}` : url);
        route = undefined;
      }
    }
    console.log(`viewers: ${viewers.map(([kind, email]) => `${kind} ${email}`).join(', ')}`);
    if (skipped.size > 0) console.log(`routes skipped (values unknown): ${[...skipped].join(' ')}`);
  } finally {
    await app.close();
    await db.close();
  }
}

/** Each recorded statement's median time in ms on `file`, in the order recorded. */
function timeOn(file: string, statements: Recorded[]): number[] {
  const db = new Database(file, { readonly: true });
  db.pragma('cache_size = -32768');
  db.function('unicode_lower', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.toLowerCase() : text,
  );
  try {
    return statements.map(({ sql, params }) => {
      const statement = db.prepare(sql);
      statement.all(params);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        statement.all(params);
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[times.length >> 1] ?? 0;
    });
  } finally {
    db.close();
  }
}

await recordSession();
const statements = [...recorded.values()];
const onA = timeOn(fileA, statements);
const onB = timeOn(fileB, statements);
const rows = statements.map((s, i) => ({ ...s, a: onA[i] ?? 0, b: onB[i] ?? 0 }));
const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
console.log(
  `${statements.length} distinct read statements; A ${fileA}: ${sum(onA).toFixed(1)} ms, B ${fileB}: ${sum(onB).toFixed(1)} ms`,
);
const lost = rows.filter((r) => r.b - r.a > 1 && r.b > 2 * r.a);
const saved = rows.filter((r) => r.a - r.b > 1 && r.a > 2 * r.b);
console.log(
  `more than 1 ms and twice as slow on B: ${lost.length} (${sum(lost.map((r) => r.b - r.a)).toFixed(1)} ms lost); as fast on B: ${saved.length} (${sum(saved.map((r) => r.a - r.b)).toFixed(1)} ms saved)`,
);
const table = (title: string, chosen: typeof rows) => {
  console.log(`\n${title}\n| A ms | B ms | B ÷ A | route | statement |\n|---:|---:|---:|---|---|`);
  for (const r of chosen)
    console.log(
      `| ${r.a.toFixed(2)} | ${r.b.toFixed(2)} | ${(r.b / r.a).toFixed(2)} | ${r.route} | ${r.sql.replace(/\s+/g, ' ').slice(0, 120).replace(/\|/g, '\\|')} |`,
    );
};
const limit = Number(process.env.TOP ?? 20);
table(
  'Slower on B, by the time lost:',
  [...rows]
    .sort((x, y) => y.b - y.a - (x.b - x.a))
    .filter((r) => r.b > r.a)
    .slice(0, limit),
);
table(
  'Faster on B, by the time saved:',
  [...rows]
    .sort((x, y) => x.b - x.a - (y.b - y.a))
    .filter((r) => r.b < r.a)
    .slice(0, limit),
);
