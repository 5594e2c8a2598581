import type { Timestamp } from './organisation.table.js';

/**
 * `merge`: a record merged into another (survivor: mergedFrom; duplicate: mergedInto).
 * `reveal`: someone who sees a field masked asked for its full value (`field` names it; no value).
 */
export type HistoryAction = 'create' | 'update' | 'delete' | 'restore' | 'merge' | 'reveal';

/**
 * Append-only change log: one row per write (create, update, delete, restore, merge). `changes`
 * is a JSON object `{ field: [old, new], … }` with the text form of each changed value (a
 * creation: every non-empty field from null), stored compressed (history-codec.ts). Rows are
 * chained by hash in write order (`seq`): `hash` = sha256 over the row's canonical form, which
 * includes the previous row's `hash` (see history-chain.ts); that link is not stored twice.
 */
export type HistoryTable = {
  id: string;
  /** Position in the chain: 1, 2, 3, … in write order, no gaps. */
  seq: number;
  entity: string;
  entityId: string;
  action: HistoryAction;
  /** The document as `encodeChanges` stores it; `decodeChanges` gives the JSON back. */
  changes: Buffer;
  actorId: string | null;
  at: Timestamp;
  /** The sha256 digest's 32 bytes (reports and the chain's head show it as hex). */
  hash: Buffer;
};

/** The chain's head (one row, id 1): the last appended position and hash. Appends lock it. */
export type HistoryChainTable = {
  id: number;
  seq: number;
  hash: string;
};
