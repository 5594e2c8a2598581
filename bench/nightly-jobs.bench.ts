// One night of the scheduled jobs on a seeded database, each at the moment of the org's day its
// pattern gives (croner, in the org's zone), in that order, then each periodic job once at the
// end: how long each takes and what it reports. The jobs write (pool returns, flags, scores,
// badges, digests, notifications): run it on a copy. Usage:
//   DATABASE_URL=<copy> npx tsx bench/nightly-jobs.bench.ts <org day, e.g. the seed's last day>
// The day's morning is the seeded data's end: 2025-06-30 (a Monday, so the weekly digest runs)
// for the simulator's default year.
import { Cron } from 'croner';
import { openDb } from '../src/db/engine.js';
import { startOfOrgDay } from '../src/domain/time/org-day.js';
import { DAILY_JOBS, PERIODIC_JOBS } from '../src/jobs/jobs.js';
import { loadConfig } from '../src/platform/config/config.js';
import { atInstant } from '../src/platform/clock.js';

const [day] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!day || !url) throw new Error('usage: DATABASE_URL=<copy> nightly-jobs.bench.ts <org day>');
const zone = loadConfig({}).orgTimeZone;
const dayStart = startOfOrgDay(day, zone);

/** The instant of `pattern`'s first run on the day, or null when it does not run that day. */
function momentOnDay(pattern: string): Date | null {
  const next = new Cron(pattern, { timezone: zone, paused: true }).nextRun(
    new Date(dayStart.getTime() - 1),
  );
  return next && next.getTime() < dayStart.getTime() + 86_400_000 ? next : null;
}

const nightly = DAILY_JOBS.flatMap((job) => {
  const at = momentOnDay(job.schedule);
  return at ? [{ name: job.name, at, run: job.run }] : [];
}).sort((a, b) => a.at.getTime() - b.at.getTime());
const last = nightly.at(-1)?.at ?? dayStart;
const periodic = PERIODIC_JOBS.map((job) => ({ name: job.name, at: last, run: job.run }));

const db = await openDb({ url });
console.log(`${db.dialect}, ${url.replace(/\/\/[^@]*@/, '//…@')}, org day ${day} in ${zone}`);
console.log('| job | at (UTC) | s | summary |\n|---|---|---:|---|');
let total = 0;
try {
  for (const job of [...nightly, ...periodic]) {
    const started = performance.now();
    const summary = await atInstant(job.at, () => job.run(db, job.at, zone));
    const seconds = (performance.now() - started) / 1000;
    total += seconds;
    const shown = summary.length > 100 ? `${summary.slice(0, 100)}…` : summary;
    console.log(
      `| ${job.name} | ${job.at.toISOString()} | ${seconds.toFixed(2)} | ${shown.replace(/\|/g, '\\|')} |`,
    );
  }
  console.log(`all: ${total.toFixed(2)} s`);
} finally {
  await db.close();
}
