import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import {
  AppError,
  fieldProblem,
  invalidField,
  notFound,
  refusal,
} from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { shareRefusal, type ShareRefusal } from '../../platform/policy/record-access.js';
import { loadLinkedRecord } from '../activities/linked-record.service.js';
import * as repo from './collaborators.repository.js';
import type { ShareInput } from './collaborators.schema.js';

/** History of shares lives on the shared record, one field per collaborator. */
const field = (userId: string) => `collaborator:${userId}`;
const shareValue = (share: { access: string; until: string | null } | undefined) =>
  share ? { access: share.access, until: share.until } : null;

export async function listCollaborators(
  db: Db,
  actor: Actor,
  entity: repo.SharedEntity,
  recordId: string,
) {
  await loadLinkedRecord(db, actor, entity, recordId, 'read');
  return repo.listCollaborators(db.kysely, entity, recordId);
}

function shareRefused(reason: ShareRefusal, ownUntil: string | null): AppError {
  if (reason === 'share_needs_write_access') {
    const message = 'Only those who may change the record share it';
    return refusal(reason, message, {}, [fieldProblem('access', reason, message)]);
  }
  const message = `Your own access ends at ${ownUntil ?? ''}; a share you give must end by then`;
  const until = ownUntil ?? '';
  return refusal(reason, message, { until }, [fieldProblem('until', reason, message, { until })]);
}

/**
 * Shares a record with a user, or changes an existing share. Only those who may change the
 * record share it, and a collaborator's share can neither widen nor outlive their own.
 */
export async function shareRecord(
  db: Db,
  actor: Actor,
  entity: repo.SharedEntity,
  recordId: string,
  input: ShareInput,
): Promise<repo.CollaboratorRow> {
  const record = await loadLinkedRecord(db, actor, entity, recordId, 'write');
  if (input.userId === actor.id)
    throw invalidField('userId', 'share_with_yourself', 'you cannot share a record with yourself');
  if (!(await repo.isActiveUser(db.kysely, input.userId)))
    throw invalidField('userId', 'user_inactive', 'no active user with this id');
  const until = input.until ? new Date(input.until).toISOString() : null;
  const ownShare = record.inScope
    ? null
    : await repo.findCollaborator(db.kysely, entity, recordId, actor.id);
  const refused = shareRefusal(
    { inScope: record.inScope, ownShare: ownShare ?? null },
    { access: input.access, until },
  );
  if (refused) throw shareRefused(refused, ownShare?.until ?? null);
  return inTransaction(db, async (trx) => {
    const before = await repo.findCollaborator(trx, entity, recordId, input.userId);
    if (before) await repo.updateCollaborator(trx, before.id, { access: input.access, until });
    else
      await repo.insertCollaborator(trx, {
        id: newId(),
        entity,
        recordId,
        userId: input.userId,
        access: input.access,
        until,
        createdBy: actor.id,
        createdAt: nowIso(),
      });
    const after = await repo.findCollaborator(trx, entity, recordId, input.userId);
    if (!after) throw new AppError('internal', 'collaborator vanished after write');
    await writeHistory(trx, {
      entity,
      entityId: recordId,
      action: 'update',
      actorId: actor.id,
      before: { [field(input.userId)]: shareValue(before) },
      after: { [field(input.userId)]: shareValue(after) },
    });
    return after;
  });
}

export async function unshareRecord(
  db: Db,
  actor: Actor,
  entity: repo.SharedEntity,
  recordId: string,
  userId: string,
): Promise<void> {
  await loadLinkedRecord(db, actor, entity, recordId, 'write');
  await inTransaction(db, async (trx) => {
    const before = await repo.findCollaborator(trx, entity, recordId, userId);
    if (!before) throw notFound('collaborator');
    await repo.deleteCollaborator(trx, before.id);
    await writeHistory(trx, {
      entity,
      entityId: recordId,
      action: 'update',
      actorId: actor.id,
      before: { [field(userId)]: shareValue(before) },
      after: { [field(userId)]: null },
    });
  });
}
