import type { HistoryAction } from '../db/tables/history.table.js';
import { diffFields } from '../platform/history/history-diff.js';
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
 * The history rows `writeHistory` would append for the same change (field-level diff through the
 * platform's own `diffFields`; a create/delete without field changes still leaves one row), with
 * the simulated time instead of the clock.
 */
export function createHistoryWriter(sink: RowSink, newId: IdFactory): HistoryWriter {
  return async (change) => {
    const at = iso(change.atMs);
    const fields = diffFields(change.before, change.after);
    const base = {
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      actorId: change.actorId,
      at,
    };
    if (fields.length === 0) {
      if (change.action !== 'update')
        await sink.push('history', {
          ...base,
          id: newId(change.atMs),
          field: null,
          oldValue: null,
          newValue: null,
        });
      return;
    }
    for (const f of fields)
      await sink.push('history', {
        ...base,
        id: newId(change.atMs),
        field: f.field,
        oldValue: f.oldValue,
        newValue: f.newValue,
      });
  };
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
