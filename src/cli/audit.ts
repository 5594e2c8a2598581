import type { Db } from '../db/database.js';
import { openDb } from '../db/engine.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Config } from '../platform/config/config.js';
import { verifyCycleSeals } from '../modules/cycles/cycle-seal.js';
import { verifyHistoryChain, type ChainReport } from '../platform/history/history-audit.js';

export type AuditReport = ChainReport & { sealedCycles: number };

/** The report's text: one line when intact (two with sealed cycles), the first broken link otherwise. */
export function describeChainReport({ rows, sealedCycles, broken }: AuditReport): string {
  if (!broken) {
    const chain = `History chain intact: ${rows} rows verified.`;
    if (sealedCycles === 0) return chain;
    return `${chain}\nClosed cycles' results match their seals: ${sealedCycles} cycles verified.`;
  }
  return [
    broken.table === 'cycle_results'
      ? `A closed cycle's results no longer match their seal (chain intact: ${rows} rows):`
      : `History chain broken after ${rows} intact rows:`,
    `  table:    ${broken.table}`,
    `  id:       ${broken.id} (position ${broken.seq})`,
    `  what:     ${broken.what}`,
    `  expected: ${broken.expected}`,
    `  found:    ${broken.found}`,
  ].join('\n');
}

/**
 * Verifies the chain of an open database, then (the chain being intact, so the seals in it are
 * genuine) every closed cycle's results against their seal; exit code 0 when intact, 1 otherwise.
 */
export async function verifyAudit(db: Db, print: (line: string) => void): Promise<0 | 1> {
  const chain = await verifyHistoryChain(db.kysely);
  const seals = chain.broken ? { sealed: 0, broken: null } : await verifyCycleSeals(db.kysely);
  const report = { ...chain, sealedCycles: seals.sealed, broken: chain.broken ?? seals.broken };
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
