// The API on a seeded company against its baseline: the real server, then a bare Fastify server
// doing only the statements the data needs on the same database (bench/bare-routes.ts), each
// loaded in turn at the same concurrency for the same time. Usage:
//   DATABASE_URL=… npx tsx bench/api.bench.ts [seconds per request kind=15] [concurrency=16]
// ONLY=<text> loads only the request kinds whose name holds it (`ONLY=scorecards`: the manager's
// team scorecards alone, the server's memory under them included), without the list beside them.
// Both servers' clocks start at the simulated year's last working afternoon (libfaketime), so the
// live scorecard covers a real quarter. The bench logs activities: repeat it on a fresh copy.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import { openDb } from '../src/db/engine.js';
import { loadConfig } from '../src/platform/config/config.js';
import { SIMULATION_SETTING } from '../src/simulator/simulate.js';
import { largestSalesManager } from './bench-people.js';
import {
  largestRssMb,
  percentile,
  requestOf,
  runLoad,
  startBareServer,
  startBenchServer,
  type LoadResult,
} from './bench-server.js';

const [secondsArg = '15', concurrencyArg = '16'] = process.argv.slice(2);
const seconds = Number(secondsArg);
const concurrency = Number(concurrencyArg);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');

/**
 * Who and what the requests are about: the sales rep with the most customers, the manager with
 * the most sales people in their reporting line (the heaviest scope), the rep's most frequent customer status (the list
 * filter) and up to 200 of the rep's customers (the detail pages).
 */
async function subjects() {
  const db = await openDb({ url: url ?? '' });
  try {
    const setting = await sql<{ value: string }>`select value from settings
      where key = ${SIMULATION_SETTING}`.execute(db.kysely);
    const { end } = JSON.parse(setting.rows[0]?.value ?? '{}') as { end?: string };
    if (!end) throw new Error('the database holds no simulated company');
    const rep = (
      await sql<{ id: string; email: string }>`select u.id, u.email from users u
        join user_roles r on r.user_id = u.id and r.role = 'sales'
        join customers c on c.owner_id = u.id and c.deleted_at is null
        where u.active = 1 and u.id not in (select user_id from user_roles where role = 'manager')
        group by u.id, u.email order by count(*) desc, u.id limit 1`.execute(db.kysely)
    ).rows[0];
    const manager = await largestSalesManager(db);
    if (!rep || !manager) throw new Error('the database has no sales rep or manager');
    const status = (
      await sql<{ status: string }>`select status from customers
        where owner_id = ${rep.id} and deleted_at is null
        group by status order by count(*) desc, status limit 1`.execute(db.kysely)
    ).rows[0]?.status;
    const customers = await sql<{ id: string }>`select id from customers
      where owner_id = ${rep.id} and deleted_at is null order by id limit 200`.execute(db.kysely);
    return {
      end,
      rep,
      manager,
      status: status ?? 'potential',
      customerIds: customers.rows.map((r) => r.id),
    };
  } finally {
    await db.close();
  }
}

const subject = await subjects();
// 16:00 in the org's zone on the simulated year's last day (the seed ends the day before `end`),
// as UTC: the live quarter is then the seed's last, nearly over.
const clock = DateTime.fromISO(`${subject.end}T16:00:00`, { zone: loadConfig().orgTimeZone })
  .minus({ days: 1 })
  .toUTC()
  .toFormat('yyyy-MM-dd HH:mm:ss');
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
const listQuery = `status=${subject.status}&page=2&pageSize=20`;
const runId = Date.now().toString(36);
const note = (n: number) => `Follow-up call ${runId}-${n}: discussed the renewal and next steps`;

type Operation = (n: number) => Promise<true | string>;

/**
 * Loads each operation for `seconds`, sampling the server's memory; results by name, with the
 * largest RSS seen up to the end of each (the server gives little back between kinds).
 */
async function measure(operations: [string, Operation][], group: number) {
  const atRest = largestRssMb(group);
  let peak = atRest;
  const sampler = setInterval(() => {
    peak = Math.max(peak, largestRssMb(group));
  }, 200);
  const results = new Map<string, LoadResult>();
  const peaks = new Map<string, number>();
  for (const [name, operation] of operations) {
    results.set(name, await runLoad(seconds, concurrency, operation));
    peaks.set(name, (peak = Math.max(peak, largestRssMb(group))));
  }
  clearInterval(sampler);
  return { results, atRest, peak, peaks };
}

const expectStatus = (status: number) => (response: { status: number; text: string }) =>
  response.status === status || `${response.status} ${response.text.slice(0, 200)}`;

