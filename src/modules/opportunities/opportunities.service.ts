import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { updateVersioned } from '../../db/versioned-writes.js';
import { nowIso } from '../../platform/clock.js';
import {
  deleteRefused,
  notFound,
  ownerChangeRefused,
  readOnlyRecord,
  staleVersion,
} from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { dayRangeToInstants } from '../../platform/http/day-range.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { scopeHoldsMostPeople } from '../../db/scope-filter.js';
import type { Actor } from '../../platform/policy/actor.js';
import { mayDelete, recordAccess } from '../../platform/policy/record-access.js';
import { customerNameViewerOf } from '../customers/customers.service.js';
import { changeOwnership } from '../../platform/ownership/ownership.repository.js';
import { assignableOwner } from '../../platform/records/assignable-owner.service.js';
import { softDeleteWithHistory } from '../../platform/records/versioned-record.service.js';
import { canAssignOpportunity } from './opportunities.policy.js';
import { opportunitySnapshot } from './opportunities.presenter.js';
import * as repo from './opportunities.repository.js';
import type { ListOpportunitiesQuery, UpdateOpportunityInput } from './opportunities.schema.js';

function accessTo(actor: Actor, o: repo.OpportunityWithFacts) {
  return recordAccess(actor, {
    inScope: Number(o.inScope) === 1,
    sharedAccess: o.sharedAccess,
    inPool: false,
  });
}

/** An opportunity the actor may see (owner in scope or shared with them), with their access. */
export async function loadOpportunity(
  db: Db,
  actor: Actor,
  id: string,
  need: 'read' | 'write' = 'read',
) {
  const found = await repo.findOpportunityWithFacts(
    db.kysely,
    id,
    customerNameViewerOf(actor, db.dialect),
  );
  const access = found ? accessTo(actor, found) : null;
  if (!found || !access) throw notFound('opportunity');
  if (need === 'write' && access !== 'write') throw readOnlyRecord('opportunity');
  // The access facts are not fields of the record: keep them out of snapshots and history.
  const { inScope, sharedAccess: _shared, customerName, ownerName, ...opportunity } = found;
  return {
    opportunity,
    access,
    inScope: Number(inScope) === 1,
    names: { customerName, ownerName },
  };
}

export async function listOpportunities(
  db: Db,
  actor: Actor,
  query: ListOpportunitiesQuery,
  zone: string,
) {
  const created = dayRangeToInstants(query.createdFrom, query.createdTo, zone);
  const closed = dayRangeToInstants(query.closedFrom, query.closedTo, zone);
  const left = dayRangeToInstants(query.leftFrom, query.leftTo, zone);
  const viewer = customerNameViewerOf(actor, db.dialect);
  const { items, ...total } = await repo.listOpportunities(
    db.kysely,
    db.dialect,
    viewer,
    {
      q: query.q,
      customerId: query.customerId,
      ownerId: query.ownerId,
      departmentId: query.departmentId,
      status: query.status,
      stageId: query.stageId,
      createdFrom: created.from,
      createdBefore: created.before,
      closedFrom: closed.from,
      closedBefore: closed.before,
      expectedCloseFrom: query.expectedCloseFrom,
      expectedCloseTo: query.expectedCloseTo,
      reachedStageId: query.reachedStageId,
      leftStageId: query.leftStageId,
      leftFrom: left.from,
      leftBefore: left.before,
      closeReason: query.closeReason,
      customerSource: query.customerSource,
      customerIndustry: query.customerIndustry,
    },
    { by: query.sort, order: query.order },
    pageWindow(query),
    await scopeHoldsMostPeople(db.kysely, viewer.scope),
  );
  // Every listed row is visible by construction (scope or share), so access is never null here.
  return {
    items: items.map((o) => ({ opportunity: o, access: accessTo(actor, o) ?? ('read' as const) })),
    ...total,
  };
}

export async function updateOpportunity(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateOpportunityInput,
) {
  const { opportunity: before, access } = await loadOpportunity(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('opportunity');
  const { version, ownerId: requestedOwner, ...fields } = input;
  const reassigning = requestedOwner !== undefined && requestedOwner !== before.ownerId;
  if (reassigning && !canAssignOpportunity(actor))
    throw ownerChangeRefused('opportunity', 'Only managers and admins reassign opportunities');
  const ownerId = reassigning
    ? await assignableOwner(db, actor, requestedOwner, true, 'opportunity')
    : before.ownerId;
  const now = nowIso();
  const after = await inTransaction(db, async (trx) => {
    if (
      !(await updateVersioned(trx, 'opportunities', id, version, {
        ...fields,
        ownerId,
        ...(reassigning ? { ownerSince: now } : {}),
        updatedAt: now,
      }))
    )
      throw staleVersion('opportunity');
    if (reassigning) await changeOwnership(trx, 'opportunity', id, ownerId, now);
    return logOpportunityUpdate(trx, actor.id, before);
  });
  return { opportunity: after, access };
}

/** After an update in `trx`: reloads the opportunity and logs its changes old → new. */
export async function logOpportunityUpdate(
  trx: Executor,
  actorId: string,
  before: repo.OpportunityRow,
) {
  const stored = await repo.findOpportunity(trx, before.id);
  if (!stored) throw notFound('opportunity');
  await writeHistory(trx, {
    entity: 'opportunity',
    entityId: before.id,
    action: 'update',
    actorId,
    before: opportunitySnapshot(before),
    after: opportunitySnapshot(stored),
  });
  return stored;
}

export async function deleteOpportunity(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  const { opportunity, inScope } = await loadOpportunity(db, actor, id, 'write');
  if (!mayDelete({ inScope })) throw deleteRefused('opportunity');
  await softDeleteWithHistory(
    db,
    { table: 'opportunities', entity: 'opportunity', label: 'opportunity', id },
    { version, currentVersion: opportunity.version, actorId: actor.id, ownership: 'opportunity' },
  );
}
