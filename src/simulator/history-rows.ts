import type { HistoryAction } from '../db/tables/history.table.js';
import { chainRows, GENESIS_HASH } from '../db/history-chain.js';
import {
  historyRowOf,
  storedHistoryRow,
  type ChainHead,
} from '../platform/history/history.repository.js';
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

/**
 * The history row `writeHistory` would append for the same change (one row per write through the
 * platform's own diff; a create/delete without field changes still leaves one row), with the
 * simulated time instead of the clock, chained in the order the simulator writes them. The
 * simulator fills an empty database, so the chain starts at its genesis; `head()` is where it
 * ended, to be saved once every row is written.
 */
export function createHistoryChain(
  sink: RowSink,
  newId: IdFactory,
): { writer: HistoryWriter; head: () => ChainHead } {
  let head: ChainHead = { seq: 0, hash: GENESIS_HASH };
  const writer: HistoryWriter = async (change) => {
    const row = historyRowOf(change, iso(change.atMs), newId(change.atMs));
    if (!row) return;
    const [chained] = chainRows(head, [row]);
    if (!chained) return;
    head = { seq: chained.seq, hash: chained.hash };
    await sink.push('history', storedHistoryRow(chained));
  };
  return { writer, head: () => head };
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
