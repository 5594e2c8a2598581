/**
 * The server's heap while it answers the live team scorecards of the manager with the most sales
 * people below them, in process (Fastify's inject), at the given instant: CLIENTS clients (default
 * 16) asking again and again for SECONDS (default 10), the process sampling its own memory every
 * 20 ms; prints the heap, external memory and RSS at rest, at peak and after, in MB. Run it with
 * and without Node's flags to compare them:
 *
 *   DATABASE_URL=… node --optimize-for-size --import tsx bench/team-cards-memory.bench.ts 2025-06-30T08:00:00Z
 */
import { buildApp } from '../src/app/app.js';
import { openDb } from '../src/db/engine.js';
import { atInstant } from '../src/platform/clock.js';
import { loadConfig } from '../src/platform/config/config.js';
import { DEMO_PASSWORD } from '../src/simulator/demo-organisation.js';
import { largestSalesManager } from './bench-people.js';

const url = process.env.DATABASE_URL;
const at = new Date(process.argv[2] ?? Date.now());
if (!url || Number.isNaN(at.getTime())) throw new Error('usage: DATABASE_URL=… <instant>');
const clients = Number(process.env.CLIENTS ?? 16);
const seconds = Number(process.env.SECONDS ?? 10);

const db = await openDb({ url });
const manager = await largestSalesManager(db);
if (!manager) throw new Error('the database has no manager of sales people');
const app = await buildApp({
  db,
  config: { ...loadConfig({}), jobs: false, webDist: '/nonexistent' },
  logger: false,
});

type Memory = { rss: number; heapUsed: number; heapTotal: number; external: number };
const memory = (): Memory => {
  const m = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1_048_576);
  return {
    rss: mb(m.rss),
    heapUsed: mb(m.heapUsed),
    heapTotal: mb(m.heapTotal),
    external: mb(m.external),
  };
};

try {
  await app.ready();
  const rest = memory();
  await atInstant(at, async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: manager.email, password: DEMO_PASSWORD },
    });
    const session = login.cookies.find((c) => c.name === 'ys_session');
    if (!session) throw new Error(`login failed: ${login.statusCode}`);
    const peak: Memory = { ...rest };
    const sampler = setInterval(() => {
      const now = memory();
      for (const key of Object.keys(peak) as (keyof Memory)[])
        peak[key] = Math.max(peak[key], now[key]);
    }, 20);
    const until = Date.now() + seconds * 1000;
    let answers = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (Date.now() < until) {
          const response = await app.inject({
            method: 'GET',
            url: '/api/v1/scorecard/team?period=quarter',
            headers: { cookie: `ys_session=${session.value}` },
          });
          if (response.statusCode !== 200)
            throw new Error(`${response.statusCode} ${response.body.slice(0, 300)}`);
          answers++;
        }
      }),
    );
    clearInterval(sampler);
    console.log(
      `${manager.email}'s team cards at ${at.toISOString()}, ${clients} clients for ${seconds} s: ${answers} answers; node ${process.execArgv.join(' ')}`,
    );
    console.log('| MB | rss | heap used | heap total | external |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const [name, m] of [
      ['at rest', rest],
      ['peak', peak],
      ['after', memory()],
    ] as const)
      console.log(`| ${name} | ${m.rss} | ${m.heapUsed} | ${m.heapTotal} | ${m.external} |`);
  });
} finally {
  await app.close();
  await db.close();
}
