import { resolve } from 'node:path';
import {
  backupSqlite,
  POSTGRES_BACKUP_HELP,
  restoreSqlite,
  type CopyReport,
} from '../db/backup.js';
import { isPostgresUrl } from '../db/engine.js';
import type { Config } from '../platform/config/config.js';

export type CopyOptions = { force: boolean };

/** `yardstick backup <file>`: an online copy of the SQLite database, or how to use pg_dump. */
export async function backup(config: Config, file: string, options: CopyOptions): Promise<void> {
  if (isPostgresUrl(config.databaseUrl)) return postgresHelp();
  const report = await backupSqlite(config.databaseUrl, file, { overwrite: options.force });
  console.log(`Backed up ${config.databaseUrl} to ${resolve(file)}: ${summary(report)}`);
}

/** `yardstick restore <file>`: the backup put back as the configured database (server stopped). */
export async function restore(config: Config, file: string, options: CopyOptions): Promise<void> {
  if (isPostgresUrl(config.databaseUrl)) return postgresHelp();
  const report = await restoreSqlite(file, config.databaseUrl, { overwrite: options.force });
  console.log(`Restored ${resolve(file)} to ${config.databaseUrl}: ${summary(report)}`);
}

function summary({ pages, tables }: CopyReport): string {
  const rows = Object.values(tables).reduce((sum, n) => sum + n, 0);
  return `${Object.keys(tables).length} tables, ${rows} rows, ${pages} pages, integrity ok.`;
}

function postgresHelp(): void {
  console.error(POSTGRES_BACKUP_HELP);
  // Nothing was copied: a script that relies on the command must not think otherwise.
  process.exitCode = 2;
}
