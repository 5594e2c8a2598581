import { createHash } from 'node:crypto';
import type { HistoryAction } from './tables/history.table.js';

/** The `prevHash` of the first row of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a chained row's hash covers: every column but the hash itself. */
export type ChainedFields = {
  seq: number;
  id: string;
  entity: string;
  entityId: string;
  action: HistoryAction | string;
  changes: string;
  actorId: string | null;
  at: string;
  prevHash: string;
};

/**
 * The canonical serialisation of a row: a JSON array in a fixed column order, numbers and text
 * exactly as stored (timestamps as ISO-8601 UTC with milliseconds, as both engines return them).
 */
export function canonicalHistoryRow(row: ChainedFields): string {
  return JSON.stringify([
    row.seq,
    row.id,
    row.entity,
    row.entityId,
    row.action,
    row.changes,
    row.actorId,
    row.at,
    row.prevHash,
  ]);
}

/** sha256 (hex) over the canonical serialisation, which includes the previous row's hash. */
export function historyRowHash(row: ChainedFields): string {
  return createHash('sha256').update(canonicalHistoryRow(row)).digest('hex');
}

/** Fills in `prevHash` and `hash` of rows appended after `head`, in order. */
export function chainRows<T extends Omit<ChainedFields, 'seq' | 'prevHash'>>(
  head: { seq: number; hash: string },
  rows: readonly T[],
): (T & { seq: number; prevHash: string; hash: string })[] {
  let prevHash = head.hash;
  return rows.map((row, i) => {
    const chained = { ...row, seq: head.seq + i + 1, prevHash };
    const hash = historyRowHash(chained);
    prevHash = hash;
    return { ...chained, hash };
  });
}
