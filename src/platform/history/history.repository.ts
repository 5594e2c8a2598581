import type { Executor } from '../../db/database.js';
import type { Page } from '../../db/page-of-query.js';
import type { HistoryAction } from '../../db/tables/history.table.js';
import { beforeCommit } from '../../db/transaction.js';
import { nowIso } from '../clock.js';
import { newId } from '../ids.js';
import { chainRows } from '../../db/history-chain.js';
import { changesDocument, diffFields, parseChanges } from '../../db/history-diff.js';
import { decodeChanges, encodeChanges } from '../../db/history-codec.js';
import type { HistoryTable } from '../../db/tables/history.table.js';

/** One field-level change as the history endpoints show it (a write shows as one per field). */
export type HistoryEntry = {
  id: string;
  entity: string;
  entityId: string;
  action: HistoryAction;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  actorId: string | null;
  at: string;
};

export type RecordChange = {
  entity: string;
  entityId: string;
  action: HistoryAction;
  actorId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** A history row before it takes its place in the chain. */
export type UnchainedHistoryRow = {
  id: string;
  entity: string;
  entityId: string;
  action: HistoryAction;
  changes: string;
  actorId: string | null;
  at: string;
};

/** The one history row of a write, or null for an update that changed nothing. */
export function historyRowOf(
  change: RecordChange,
  at: string,
  id: string,
): UnchainedHistoryRow | null {
  const fields = diffFields(change.before, change.after);
  if (fields.length === 0 && change.action === 'update') return null;
  return {
    id,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    changes: changesDocument(fields),
    actorId: change.actorId,
    at,
  };
}

const pendingRows = new WeakMap<Executor, UnchainedHistoryRow[]>();

/**
 * Records one write in the history log: one row holding every changed field with its old and new
 * value (a delete or restore without field changes still leaves a row saying it happened). Call
 * it with the same transaction as the write itself, so that the change and its history commit
 * together. Inside inTransaction the row joins the chain just before the commit (the chain's
 * lock is then the transaction's last and is held only for its final statements); elsewhere it
 * is appended at once.
 */
export async function writeHistory(executor: Executor, change: RecordChange): Promise<void> {
  const row = historyRowOf(change, nowIso(), newId());
  if (row) await addToChain(executor, row);
}

/** One row saying who revealed which masked field of a record, and when (the value is not kept). */
export async function recordReveal(
  executor: Executor,
  reveal: { entity: string; entityId: string; field: string; actorId: string },
): Promise<void> {
  await addToChain(executor, {
    id: newId(),
    entity: reveal.entity,
    entityId: reveal.entityId,
    action: 'reveal',
    changes: changesDocument([{ field: reveal.field, oldValue: null, newValue: null }]),
    actorId: reveal.actorId,
    at: nowIso(),
  });
}

/** Puts a row in the chain: with the transaction's others before its commit, or at once. */
async function addToChain(executor: Executor, row: UnchainedHistoryRow): Promise<void> {
  const pending = pendingRows.get(executor);
  if (pending) {
    pending.push(row);
    return;
  }
  const rows = [row];
  if (beforeCommit(executor, 'history', () => appendHistory(executor, rows))) {
    pendingRows.set(executor, rows);
    return;
  }
  if (executor.isTransaction) await appendHistory(executor, rows);
  else await executor.transaction().execute((trx) => appendHistory(trx, rows));
}

/**
 * Appends rows to the chain in order, inside the caller's transaction: the head row's update
 * locks it until the commit on PostgreSQL (appends of concurrent transactions wait for each
 * other), and SQLite runs one transaction at a time. Three statements whatever the row count.
 */
export async function appendHistory(
  trx: Executor,
  rows: readonly UnchainedHistoryRow[],
): Promise<void> {
  if (rows.length === 0) return;
  pendingRows.delete(trx);
  const head = await trx
    .updateTable('historyChain')
    .set((eb) => ({ seq: eb('seq', '+', rows.length) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const chained = chainRows({ seq: Number(head.seq) - rows.length, hash: head.hash }, rows);
  const last = chained.at(-1);
  if (!last) return;
  for (let i = 0; i < chained.length; i += ROWS_PER_INSERT)
    await trx
      .insertInto('history')
      .values(chained.slice(i, i + ROWS_PER_INSERT).map((row) => storedHistoryRow(row)))
      .execute();
  await trx.updateTable('historyChain').set({ hash: last.hash }).where('id', '=', 1).execute();
}

/** A history row in its place in the chain. */
export type ChainedHistoryRow = UnchainedHistoryRow & { seq: number; hash: string };

/**
 * A chained row as the table keeps it: the document compressed (`stored`, when it was encoded
 * elsewhere), the hash as bytes, and without `prevHash`, which is the previous row's `hash` (the
 * chain's verification reads it from there).
 */
export function storedHistoryRow(
  row: ChainedHistoryRow,
  stored: Buffer = encodeChanges(row.changes),
): HistoryTable {
  return {
    seq: row.seq,
    id: row.id,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    changes: stored,
    actorId: row.actorId,
    at: row.at,
    hash: Buffer.from(row.hash, 'hex'),
  };
}

/** 9 columns a row: far below SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 500;

/** Where the chain ends: the last appended position and its hash. */
export type ChainHead = { seq: number; hash: string };

/** Sets the chain's head after a bulk load that chained its rows itself (the simulator). */
export async function saveChainHead(executor: Executor, head: ChainHead): Promise<void> {
  await executor.updateTable('historyChain').set(head).where('id', '=', 1).execute();
}

/**
 * A record's field-level change log, newest write first and each write's fields in the order
 * they were recorded. A record's writes are read with one indexed statement and split into
 * field entries here; the page is taken over the entries, as the endpoints always paged.
 */
export async function listHistory(
  executor: Executor,
  entity: string,
  entityId: string,
  page: Page,
): Promise<{ items: HistoryEntry[]; total: number }> {
  const rows = await executor
    .selectFrom('history')
    .select(['id', 'entity', 'entityId', 'action', 'changes', 'actorId', 'at'])
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .orderBy('at', 'desc')
    .orderBy('seq', 'desc')
    .execute();
  const entries = rows.flatMap((row) => entriesOf(readableHistoryRow(row)));
  return { items: entries.slice(page.offset, page.offset + page.limit), total: entries.length };
}

/** A stored row with its document readable again. */
export function readableHistoryRow<T extends { changes: Uint8Array }>(
  row: T,
): Omit<T, 'changes'> & { changes: string } {
  return { ...row, changes: decodeChanges(row.changes) };
}

/** The field entries of one stored write; a write without field changes is one entry, field null. */
export function entriesOf(row: UnchainedHistoryRow): HistoryEntry[] {
  const base = {
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    actorId: row.actorId,
    at: row.at,
  };
  const fields = parseChanges(row.changes);
  if (fields.length === 0)
    return [{ ...base, id: row.id, field: null, oldValue: null, newValue: null }];
  return fields.map((f, i) => ({ ...base, id: i === 0 ? row.id : `${row.id}.${i}`, ...f }));
}
