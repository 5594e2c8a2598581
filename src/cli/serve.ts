import { openDb } from '../db/engine.js';
import type { Config } from '../platform/config/config.js';
import { prepareDatabase } from '../app/prepare-database.js';
import { buildApp } from '../app/app.js';
import { startScheduler } from '../jobs/scheduler.js';
import { DEMO_LOGINS, seedDemoOrganisation } from '../simulator/demo-organisation.js';
import { printLogins } from './seed.js';

export async function serve(config: Config, options: { demo: boolean }): Promise<void> {
  const db = await openDb({ url: config.databaseUrl, synchronous: config.sqliteSynchronous });
  const { applied } = await prepareDatabase(db);
  if (applied.length)
    console.log(`Database ready (${db.dialect}); applied ${applied.length} migration(s).`);
  const demo = options.demo ? await seedDemoOrganisation(db) : { created: false };
  if (demo.created) console.log('Seeded the demo company.');

  const app = await buildApp({ db, config });
  const stopJobs = config.jobs
    ? startScheduler(db, config.orgTimeZone, {
        info: (message) => app.log.info(message),
        error: (error, message) => app.log.error({ err: error }, message),
      })
    : () => undefined;
  const shutdown = async () => {
    stopJobs();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen({ port: config.port, host: config.host });
  console.log(`\nYardstick is running at http://localhost:${config.port}`);
  if (options.demo) printLogins(DEMO_LOGINS.map((l) => l.email));
}
