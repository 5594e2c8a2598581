import type { HistoryAction } from '../db/tables/history.table.js';
import { chainRows, GENESIS_HASH } from '../db/history-chain.js';
import {
  historyRowOf,
  storedHistoryRow,
  type ChainedHistoryRow,
  type ChainHead,
} from '../platform/history/history.repository.js';
import { startBackgroundEncoder } from './background-encoder.js';
import type { RowSink } from './row-sink.js';
import type { IdFactory } from './sim-ids.js';
import { iso } from './sim-time.js';

export type HistoryWriter = (change: {
  entity: string;
  entityId: string;
  action: HistoryAction;
  actorId: string | null;
  atMs: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}) => Promise<void>;

/** Rows whose documents go to the encoder at a time. */
const ENCODE_BATCH = 1_000;

/**
 * The history row `writeHistory` would append for the same change (one row per write through the
 * platform's own diff; a create/delete without field changes still leaves one row), with the
 * simulated time instead of the clock, chained in the order the simulator writes them. The
 * simulator fills an empty database, so the chain starts at its genesis; `head()` is where it
 * ended, to be saved once every row is written. Documents are compressed on a second thread a
 * batch at a time while the next batch is generated; `finish()` hands the last rows to the sink.
 */
export function createHistoryChain(
  sink: RowSink,
  newId: IdFactory,
): { writer: HistoryWriter; head: () => ChainHead; finish: () => Promise<void> } {
  let head: ChainHead = { seq: 0, hash: GENESIS_HASH };
  const encoder = startBackgroundEncoder();
  let batch: ChainedHistoryRow[] = [];
  let encoding: { rows: ChainedHistoryRow[]; stored: Promise<Buffer[]> } | null = null;

  /** Sends the batch to the encoder and writes the one sent before it, encoded meanwhile. */
  const rotate = async () => {
    const previous = encoding;
    encoding = null;
    if (batch.length > 0) {
      const rows = batch;
      batch = [];
      const stored = encoder.encode(rows.map((row) => row.changes));
      stored.catch(() => undefined); // awaited below or by the next rotation
      encoding = { rows, stored };
    }
    if (!previous) return;
    const documents = await previous.stored;
    if (documents.length !== previous.rows.length) throw new Error('history encoder lost rows');
    for (const [i, row] of previous.rows.entries())
      await sink.push('history', storedHistoryRow(row, documents[i]));
  };

  const writer: HistoryWriter = async (change) => {
    const row = historyRowOf(change, iso(change.atMs), newId(change.atMs));
    if (!row) return;
    const [chained] = chainRows(head, [row]);
    if (!chained) return;
    head = { seq: chained.seq, hash: chained.hash };
    batch.push(chained);
    if (batch.length >= ENCODE_BATCH) await rotate();
  };
  const finish = async () => {
    await rotate();
    await rotate();
    await encoder.close();
  };
  return { writer, head: () => head, finish };
}

/** The history of a record's creation: every non-empty field, old value null. */
export function logCreate(
  ctx: { history: HistoryWriter },
  entity: string,
  entityId: string,
  actorId: string | null,
  atMs: number,
  after: Record<string, unknown>,
): Promise<void> {
  return ctx.history({ entity, entityId, action: 'create', actorId, atMs, before: null, after });
}
