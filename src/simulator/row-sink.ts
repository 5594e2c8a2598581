import type { Insertable } from 'kysely';
import { insertRows } from '../db/bulk-insert.js';
import { snakeCase } from '../db/snake-case-identifiers.js';
import type { Database, Db } from '../db/database.js';

/** The tables the simulator fills, parents before children so that foreign keys always hold. */
export const SIMULATED_TABLES = [
  'departments',
  'departmentClosure',
  'users',
  'userRoles',
  'userClosure',
  'simulatorProfiles',
  'settings',
  'products',
  'campaigns',
  'customers',
  'contacts',
  'opportunities',
  'leads',
  'stageChanges',
  'customerStatusChanges',
  'followUpPlans',
  'activities',
  'contracts',
  'paymentPlans',
  'payments',
  'tickets',
  'ticketReplies',
  'feedback',
  'usageEvents',
  'ownershipPeriods',
  'history',
] as const satisfies readonly (keyof Database)[];

export type SimulatedTable = (typeof SIMULATED_TABLES)[number];

/** The same tables by their names in the database. */
export const SIMULATED_TABLE_NAMES = SIMULATED_TABLES.map(snakeCase);
export type SimRow<T extends SimulatedTable> = Insertable<Database[T]>;

/** Rows per INSERT: 500 rows × ≤ 25 columns stays far below SQLite's 32,766 bound parameters. */
const ROWS_PER_STATEMENT = 500;
/** Rows per transaction: large enough to amortise the commit, small enough to bound memory. */
const ROWS_PER_FLUSH = 20_000;

export type RowSink = {
  push: <T extends SimulatedTable>(table: T, row: SimRow<T>) => Promise<void>;
  /** Writes everything pending, in one transaction. */
  flush: () => Promise<void>;
  /** Rows written so far, per table. */
  counts: () => Record<string, number>;
};

/**
 * Buffers generated rows per table and writes them in batches: one transaction per flush, tables
 * in dependency order, multi-row INSERTs. Memory is bounded by ROWS_PER_FLUSH whatever the scale.
 */
export function createRowSink(db: Db): RowSink {
  const pending = new Map<SimulatedTable, unknown[]>();
  const written: Record<string, number> = {};
  let size = 0;

  const flush = async () => {
    if (size === 0) return;
    const batches = SIMULATED_TABLES.flatMap((table) => {
      const rows = pending.get(table);
      return rows && rows.length > 0 ? [{ table, rows }] : [];
    });
    pending.clear();
    size = 0;
    await db.kysely.transaction().execute(async (trx) => {
      for (const { table, rows } of batches) {
        for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
          await insertRows(trx, db.dialect, table, rows.slice(i, i + ROWS_PER_STATEMENT));
        }
        written[table] = (written[table] ?? 0) + rows.length;
      }
    });
  };

  return {
    async push(table, row) {
      let rows = pending.get(table);
      if (!rows) {
        rows = [];
        pending.set(table, rows);
      }
      rows.push(row);
      size += 1;
      if (size >= ROWS_PER_FLUSH) await flush();
    },
    flush,
    counts: () => ({ ...written }),
  };
}
