import type { Database, Db, Executor } from '../../db/database.js';
import type { OwnershipPeriodsTable } from '../../db/tables/crm.table.js';
import { inTransaction } from '../../db/transaction.js';
import {
  softDeleteVersioned,
  updateVersioned,
  type VersionedTable,
} from '../../db/versioned-writes.js';
import type { Updateable } from 'kysely';
import { nowIso } from '../clock.js';
import {
  AppError,
  notFound,
  staleVersion,
  type RecordKind,
  recordLabel,
} from '../errors/app-error.js';
import { writeHistory } from '../history/history.repository.js';
import { changeOwnership } from '../ownership/ownership.repository.js';

/** Which record a versioned write is about, and how the history log and error messages name it. */
export type RecordRef<T extends VersionedTable> = {
  table: T;
  /** Entity name in the history log, e.g. 'payment_plan'. */
  entity: string;
  /** Human name in error messages, e.g. 'Payment plan'. */
  label: RecordKind;
  id: string;
};

/**
 * Optimistic update inside `trx`: applies `changes` if the row is still at `version` (else 409),
 * reloads it and logs old → new for every changed field. `before` is the row as the caller read it.
 */
export async function updateWithHistory<
  T extends VersionedTable,
  Row extends Record<string, unknown>,
>(
  trx: Executor,
  ref: RecordRef<T>,
  write: { version: number; changes: Updateable<Database[T]>; actorId: string; before: Row },
  reload: (trx: Executor, id: string) => Promise<Row | undefined>,
): Promise<Row> {
  if (!(await updateVersioned(trx, ref.table, ref.id, write.version, write.changes)))
    throw staleVersion(ref.label);
  const stored = await reload(trx, ref.id);
  if (!stored) throw notFound(ref.label);
  await writeHistory(trx, {
    entity: ref.entity,
    entityId: ref.id,
    action: 'update',
    actorId: write.actorId,
    before: write.before,
    after: stored,
  });
  return stored;
}

/**
 * Soft-deletes a record the caller has loaded at `currentVersion` (the client sent `version`),
 * ends its ownership period when `ownership` names one, logs it, and runs `alongside` in the
 * same transaction (e.g. to recompute a parent or check data quality).
 */
export async function softDeleteWithHistory<T extends VersionedTable>(
  db: Db,
  ref: RecordRef<T>,
  write: {
    version: number;
    currentVersion: number;
    actorId: string;
    ownership?: OwnershipPeriodsTable['entity'] | undefined;
  },
  alongside?: (trx: Executor, at: string) => Promise<void>,
): Promise<void> {
  if (write.currentVersion !== write.version) throw staleVersion(ref.label);
  await inTransaction(db, async (trx) => {
    const at = nowIso();
    if (!(await softDeleteVersioned(trx, ref.table, ref.id, write.version, at)))
      throw staleVersion(ref.label);
    if (write.ownership) await changeOwnership(trx, write.ownership, ref.id, null, at);
    await writeHistory(trx, {
      entity: ref.entity,
      entityId: ref.id,
      action: 'delete',
      actorId: write.actorId,
      before: { deletedAt: null },
      after: { deletedAt: at },
    });
    if (alongside) await alongside(trx, at);
  });
}

/** The audit columns of a record created now by `actorId`. */
export const newRecordColumns = (actorId: string, now: string) => ({
  createdBy: actorId,
  createdAt: now,
  updatedAt: now,
  deletedAt: null,
});

/** After an insert inside `trx`: reloads the new row and logs its creation with every field. */
export async function recordCreated<Row extends Record<string, unknown>>(
  trx: Executor,
  ref: { entity: string; label: RecordKind; id: string },
  actorId: string,
  reload: (trx: Executor, id: string) => Promise<Row | undefined>,
): Promise<Row> {
  const stored = await reload(trx, ref.id);
  if (!stored) throw new AppError('internal', `${recordLabel(ref.label)} vanished after insert`);
  await writeHistory(trx, {
    entity: ref.entity,
    entityId: ref.id,
    action: 'create',
    actorId,
    before: null,
    after: stored,
  });
  return stored;
}
