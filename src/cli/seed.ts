import { openDb } from '../db/engine.js';
import { orgDay } from '../domain/time/org-day.js';
import type { Config } from '../platform/config/config.js';
import { prepareDatabase } from '../app/prepare-database.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../simulator/demo-organisation.js';
import type { ScaleName } from '../simulator/scales.js';
import { simulateCompany } from '../simulator/simulate.js';
import { now } from '../platform/clock.js';

export type SeedOptions = { scale: ScaleName; seed: number; end?: string | undefined };

/** `yardstick seed`: a simulated company with a year of history, into an empty database only. */
export async function seed(config: Config, options: SeedOptions): Promise<void> {
  const db = await openDb({ url: config.databaseUrl, synchronous: config.sqliteSynchronous });
  try {
    await prepareDatabase(db);
    const end = options.end ?? orgDay(now());
    const started = performance.now();
    const summary = await simulateCompany(db, { scale: options.scale, seed: options.seed, end });
    const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded the ${options.scale} company (seed ${options.seed}, ${summary.start} to ${end}): ${rows} rows in ${seconds} s.`,
    );
    printLogins(DEMO_LOGINS.map((l) => l.email));
  } finally {
    await db.close();
  }
}

export function printLogins(emails: string[]): void {
  console.log(`Demo logins (password: ${DEMO_PASSWORD}):`);
  for (const email of emails) console.log(`  ${email}`);
}
