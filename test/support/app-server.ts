import type { AddressInfo } from 'node:net';
import type { Db } from '../../src/db/database.js';
import { loadConfig } from '../../src/platform/config/config.js';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { buildApp } from '../../src/app/app.js';
import { DEMO_PASSWORD, seedDemoOrganisation } from '../../src/simulator/demo-organisation.js';
import { createTestDatabase } from './engines.js';

export type AppServer = {
  url: string;
  demoPassword: string;
  /** The server's database, for suites that run a job before looking at the page. */
  db: Db;
  close: () => Promise<void>;
};

/** The real server with the built web app and the demo company, on a fresh SQLite file and a free port. */
export async function startAppServer(): Promise<AppServer> {
  const database = await createTestDatabase('sqlite');
  await prepareDatabase(database.db);
  await seedDemoOrganisation(database.db);
  const config = { ...loadConfig({}), sessionSecret: 'e2e-secret-e2e-secret-e2e-secret-012345' };
  const app = await buildApp({ db: database.db, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    demoPassword: DEMO_PASSWORD,
    db: database.db,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
