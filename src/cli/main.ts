import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { openDb } from '../db/engine.js';
import { createUser } from '../modules/org/org.service.js';
import { loadConfig } from '../platform/config/config.js';
import { prepareDatabase } from '../app/prepare-database.js';
import { isRole, ROLES, type Role } from '../platform/policy/roles.js';
import { backup, restore } from './backup.js';
import { serve } from './serve.js';
import { SCALE_NAMES, type ScaleName } from '../simulator/scales.js';
import { seed } from './seed.js';
import { auditVerify } from './audit.js';
import { importFile } from './import.js';
import { IMPORT_ENTITIES, type ImportEntity } from '../domain/import/entity-fields.js';

const program = new Command();
program
  .name('yardstick')
  .description('Yardstick: CRM and performance appraisal built on real CRM use');

program
  .command('serve')
  .description(
    'Migrate the database, seed the demo company on first run, and serve the API and web app',
  )
  .option('--no-demo', 'do not seed the demo company into an empty database')
  .action(async (options: { demo: boolean }) => {
    await serve(loadConfig(), { demo: options.demo });
  });

program
  .command('migrate')
  .description('Bring the database schema up to date (safe to run again)')
  .action(async () => {
    const db = await openDb({ url: loadConfig().databaseUrl });
    try {
      const { applied } = await prepareDatabase(db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date.');
    } finally {
      await db.close();
    }
  });

program
  .command('seed')
  .description('Fill an empty database with a simulated company and a year of CRM use')
  .addOption(
    new Option('--scale <scale>', 'size of the company (tiny is for tests)')
      .choices(SCALE_NAMES)
      .default('demo'),
  )
  .option('--seed <n>', 'random seed, for reproducible data', parseInteger, 1)
  .option(
    '--end <date>',
    'the history ends at this day (YYYY-MM-DD, org zone); default today',
    parseDay,
  )
  .action(async (options: { scale: ScaleName; seed: number; end?: string }) => {
    await seed(loadConfig(), options);
  });

program
  .command('import')
  .description('Import records from a CSV or XLSX file (run again to continue a stopped import)')
  .addArgument(new Argument('<entity>', 'what the file holds').choices(IMPORT_ENTITIES))
  .argument('<file>', 'the .csv or .xlsx file')
  .option('--dry-run', 'check every row and report errors, writing nothing', false)
  .option('--as <email>', 'the admin or manager the import is done as', 'admin@example.com')
  .option('--source <name>', 'the system the file comes from (saved mapping, external ids)')
  .addOption(
    new Option('--lang <lang>', 'language of the messages').choices(['en', 'zh-CN']).default('en'),
  )
  .action(
    async (
      entity: ImportEntity,
      file: string,
      options: { dryRun: boolean; as: string; source?: string; lang: 'en' | 'zh-CN' },
    ) => {
      process.exitCode = await importFile(loadConfig(), entity, file, options);
    },
  );

program
  .command('backup')
  .description(
    'Copy the SQLite database to <file> while the server runs (PostgreSQL: prints pg_dump usage)',
  )
  .argument('<file>', 'the backup file to write')
  .option('--force', 'overwrite <file> if it exists', false)
  .action(async (file: string, options: { force: boolean }) => {
    await backup(loadConfig(), file, options);
  });

program
  .command('restore')
  .description(
    'Put a backup back as the configured SQLite database; stop the server first (PostgreSQL: prints pg_restore usage)',
  )
  .argument('<file>', 'a file written by yardstick backup')
  .option('--force', 'overwrite the configured database if it already holds data', false)
  .action(async (file: string, options: { force: boolean }) => {
    await restore(loadConfig(), file, options);
  });

const user = program.command('user').description('Manage user accounts');
user
  .command('add')
  .description('Create a user account')
  .requiredOption('--email <email>', 'login e-mail')
  .requiredOption('--name <name>', 'display name')
  .requiredOption(
    '--role <role...>',
    `one or more of: ${ROLES.join(', ')}`,
    collectRole,
    [] as Role[],
  )
  .option('--password <password>', 'initial password (read from YARDSTICK_PASSWORD if not given)')
  .action(async (options: { email: string; name: string; role: Role[]; password?: string }) => {
    const password = options.password ?? process.env.YARDSTICK_PASSWORD;
    if (!password) throw new InvalidArgumentError('give --password or set YARDSTICK_PASSWORD');
    const config = loadConfig();
    const db = await openDb({ url: config.databaseUrl });
    try {
      await prepareDatabase(db);
      const created = await createUser(
        db,
        null,
        { email: options.email, name: options.name, roles: options.role, password },
        config.orgTimeZone,
      );
      console.log(`Created ${created.email} (${created.roles.join(', ')})`);
    } finally {
      await db.close();
    }
  });

program
  .command('audit')
  .description('Check the tamper-evident history')
  .command('verify')
  .description(
    'Walk the history hash chain; report the first broken link and exit 1, or exit 0 when intact',
  )
  .action(async () => {
    process.exitCode = await auditVerify(loadConfig());
  });

function parseInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('must be a whole number');
  return n;
}

function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new InvalidArgumentError('must be a day as YYYY-MM-DD');
  return value;
}

function collectRole(value: string, previous: Role[]): Role[] {
  if (!isRole(value))
    throw new InvalidArgumentError(`unknown role "${value}"; use one of: ${ROLES.join(', ')}`);
  return [...previous, value];
}

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
