// Logging follow-ups (POST /api/v1/activities) through the real server over HTTP: requests per
// second and latency at a given concurrency. Usage (a seeded database, e.g.
// `DATABASE_URL=<file> npx tsx src/cli/main.ts seed --scale S --seed 1 --end 2026-10-01`):
//   DATABASE_URL=… npx tsx bench/activity-write.bench.ts [seconds=30] [concurrency=16] [server checkout=.]
// The server runs as its own process (`tsx src/cli/main.ts serve` in the checkout given, so an
// older commit can be measured on a copy of the same database); this process only sends
// requests. The bench writes: measure each checkout on its own copy of the seeded file.
// Every sales rep of the company logs calls on their own customers, each with a new text (no
// copy-paste, Q4); at this rate every rep is in a burst (Q5) after ten calls, the costliest case
// for the data-quality checks. Every fourth call also plans the next follow-up. Besides requests
// per second (which depend on what else the machine runs), it reports the server's own CPU time
// per request (all processes of its process group, from /proc: Linux only).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  groupCpuSeconds,
  percentile,
  runLoad,
  seededPeople,
  startBenchServer,
} from './bench-server.js';

const [secondsArg = '30', concurrencyArg = '16', checkout = '.'] = process.argv.slice(2);
const seconds = Number(secondsArg);
const concurrency = Number(concurrencyArg);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');

const salesReps = await seededPeople(url, 'sales');
const { request, login, process: server, stop } = await startBenchServer(checkout);
try {
  const reps: { email: string; id: string; cookie: string; customers: string[] }[] = [];
  for (const rep of salesReps) {
    const cookie = await login(rep.email);
    const page = JSON.parse(
      (await request('GET', '/api/v1/customers?pageSize=100', cookie)).text,
    ) as { items: { id: string; ownerId: string | null }[] };
    const own = page.items.filter((c) => c.ownerId === rep.id).map((c) => c.id);
    if (own.length > 0) reps.push({ ...rep, cookie, customers: own });
  }
  if (reps.length === 0) throw new Error('the database has no seeded sales rep with customers');
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

  const runId = Date.now().toString(36);
  const group = server.pid ?? 0;
  const cpuBefore = groupCpuSeconds(group);
  const load = await runLoad(seconds, concurrency, async (n) => {
    const rep = pick(reps, n);
    const response = await request('POST', '/api/v1/activities', rep.cookie, {
      type: 'call',
      recordType: 'customer',
      recordId: pick(rep.customers, Math.floor(n / reps.length)),
      content: `Follow-up call ${runId}-${n}: discussed the renewal and next steps`,
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      ...(n % 4 === 3
        ? {
            nextFollowUp: {
              dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
              note: 'Send the revised quote',
            },
          }
        : {}),
    });
    return response.status === 201 || `${response.status} ${response.text}`;
  });
  const { sorted, errors, errorsSeen } = load;
  const elapsed = load.seconds;
  const cpuMsPerRequest = ((groupCpuSeconds(group) - cpuBefore) * 1000) / sorted.length;
  console.log(
    `\nPOST /api/v1/activities for ${seconds} s at concurrency ${concurrency}, ${reps.length} reps, server in ${resolve(checkout)}`,
  );
  console.log('| requests | req/s | p50 ms | p95 ms | p99 ms | server CPU ms/request | errors |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${sorted.length} | ${(sorted.length / elapsed).toFixed(1)} | ${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 95).toFixed(0)} | ${percentile(sorted, 99).toFixed(0)} | ${cpuMsPerRequest.toFixed(1)} | ${errors} |`,
  );
  console.log(
    `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
  if (errorsSeen.length > 0) console.log('first errors:', errorsSeen);
} finally {
  stop();
}
