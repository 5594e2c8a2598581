import { openDb } from '../db/engine.js';
import type { Config } from '../platform/config/config.js';
import { prepareDatabase } from '../platform/prepare-database.js';
import { DEMO_PASSWORD, seedDemoOrganisation } from '../simulator/demo-organisation.js';

export async function seed(
  config: Config,
  options: { scale: 'demo'; seed: number },
): Promise<void> {
  const db = await openDb({ url: config.databaseUrl });
  try {
    await prepareDatabase(db);
    const { created, logins } = await seedDemoOrganisation(db);
    console.log(
      created
        ? `Seeded the ${options.scale} company.`
        : 'The database already has users; nothing seeded.',
    );
    if (created) printLogins(logins.map((l) => l.email));
  } finally {
    await db.close();
  }
}

export function printLogins(emails: string[]): void {
  console.log(`Demo logins (password: ${DEMO_PASSWORD}):`);
  for (const email of emails) console.log(`  ${email}`);
}
