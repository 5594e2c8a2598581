import type { Db } from '../db/database.js';
import { openDb } from '../db/engine.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Config } from '../platform/config/config.js';
import { verifyHistoryChain, type ChainReport } from '../platform/history/history-audit.js';

/** The report's text: one line when intact, the first broken link otherwise. */
export function describeChainReport({ rows, broken }: ChainReport): string {
  if (!broken) return `History chain intact: ${rows} rows verified.`;
  return [
    `History chain broken after ${rows} intact rows:`,
    `  table:    ${broken.table}`,
    `  id:       ${broken.id} (position ${broken.seq})`,
    `  what:     ${broken.what}`,
    `  expected: ${broken.expected}`,
    `  found:    ${broken.found}`,
  ].join('\n');
}

/** Verifies the chain of an open database; the exit code is 0 when intact and 1 otherwise. */
export async function verifyAudit(db: Db, print: (line: string) => void): Promise<0 | 1> {
  const report = await verifyHistoryChain(db.kysely);
  print(describeChainReport(report));
  return report.broken ? 1 : 0;
}

/** `yardstick audit verify`. */
export async function auditVerify(config: Config): Promise<0 | 1> {
  const db = await openDb({ url: config.databaseUrl });
  try {
    await migrateToLatest(db);
    return await verifyAudit(db, (line) => console.log(line));
  } finally {
    await db.close();
  }
}
