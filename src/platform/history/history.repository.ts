import type { Executor } from '../../db/database.js';
import { pageOfQuery, type Page } from '../../db/page-of-query.js';
import type { HistoryAction } from '../../db/tables/history.table.js';
import { nowIso } from '../clock.js';
import { newId } from '../ids.js';
import { diffFields } from './history-diff.js';

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

/**
 * Appends the field-level changes of one write to the history log. Call it with the same
 * transaction as the write itself, so that the change and its history commit together.
 * A delete or restore with no field changes still leaves one row saying it happened.
 */
export async function writeHistory(executor: Executor, change: RecordChange): Promise<void> {
  const at = nowIso();
  const base = {
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    actorId: change.actorId,
    at,
  };
  const fields = diffFields(change.before, change.after);
  const rows =
    fields.length > 0
      ? fields.map((f) => ({
          ...base,
          id: newId(),
          field: f.field,
          oldValue: f.oldValue,
          newValue: f.newValue,
        }))
      : change.action === 'update'
        ? []
        : [{ ...base, id: newId(), field: null, oldValue: null, newValue: null }];
  if (rows.length === 0) return;
  await executor.insertInto('history').values(rows).execute();
}

/** One row saying who revealed which masked field of a record, and when (the value is not kept). */
export async function recordReveal(
  executor: Executor,
  reveal: { entity: string; entityId: string; field: string; actorId: string },
): Promise<void> {
  await executor
    .insertInto('history')
    .values({
      id: newId(),
      ...reveal,
      action: 'reveal',
      oldValue: null,
      newValue: null,
      at: nowIso(),
    })
    .execute();
}

export async function listHistory(
  executor: Executor,
  entity: string,
  entityId: string,
  page: Page,
): Promise<{ items: HistoryEntry[]; total: number }> {
  const base = executor
    .selectFrom('history')
    .where('entity', '=', entity)
    .where('entityId', '=', entityId);
  return pageOfQuery(base.selectAll().orderBy('at', 'desc').orderBy('id', 'desc'), page);
}
