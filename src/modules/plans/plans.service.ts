import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { updateVersioned } from '../../db/versioned-writes.js';
import { now, nowIso } from '../../platform/clock.js';
import { invalidField, notFound, staleVersion } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { dayRangeToInstants } from '../../platform/http/day-range.js';
import { pageWindow } from '../../platform/http/list-query.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { scopeHoldsMostPeople } from '../../db/scope-filter.js';
import { customerNameViewerOf } from '../customers/customers.service.js';
import { loadLinkedRecord } from '../activities/linked-record.service.js';
import { softDeleteWithHistory } from '../../platform/records/versioned-record.service.js';
import {
  assertPlanWindowOpen,
  insertPlanOn,
  planSettled,
  resolvePlanOwner,
} from './plan-completion.service.js';
import { workbenchWindow } from './plan-scope.js';
import { planSnapshot } from './plans.presenter.js';
import * as repo from './plans.repository.js';
import type { CreatePlanInput, ListPlansQuery, UpdatePlanInput } from './plans.schema.js';

/** A plan whose owner is within the actor's scope (which gives write access); anything else is 404. */
export async function loadPlan(db: Db, actor: Actor, id: string): Promise<repo.PlanRow> {
  const plan = await repo.findVisiblePlan(db.kysely, id, ownerScopeOf(actor));
  if (!plan) throw notFound('plan');
  return plan;
}

export async function listPlans(db: Db, actor: Actor, query: ListPlansQuery, zone: string) {
  const days = dayRangeToInstants(query.dueFrom, query.dueTo, zone);
  const tab = query.scope ? workbenchWindow(query.scope, now(), zone) : {};
  // A workbench tab narrows the day range further; both bounds apply.
  const dueFrom = [days.from, tab.from]
    .filter((v) => v !== undefined)
    .sort()
    .at(-1);
  const dueBefore = [days.before, tab.before]
    .filter((v) => v !== undefined)
    .sort()
    .at(0);
  const names = customerNameViewerOf(actor, db.dialect);
  return repo.listPlans(
    db.kysely,
    db.dialect,
    names,
    {
      status: query.scope ? 'open' : query.status,
      ownerId: query.ownerId,
      departmentId: query.departmentId,
      recordType: query.recordType,
      recordId: query.recordId,
      dueFrom,
      dueBefore,
      q: query.q,
    },
    { by: query.sort, order: query.order },
    pageWindow(query),
    await scopeHoldsMostPeople(db.kysely, names.scope),
  );
}

export async function createPlan(
  db: Db,
  actor: Actor,
  input: CreatePlanInput,
): Promise<repo.PlanRow> {
  const record = await loadLinkedRecord(db, actor, input.recordType, input.recordId, 'write');
  assertPlanWindowOpen(input.dueAt, 'dueAt', now());
  const ownerId = await resolvePlanOwner(db, actor, input.ownerId);
  return inTransaction(db, (trx) =>
    insertPlanOn(trx, actor, record, { ...input, ownerId }, nowIso()),
  );
}

/**
 * Refuses to move a settled plan (its window over) to another due time or owner: it counts as it
 * stood when its window closed (METRICS.md plan_execution). Its note may still change.
 */
function assertSettledPlanKept(
  plan: repo.PlanRow,
  changes: { dueAt: string | undefined; ownerId: string | undefined },
  at: Date,
): void {
  if (!planSettled(plan.dueAt, at)) return;
  const moved = (['dueAt', 'ownerId'] as const).find(
    (field) => changes[field] !== undefined && changes[field] !== plan[field],
  );
  if (moved)
    throw invalidField(moved, 'plan_settled', "the plan's window is over: it counts as it stood");
}

export async function updatePlan(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdatePlanInput,
): Promise<repo.PlanRow> {
  const before = await loadPlan(db, actor, id);
  if (before.version !== input.version) throw staleVersion('plan');
  const dueAt = input.dueAt === undefined ? undefined : new Date(input.dueAt).toISOString();
  const ownerId =
    input.ownerId === undefined ? undefined : await resolvePlanOwner(db, actor, input.ownerId);
  assertSettledPlanKept(before, { dueAt, ownerId }, now());
  if (dueAt !== undefined && dueAt !== before.dueAt) assertPlanWindowOpen(dueAt, 'dueAt', now());
  const changes = {
    ...(dueAt !== undefined ? { dueAt } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
    ...(ownerId !== undefined ? { ownerId } : {}),
    updatedAt: nowIso(),
  };
  return inTransaction(db, async (trx) => {
    if (!(await updateVersioned(trx, 'followUpPlans', id, input.version, changes)))
      throw staleVersion('plan');
    const stored = await repo.findPlan(trx, id);
    if (!stored) throw notFound('plan');
    await writeHistory(trx, {
      entity: 'plan',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: planSnapshot(before),
      after: planSnapshot(stored),
    });
    return stored;
  });
}

/** Cancels a plan: a soft delete, kept in history. */
export async function cancelPlan(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  const plan = await loadPlan(db, actor, id);
  await softDeleteWithHistory(
    db,
    { table: 'followUpPlans', entity: 'plan', label: 'plan', id },
    { version, currentVersion: plan.version, actorId: actor.id },
  );
}
