import type { Timestamp } from './organisation.table.js';

export type HistoryAction = 'create' | 'update' | 'delete' | 'restore';

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
