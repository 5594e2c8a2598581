import type { Timestamp } from './organisation.table.js';

/**
 * `merge`: a record merged into another (survivor: mergedFrom; duplicate: mergedInto).
 * `reveal`: someone who sees a field masked asked for its full value (`field` names it; no value).
 */
export type HistoryAction = 'create' | 'update' | 'delete' | 'restore' | 'merge' | 'reveal';

/** Append-only, field-level change log. Rows are only ever inserted. */
export type HistoryTable = {
  id: string;
  entity: string;
  entityId: string;
  action: HistoryAction;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  actorId: string | null;
  at: Timestamp;
};