// Both servers run from the start, one of them loaded at a time.
const clockStarted = Date.now();
/** The servers' time, near enough: their clocks started at `clock` and run at the real rate. */
const serverNow = () => Date.parse(`${clock.replace(' ', 'T')}Z`) + (Date.now() - clockStarted);
const yardstick = await startBenchServer('.', clock);
const bare = await startBareServer(clock).catch((error: unknown) => {
  yardstick.stop();
  throw error;
});
try {
  const repCookie = await yardstick.login(subject.rep.email);
  const managerCookie = await yardstick.login(subject.manager.email);
  const get = (path: string, cookie: string) =>
    yardstick.request('GET', path, cookie).then(expectStatus(200));
  const bareRequest = requestOf(bare.base);
  const bareGet = (path: string) => bareRequest('GET', path, '').then(expectStatus(200));
  const newActivity = (n: number) => ({
    customerId: pick(subject.customerIds, n),
    content: note(n),
    occurredAt: new Date(serverNow() - 60_000).toISOString(),
  });
  const kinds: { name: string; yardstick: Operation; bare?: Operation }[] = [
    {
      name: 'customer list, the rep (status filter, page 2)',
      yardstick: () => get(`/api/v1/customers?${listQuery}`, repCookie),
      bare: () => bareGet(`/customers?within=${subject.rep.id}&${listQuery}`),
    },
    {
      name: `customer list, the manager (${subject.manager.team} people)`,
      yardstick: () => get(`/api/v1/customers?${listQuery}`, managerCookie),
      bare: () => bareGet(`/customers?within=${subject.manager.id}&${listQuery}`),
    },
    {
      name: 'customer detail with its timeline (2 requests)',
      yardstick: async (n) => {
        const id = pick(subject.customerIds, n);
        const [detail, timeline] = await Promise.all([
          get(`/api/v1/customers/${id}`, repCookie),
          get(`/api/v1/customers/${id}/timeline?page=1&pageSize=20`, repCookie),
        ]);
        return detail === true ? timeline : detail;
      },
      bare: (n) => bareGet(`/customers/${pick(subject.customerIds, n)}`),
    },
    {
      name: 'log an activity (POST)',
      yardstick: (n) => {
        const { customerId, ...activity } = newActivity(n);
        return yardstick
          .request('POST', '/api/v1/activities', repCookie, {
            type: 'call',
            recordType: 'customer',
            recordId: customerId,
            ...activity,
          })
          .then(expectStatus(201));
      },
      bare: (n) =>
        bareRequest('POST', '/activities', '', {
          actorId: subject.rep.id,
          ...newActivity(n),
        }).then(expectStatus(201)),
    },
    {
      name: 'live quarter scorecard, the rep',
      yardstick: () => get('/api/v1/scorecard?period=quarter', repCookie),
    },
    {
      name: 'live quarter scorecards, the manager with team',
      yardstick: () => get('/api/v1/scorecard/team?period=quarter', managerCookie),
    },
  ];
  const only = process.env.ONLY;
  const chosen = only ? kinds.filter((k) => k.name.includes(only)) : kinds;
  const real = await measure(
    chosen.map((k) => [k.name, k.yardstick]),
    yardstick.process.pid ?? 0,
  );
  const beside = only
    ? undefined
    : await besideTeamScorecards(
        () => get(`/api/v1/customers?${listQuery}`, repCookie),
        () => get('/api/v1/scorecard/team?period=quarter', managerCookie),
      );
  const baseline = await measure(
    chosen.flatMap((k): [string, Operation][] => (k.bare ? [[k.name, k.bare]] : [])),
    bare.process.pid ?? 0,
  );
  report(chosen, real, baseline);
  if (beside) reportBeside(beside);
} finally {
  yardstick.stop();
  bare.stop();
}

/**
 * The rep's customer list at the bench's concurrency while one more client keeps asking for the
 * manager's team scorecards, each computed anew: how long everyone else waits meanwhile.
 */
async function besideTeamScorecards(list: Operation, teamScorecards: () => Promise<true | string>) {
  let running = true;
  let answered = 0;
  const loop = (async () => {
    while (running) if ((await teamScorecards()) === true) answered += 1;
  })();
  const result = await runLoad(seconds, concurrency, list);
  running = false;
  await loop;
  return { result, answered };
}

function reportBeside({ result, answered }: Awaited<ReturnType<typeof besideTeamScorecards>>) {
  const ms = (p: number) => percentile(result.sorted, p).toFixed(1);
  console.log(
    `customer list, the rep, beside one client asking for the manager's team scorecards (${answered} answered): ` +
      `${(result.sorted.length / result.seconds).toFixed(1)} req/s, p50 ${ms(50)} ms, p95 ${ms(95)} ms, p99 ${ms(99)} ms, ` +
      `max ${ms(100)} ms, errors ${result.errors}`,
  );
}

type Measured = Awaited<ReturnType<typeof measure>>;

function report(kinds: { name: string }[], real: Measured, baseline: Measured): void {
  const rate = (r: LoadResult) => r.sorted.length / r.seconds;
  const ms = (r: LoadResult, p: number) => percentile(r.sorted, p).toFixed(1);
  console.log(
    `\nAPI at concurrency ${concurrency}, ${seconds} s per request kind; server clock ${clock} UTC; rep ${subject.rep.email}, manager ${subject.manager.email}`,
  );
  console.log(
    '| request | req/s | p50 ms | p95 ms | p99 ms | errors | bare route req/s | bare p95 ms | bare errors | ratio (req/s) | RSS so far MB |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const kind of kinds) {
    const r = real.results.get(kind.name);
    if (!r) continue;
    const b = baseline.results.get(kind.name);
    console.log(
      `| ${kind.name} | ${rate(r).toFixed(1)} | ${ms(r, 50)} | ${ms(r, 95)} | ${ms(r, 99)} | ${r.errors} | ${b ? rate(b).toFixed(1) : '—'} | ${b ? ms(b, 95) : '—'} | ${b ? b.errors : '—'} | ${b ? (rate(r) / rate(b)).toFixed(2) : '—'} | ${real.peaks.get(kind.name)?.toFixed(0)} |`,
    );
    if (r.errorsSeen.length > 0) console.log(`  first errors: ${r.errorsSeen.join(' / ')}`);
    if (b && b.errorsSeen.length > 0)
      console.log(`  first bare route errors: ${b.errorsSeen.join(' / ')}`);
  }
  console.log(
    `server RSS: Yardstick ${real.atRest.toFixed(0)} MB at rest, ${real.peak.toFixed(0)} MB peak under load; bare route ${baseline.atRest.toFixed(0)} / ${baseline.peak.toFixed(0)} MB`,
  );
  console.log(
    `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
}
