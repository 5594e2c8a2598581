/**
 * One Yardstick app process, as the multi-process scheduler test starts it (a separate Node
 * process with its own connection pool): it opens the database and prepares it as `serve` does,
 * says `ready`, waits for `go` on stdin, then fires the scheduler's triggers at every instant of
 * a window at which a daily job is due — each trigger whose cron pattern falls on that instant,
 * side by side, as croner would fire them, with the clock reading that instant. It prints one
 * JSON line per firing: `{instant, job, ran, error?}`.
 *
 * Arguments: database URL, PostgreSQL schema, org zone, window start, window end (ISO instants).
 */
import { createInterface } from 'node:readline';
import { Cron } from 'croner';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { openDb } from '../../src/db/engine.js';
import { schedulerTriggers, type Trigger } from '../../src/jobs/scheduler.js';
import { atInstant } from '../../src/platform/clock.js';

const [url, schema, zone, from, to] = process.argv.slice(2);
if (!url || !schema || !zone || !from || !to) throw new Error('usage: url schema zone from to');
const start = new Date(from);
const end = new Date(to);

const cronOf = (trigger: Trigger) =>
  new Cron(trigger.pattern, trigger.inOrgZone ? { timezone: zone } : {});

/** The instants in [start, end] at which a trigger fires. */
function firings(trigger: Trigger): number[] {
  const cron = cronOf(trigger);
  const found: number[] = [];
  for (let next = cron.nextRun(new Date(start.getTime() - 1000)); next && next <= end;) {
    found.push(next.getTime());
    next = cron.nextRun(next);
  }
  return found;
}

const triggers = schedulerTriggers();
const instants = [
  ...new Set(triggers.filter((t) => t.inOrgZone).flatMap((trigger) => firings(trigger))),
].sort((a, b) => a - b);
const firesAt = (trigger: Trigger, instant: number) =>
  cronOf(trigger)
    .nextRun(new Date(instant - 1000))
    ?.getTime() === instant;

const db = await openDb({ url, schema });
await prepareDatabase(db);
const lines = createInterface({ input: process.stdin });
const go = new Promise<void>((resolve) =>
  lines.on('line', (line) => {
    if (line.trim() === 'go') resolve();
  }),
);
process.stdout.write('ready\n');
await go;
lines.close();

for (const instant of instants) {
  const at = new Date(instant);
  await atInstant(at, () =>
    Promise.all(
      triggers
        .filter((trigger) => firesAt(trigger, instant))
        .map(async (trigger) => {
          const line: Record<string, unknown> = { instant: at.toISOString(), job: trigger.job };
          try {
            line.ran = (await trigger.fire(db, zone)).ran;
          } catch (error) {
            line.ran = false;
            line.error = error instanceof Error ? error.message : String(error);
          }
          process.stdout.write(`${JSON.stringify(line)}\n`);
        }),
    ),
  );
}
await db.close();
