import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import { AppError, invalidField } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { loadCustomer } from '../customers/customers.service.js';
import { changeOwnership } from '../../platform/ownership/ownership.repository.js';
import { findStage, firstOpenStage, type StageRow } from '../pipeline/pipeline.repository.js';
import { assignableOwner } from '../../platform/records/assignable-owner.service.js';
import { canAssignOpportunity } from './opportunities.policy.js';
import { opportunitySnapshot } from './opportunities.presenter.js';
import * as repo from './opportunities.repository.js';
import type { CreateOpportunityInput, NewOpportunityFields } from './opportunities.schema.js';

/** The stage a new opportunity starts in: the one asked for if active and open, else the first open one. */
export async function startStage(
  db: Db,
  stageId: string | undefined,
  path: string,
): Promise<StageRow> {
  const stage = stageId ? await findStage(db.kysely, stageId) : await firstOpenStage(db.kysely);
  if (!stage)
    throw stageId
      ? invalidField(path, 'stage_unknown', 'no such stage')
      : invalidField(path, 'stage_not_open', 'the pipeline has no active open stage');
  if (stage.active !== 1 || stage.kind !== 'open')
    throw invalidField(path, 'stage_not_open', 'a new opportunity starts in an active open stage');
  return stage;
}

/**
 * Inserts an opportunity inside the caller's transaction (also used by lead conversion): its
 * first ownership period, its first stage change (effective = created) and its history.
 */
export async function openOpportunity(
  trx: Executor,
  actorId: string,
  fields: NewOpportunityFields & { customerId: string; ownerId: string },
  stage: StageRow,
): Promise<repo.OpportunityRow> {
  const now = nowIso();
  const id = newId();
  await repo.insertOpportunity(trx, {
    id,
    customerId: fields.customerId,
    name: fields.name,
    amountCents: fields.amountCents,
    currency: fields.currency,
    stageId: stage.id,
    status: 'open',
    expectedCloseOn: fields.expectedCloseOn ?? null,
    closedAt: null,
    closeReason: null,
    ownerId: fields.ownerId,
    ownerSince: now,
    lastTouchedAt: now,
    createdBy: actorId,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  await changeOwnership(trx, 'opportunity', id, fields.ownerId, now);
  await repo.insertStageChange(trx, {
    id: newId(),
    opportunityId: id,
    fromStageId: null,
    toStageId: stage.id,
    fromStatus: null,
    toStatus: 'open',
    effectiveAt: now,
    recordedAt: now,
    actorId,
    ownerId: fields.ownerId,
    reason: null,
    timely: 1,
  });
  const stored = await repo.findOpportunity(trx, id);
  if (!stored) throw new AppError('internal', 'opportunity vanished after insert');
  await writeHistory(trx, {
    entity: 'opportunity',
    entityId: id,
    action: 'create',
    actorId,
    before: null,
    after: opportunitySnapshot(stored),
  });
  return stored;
}

export async function createOpportunity(db: Db, actor: Actor, input: CreateOpportunityInput) {
  await loadCustomer(db, actor, input.customerId, 'write');
  const ownerId = await assignableOwner(
    db,
    actor,
    input.ownerId,
    canAssignOpportunity(actor),
    'opportunity',
  );
  const stage = await startStage(db, input.stageId, 'stageId');
  return inTransaction(db, (trx) => openOpportunity(trx, actor.id, { ...input, ownerId }, stage));
}
