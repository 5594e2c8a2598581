import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { updateVersioned } from '../../db/versioned-writes.js';
import { phoneDuplicateKey } from '../../domain/quality/duplicate-records.js';
import { nowIso } from '../../platform/clock.js';
import { invalidField, notFound, staleVersion } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import type { Actor } from '../../platform/policy/actor.js';
import { leadSnapshot } from '../leads/leads.presenter.js';
import { findLead, type LeadRow } from '../leads/leads.repository.js';
import { loadOpenLead } from '../leads/leads.service.js';
import { changeOwnership } from '../../platform/ownership/ownership.repository.js';
import { checkRecordWrite } from '../quality/record-checks.service.js';
import { logMoves } from './merge-history.js';
import * as repo from './merge.repository.js';
import type { MergeBody } from './merge.schema.js';

const FILLABLE = ['contactName', 'phone', 'email', 'industry', 'region', 'requirement'] as const;

/**
 * Merges one open lead into another, for someone who may change both: the duplicate's
 * follow-ups and plans move to the survivor, which takes the duplicate's values for its empty
 * fields; the duplicate is soft-deleted; the Q2 flags of both are resolved as merged; the
 * moves and the merge are in the history, in one transaction.
 */
export async function mergeLeads(db: Db, actor: Actor, survivorId: string, body: MergeBody) {
  if (body.duplicateId === survivorId)
    throw invalidField('duplicateId', 'merge_into_itself', 'a lead cannot be merged into itself');
  const { lead: survivor, access } = await loadOpenLead(db, actor, survivorId, body.version);
  const { lead: duplicate } = await loadOpenLead(
    db,
    actor,
    body.duplicateId,
    body.duplicateVersion,
  );
  const fills: Partial<Pick<LeadRow, (typeof FILLABLE)[number]>> = {};
  for (const field of FILLABLE) {
    if (survivor[field] === null && duplicate[field] !== null)
      Object.assign(fills, { [field]: duplicate[field] });
  }
  const at = nowIso();
  const merged = await inTransaction(db, async (trx) => {
    const changes = {
      ...fills,
      ...(fills.phone !== undefined ? { phoneKey: phoneDuplicateKey(fills.phone) } : {}),
      updatedAt: at,
    };
    if (!(await updateVersioned(trx, 'leads', survivor.id, body.version, changes)))
      throw staleVersion('lead');
    const deleted = { deletedAt: at, updatedAt: at };
    if (!(await updateVersioned(trx, 'leads', duplicate.id, body.duplicateVersion, deleted)))
      throw staleVersion('lead');
    if (duplicate.ownerId) await changeOwnership(trx, 'lead', duplicate.id, null, at);
    const moved = await repo.moveRecordChildren(trx, 'lead', duplicate.id, survivor.id);
    await repo.resolveDuplicateFlags(trx, 'lead', [survivor.id, duplicate.id], {
      survivorId: survivor.id,
      by: actor.id,
      at,
    });
    await logMoves(trx, actor.id, { from: duplicate.id, to: survivor.id, moved, demoted: [] });
    const stored = await findLead(trx, survivor.id);
    if (!stored) throw notFound('lead');
    await writeHistory(trx, {
      entity: 'lead',
      entityId: survivor.id,
      action: 'merge',
      actorId: actor.id,
      before: { ...leadSnapshot(survivor), mergedFrom: null },
      after: { ...leadSnapshot(stored), mergedFrom: duplicate.id },
    });
    await writeHistory(trx, {
      entity: 'lead',
      entityId: duplicate.id,
      action: 'merge',
      actorId: actor.id,
      before: { mergedInto: null, deletedAt: null },
      after: { mergedInto: survivor.id, deletedAt: at },
    });
    await checkRecordWrite(trx, 'lead', survivor.id, at, duplicate);
    return stored;
  });
  return { lead: merged, access };
}
