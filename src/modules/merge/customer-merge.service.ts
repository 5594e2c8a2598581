import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { updateVersioned } from '../../db/versioned-writes.js';
import { phoneDuplicateKey } from '../../domain/quality/duplicate-records.js';
import { nowIso } from '../../platform/clock.js';
import { invalidField, notFound, staleVersion } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import type { Actor } from '../../platform/policy/actor.js';
import { customerSnapshot } from '../customers/customers.presenter.js';
import { findCustomer, type CustomerRow } from '../customers/customers.repository.js';
import { loadCustomer } from '../customers/customers.service.js';
import { changeOwnership } from '../../platform/ownership/ownership.repository.js';
import { checkRecordWrite } from '../quality/record-checks.service.js';
import * as repo from './merge.repository.js';
import type { MergeBody } from './merge.schema.js';
import { logMoves, latest } from './merge-history.js';

/** Fields a survivor takes from the duplicate when its own are empty. */
const FILLABLE = [
  'phone',
  'email',
  'industry',
  'source',
  'level',
  'requirement',
  'region',
  'address',
] as const;

function filledFromDuplicate(survivor: CustomerRow, duplicate: CustomerRow) {
  const fills: Partial<Pick<CustomerRow, (typeof FILLABLE)[number]>> = {};
  for (const field of FILLABLE) {
    if (survivor[field] === null && duplicate[field] !== null)
      Object.assign(fills, { [field]: duplicate[field] });
  }
  return fills;
}

/**
 * Merges the duplicate customer into the survivor, for someone who may change both: every
 * record of the duplicate (contacts, opportunities, contracts, tickets, feedback, converted
 * leads, follow-ups and plans, collaborators) moves to the survivor, which also takes the
 * duplicate's values for its empty fields and its latest follow-up and deal dates; the
 * duplicate is soft-deleted (its own history, status changes and ownership periods stay
 * with it); the Q2 flags of both are resolved as merged. Each moved record, both customers
 * and the merge itself are in the history, in one transaction.
 */
export async function mergeCustomers(db: Db, actor: Actor, survivorId: string, body: MergeBody) {
  if (body.duplicateId === survivorId)
    throw invalidField(
      'duplicateId',
      'merge_into_itself',
      'a customer cannot be merged into itself',
    );
  const { customer: survivor, access } = await loadCustomer(db, actor, survivorId, 'write');
  const { customer: duplicate } = await loadCustomer(db, actor, body.duplicateId, 'write');
  if (survivor.version !== body.version) throw staleVersion('customer');
  if (duplicate.version !== body.duplicateVersion) throw staleVersion('customer');
  const fills = filledFromDuplicate(survivor, duplicate);
  const at = nowIso();
  const merged = await inTransaction(db, async (trx) => {
    const survivorChanges = {
      ...fills,
      ...(fills.phone !== undefined ? { phoneKey: phoneDuplicateKey(fills.phone) } : {}),
      lastFollowUpAt: latest(survivor.lastFollowUpAt, duplicate.lastFollowUpAt),
      lastDealOn: latest(survivor.lastDealOn, duplicate.lastDealOn),
      updatedAt: at,
    };
    if (!(await updateVersioned(trx, 'customers', survivor.id, body.version, survivorChanges)))
      throw staleVersion('customer');
    // Its activities move to the survivor: it has no follow-up left (METRICS.md, touch columns).
    const deleted = { deletedAt: at, updatedAt: at, lastFollowUpAt: null };
    if (!(await updateVersioned(trx, 'customers', duplicate.id, body.duplicateVersion, deleted)))
      throw staleVersion('customer');
    if (duplicate.ownerId) await changeOwnership(trx, 'customer', duplicate.id, null, at);

    const demoted = await repo.demoteDuplicatePrimary(trx, duplicate.id, survivor.id);
    const moved = await repo.moveCustomerChildren(trx, duplicate.id, survivor.id);
    await repo.moveCollaborators(trx, 'customer', duplicate.id, survivor.id);
    await repo.resolveDuplicateFlags(trx, 'customer', [survivor.id, duplicate.id], {
      survivorId: survivor.id,
      by: actor.id,
      at,
    });
    await logMoves(trx, actor.id, { from: duplicate.id, to: survivor.id, moved, demoted });
    await logCustomerMerge(trx, actor.id, survivor, duplicate, at);
    // Records that matched either customer's keys are decided again (the duplicate is gone).
    await checkRecordWrite(trx, 'customer', survivor.id, at, duplicate);
    const stored = await findCustomer(trx, survivor.id);
    if (!stored) throw notFound('customer');
    return stored;
  });
  return { customer: merged, access };
}

async function logCustomerMerge(
  trx: Executor,
  actorId: string,
  survivor: CustomerRow,
  duplicate: CustomerRow,
  at: string,
): Promise<void> {
  const after = await findCustomer(trx, survivor.id);
  if (!after) throw notFound('customer');
  await writeHistory(trx, {
    entity: 'customer',
    entityId: survivor.id,
    action: 'merge',
    actorId,
    before: { ...customerSnapshot(survivor), mergedFrom: null },
    after: { ...customerSnapshot(after), mergedFrom: duplicate.id },
  });
  await writeHistory(trx, {
    entity: 'customer',
    entityId: duplicate.id,
    action: 'merge',
    actorId,
    before: { mergedInto: null, deletedAt: null },
    after: { mergedInto: survivor.id, deletedAt: at },
  });
}
