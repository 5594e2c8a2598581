// Mixed load through the real server over HTTP, then the longest /healthz answer while a cycle
// is recomputed. Usage (a seeded database, e.g. `yardstick seed --scale S --end 2026-10-01`):
//   DATABASE_URL=… npx tsx bench/mixed-load.bench.ts [seconds=60] [concurrency=16] [server checkout=.]
// The server runs as its own process (`tsx src/cli/main.ts serve` in the checkout given, so an
// older commit can be measured the same way); this process only sends requests.
import { percentile, seededPeople, startBenchServer } from './bench-server.js';

const [secondsArg = '60', concurrencyArg = '16', checkout = '.'] = process.argv.slice(2);
const seconds = Number(secondsArg);
const concurrency = Number(concurrencyArg);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');

type Person = { email: string; id: string; cookie: string };

const people = (role: string, count: number) => seededPeople(url, role, count);
const { base, request, login, stop } = await startBenchServer(checkout);
try {
  const withCookies = async (list: Omit<Person, 'cookie'>[]) =>
    Promise.all(list.map(async (p) => ({ ...p, cookie: await login(p.email) })));
  const reps = await withCookies(await people('sales', 8));
  const managers = await withCookies(await people('manager', 3));
  const service = await withCookies(await people('service', 3));
  const [admin] = await withCookies(await people('admin', 1));
  if (!admin || reps.length === 0 || managers.length === 0 || service.length === 0)
    throw new Error('the database has no seeded company');

  // Each rep's own customers, to open and to log follow-ups on.
  const customersOf = new Map<string, string[]>();
  for (const rep of reps) {
    const page = JSON.parse(
      (await request('GET', '/api/v1/customers?pageSize=100', rep.cookie)).text,
    ) as { items: { id: string; ownerId: string | null }[] };
    const own = page.items.filter((c) => c.ownerId === rep.id).map((c) => c.id);
    if (own.length === 0) throw new Error(`${rep.email} owns no customer on the first page`);
    customersOf.set(rep.id, own);
  }

  type Kind = { name: string; weight: number; run: (n: number) => Promise<number> };
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  const kinds: Kind[] = [
    {
      name: 'rep: customer list',
      weight: 25,
      run: async (n) =>
        (await request('GET', '/api/v1/customers?pageSize=20', pick(reps, n).cookie)).status,
    },
    {
      name: 'rep: customer detail',
      weight: 20,
      run: async (n) => {
        const rep = pick(reps, n);
        const id = pick(customersOf.get(rep.id) ?? [], n);
        return (await request('GET', `/api/v1/customers/${id}`, rep.cookie)).status;
      },
    },
    {
      name: 'rep: log a follow-up (POST)',
      weight: 15,
      run: async (n) => {
        const rep = pick(reps, n);
        const id = pick(customersOf.get(rep.id) ?? [], n);
        return (
          await request('POST', '/api/v1/activities', rep.cookie, {
            type: 'call',
            recordType: 'customer',
            recordId: id,
            content: `Follow-up call ${n}: discussed the renewal and next steps`,
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
          })
        ).status;
      },
    },
    {
      name: 'rep: live scorecard',
      weight: 10,
      run: async (n) => (await request('GET', '/api/v1/scorecard', pick(reps, n).cookie)).status,
    },
    {
      name: 'manager: customer list',
      weight: 10,
      run: async (n) =>
        (await request('GET', '/api/v1/customers?pageSize=20', pick(managers, n).cookie)).status,
    },
    {
      name: 'manager: team scorecard',
      weight: 5,
      run: async (n) =>
        (await request('GET', '/api/v1/scorecard/team', pick(managers, n).cookie)).status,
    },
    {
      name: 'service: ticket list',
      weight: 15,
      run: async (n) =>
        (await request('GET', '/api/v1/tickets?pageSize=20', pick(service, n).cookie)).status,
    },
  ];
  const wheel = kinds.flatMap((k) => Array.from({ length: k.weight }, () => k));
  const stats = new Map(kinds.map((k) => [k.name, { latencies: [] as number[], errors: 0 }]));
  const errorsSeen: string[] = [];
  const until = Date.now() + seconds * 1000;
  let counter = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const n = counter++;
        const kind = pick(wheel, (n * 7919) % wheel.length);
        const stat = stats.get(kind.name);
        if (!stat) continue;
        const started = performance.now();
        try {
          const status = await kind.run(n);
          if (status >= 400) {
            stat.errors += 1;
            if (errorsSeen.length < 5) errorsSeen.push(`${kind.name}: ${status}`);
          }
        } catch (error) {
          stat.errors += 1;
          if (errorsSeen.length < 5) errorsSeen.push(`${kind.name}: ${String(error)}`);
        }
        stat.latencies.push(performance.now() - started);
      }
    }),
  );
  let total = 0;
  let errors = 0;
  console.log(`\n${seconds} s mixed load at concurrency ${concurrency}`);
  console.log('| request | share | requests | req/s | p50 ms | p95 ms | p99 ms | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const kind of kinds) {
    const stat = stats.get(kind.name);
    if (!stat) continue;
    const sorted = [...stat.latencies].sort((a, b) => a - b);
    total += sorted.length;
    errors += stat.errors;
    console.log(
      `| ${kind.name} | ${kind.weight} % | ${sorted.length} | ${(sorted.length / seconds).toFixed(1)} | ${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 95).toFixed(0)} | ${percentile(sorted, 99).toFixed(0)} | ${stat.errors} |`,
    );
  }
  console.log(`| all | | ${total} | ${(total / seconds).toFixed(1)} | | | | ${errors} |`);
  if (errorsSeen.length > 0) console.log('first errors:', errorsSeen);

  // A monthly cycle for the last simulated month, opened (which computes it), then recomputed
  // while /healthz is asked every 5 ms.
  const created = JSON.parse(
    (
      await request('POST', '/api/v1/cycles', admin.cookie, {
        name: `Bench ${Date.now()}`,
        kind: 'month',
        anchorDay: '2026-09-15',
      })
    ).text,
  ) as { id: string; version: number };
  const opened = await request('POST', `/api/v1/cycles/${created.id}/status`, admin.cookie, {
    version: created.version,
    status: 'open',
  });
  if (opened.status !== 200) throw new Error(`open cycle: ${opened.status} ${opened.text}`);
  let cycle = JSON.parse(opened.text) as { id: string; version: number };
  const recomputes: number[] = [];
  let longestHealthz = 0;
  let healthzSamples = 0;
  for (let run = 0; run < 5; run++) {
    let running = true;
    const probe = (async () => {
      while (running) {
        const started = performance.now();
        await fetch(`${base}/healthz`);
        longestHealthz = Math.max(longestHealthz, performance.now() - started);
        healthzSamples += 1;
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const started = performance.now();
    const response = await request('POST', `/api/v1/cycles/${cycle.id}/recompute`, admin.cookie, {
      version: cycle.version,
    });
    recomputes.push(performance.now() - started);
    running = false;
    await probe;
    if (response.status !== 200) throw new Error(`recompute: ${response.status} ${response.text}`);
    cycle = JSON.parse(response.text) as { id: string; version: number };
  }
  const participants = JSON.parse(
    (await request('GET', `/api/v1/cycles/${cycle.id}/results?pageSize=1`, admin.cookie)).text,
  ) as { total: number };
  console.log(
    `\ncycle recompute (${participants.total} people), 5 runs: ${recomputes.map((r) => r.toFixed(0)).join(', ')} ms; ` +
      `longest /healthz answer during them ${longestHealthz.toFixed(1)} ms over ${healthzSamples} probes`,
  );
} finally {
  stop();
}
