import type { Executor } from '../../db/database.js';
import { GENESIS_HASH, historyRowHash } from '../../db/history-chain.js';
import { readableHistoryRow } from './history.repository.js';

/** The first place where the stored chain differs from the one its rows compute to. */
export type BrokenLink = {
  /** cycle_results: a closed cycle's stored results no longer match the seal in its history. */
  table: 'history' | 'history_chain' | 'cycle_results';
  /** The row's id (for history_chain, the head's position; for cycle_results, the cycle's id). */
  id: string;
  /** The row's position in the chain (for cycle_results, the position of the sealing row). */
  seq: number;
  /**
   * Which value is wrong: a row missing before this one, its stored document (no longer
   * readable), its hash (the row, or the previous row's hash that it covers, was changed), the
   * head, or a closed cycle's results against their seal.
   */
  what: 'seq' | 'changes' | 'hash' | 'head' | 'seal';
  expected: string;
  found: string;
};

export type ChainReport = { rows: number; broken: BrokenLink | null };

const CHUNK = 5_000;

/**
 * Walks the history chain in write order and recomputes every link: positions follow each other
 * without a gap, each hash covers the row as stored and the hash before it, and the head names
 * the last row. An UPDATE of any column breaks the row's hash; a deleted row breaks the next
 * row's position (or, at the tail, the head). Reads in chunks: bounded memory.
 */
export async function verifyHistoryChain(executor: Executor): Promise<ChainReport> {
  let seq = 0;
  let hash = GENESIS_HASH;
  let rows = 0;
  for (;;) {
    const chunk = await executor
      .selectFrom('history')
      .selectAll()
      .where('seq', '>', seq)
      .orderBy('seq')
      .limit(CHUNK)
      .execute();
    for (const row of chunk) {
      const at = { table: 'history' as const, id: row.id, seq: Number(row.seq) };
      if (Number(row.seq) !== seq + 1)
        return {
          rows,
          broken: { ...at, what: 'seq', expected: String(seq + 1), found: String(row.seq) },
        };
      const readable = readableOrNull(row);
      if (!readable)
        return {
          rows,
          broken: { ...at, what: 'changes', expected: 'a readable document', found: 'unreadable' },
        };
      const computed = historyRowHash({ ...readable, seq: Number(row.seq), prevHash: hash });
      const stored = row.hash.toString('hex');
      if (stored !== computed)
        return { rows, broken: { ...at, what: 'hash', expected: computed, found: stored } };
      seq += 1;
      hash = stored;
      rows += 1;
    }
    if (chunk.length < CHUNK) break;
  }
  const head = await executor
    .selectFrom('historyChain')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const found = head ? `${head.seq}:${head.hash}` : 'no head';
  if (found !== `${seq}:${hash}`)
    return {
      rows,
      broken: {
        table: 'history_chain',
        id: '1',
        seq,
        what: 'head',
        expected: `${seq}:${hash}`,
        found,
      },
    };
  return { rows, broken: null };
}

function readableOrNull<T extends { changes: Uint8Array }>(row: T) {
  try {
    return readableHistoryRow(row);
  } catch {
    return null;
  }
}
