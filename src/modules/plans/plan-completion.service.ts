import type { Db, Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned-writes.js';
import { invalidField, notFound, staleVersion } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import type { LinkedRecord } from '../activities/linked-record.service.js';
import { assignableOwner } from '../../platform/records/assignable-owner.service.js';
import { canPlanForOthers } from './plans.policy.js';
import { planSnapshot } from './plans.presenter.js';
import * as repo from './plans.repository.js';
import type { PlanFields } from './plans.schema.js';

/** An activity completes plans due up to this long before or after it happened (METRICS.md plan_execution). */
export const PLAN_COMPLETION_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a plan due at `dueAt` is settled at `at`: its window for being carried out (up to 24 h
 * after its due time, that instant included) is over, and METRICS.md fixes its due time and owner.
 */
export function planSettled(dueAt: string, at: Date): boolean {
  return Date.parse(dueAt) + PLAN_COMPLETION_WINDOW_MS < at.getTime();
}

/**
 * Refuses a due time whose window is already over (METRICS.md plan_execution): such a plan would
 * be settled the moment it is written, counted as done or missed after the fact.
 */
export function assertPlanWindowOpen(dueAt: string, path: string, at: Date): void {
  if (planSettled(dueAt, at))
    throw invalidField(path, 'plan_window_closed', 'a plan can be due at most 24 hours ago');
}

/** The owner a new or reassigned plan gets: the actor, or someone in a manager's scope. */
export async function resolvePlanOwner(
  db: Db,
  actor: Actor,
  requested: string | undefined,
): Promise<string> {
  return assignableOwner(
    db,
    actor,
    requested,
    canPlanForOthers(actor),
    'plan',
    'Only managers and admins plan follow-ups for others',
  );
}

/** Inserts a plan on a record (its owner already resolved) with its history, in the caller's transaction. */
export async function insertPlanOn(
  trx: Executor,
  actor: Actor,
  record: LinkedRecord,
  fields: PlanFields & { ownerId: string },
  now: string,
): Promise<repo.PlanRow> {
  const id = newId();
  const stored = await repo.insertPlan(trx, {
    id,
    recordType: record.recordType,
    recordId: record.recordId,
    customerId: record.customerId,
    ownerId: fields.ownerId,
    dueAt: new Date(fields.dueAt).toISOString(),
    note: fields.note ?? null,
    completedAt: null,
    completedByActivityId: null,
    createdBy: actor.id,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  await writeHistory(trx, {
    entity: 'plan',
    entityId: id,
    action: 'create',
    actorId: actor.id,
    before: null,
    after: planSnapshot(stored),
  });
  return stored;
}

/** Sets (or clears) a plan's completion with a versioned write and its history; false if someone changed it first. */
async function setCompletion(
  trx: Executor,
  actorId: string | null,
  plan: repo.PlanRow,
  completion: { completedAt: string | null; completedByActivityId: string | null },
  now: string,
): Promise<boolean> {
  if (
    !(await updateVersioned(trx, 'followUpPlans', plan.id, plan.version, {
      ...completion,
      updatedAt: now,
    }))
  )
    return false;
  await writeHistory(trx, {
    entity: 'plan',
    entityId: plan.id,
    action: 'update',
    actorId,
    before: planSnapshot(plan),
    after: { ...planSnapshot(plan), ...completion },
  });
  return true;
}

/**
 * Marks done the plans an activity carries out: the open plans on its record, owned by its
 * actor or by the record's owner, due within 24 h either side of when it occurred. Their
 * completed_at is the activity's occurred_at, as the metric needs.
 */
export async function completePlansByActivity(
  trx: Executor,
  activity: {
    id: string;
    actorId: string;
    ownerId: string | null;
    recordType: LinkedRecord['recordType'];
    recordId: string;
    occurredAt: string;
  },
  now: string,
): Promise<string[]> {
  const occurred = Date.parse(activity.occurredAt);
  const owners = [...new Set([activity.actorId, ...(activity.ownerId ? [activity.ownerId] : [])])];
  const due = await repo.findOpenPlansDue(
    trx,
    activity,
    owners,
    new Date(occurred - PLAN_COMPLETION_WINDOW_MS).toISOString(),
    new Date(occurred + PLAN_COMPLETION_WINDOW_MS).toISOString(),
  );
  const completed: string[] = [];
  for (const plan of due) {
    if (
      await setCompletion(
        trx,
        activity.actorId,
        plan,
        { completedAt: activity.occurredAt, completedByActivityId: activity.id },
        now,
      )
    )
      completed.push(plan.id);
  }
  return completed;
}

/** Completes the one plan the user named on the activity; it must be open, on the same record, and theirs to change. */
export async function completeNamedPlan(
  trx: Executor,
  actor: Actor,
  planId: string,
  activity: { id: string; recordType: string; recordId: string; occurredAt: string },
  now: string,
): Promise<void> {
  const plan = await repo.findVisiblePlan(trx, planId, ownerScopeOf(actor));
  if (!plan) throw notFound('plan');
  if (plan.recordType !== activity.recordType || plan.recordId !== activity.recordId)
    throw invalidField('planId', 'plan_for_other_record', 'the plan is for another record');
  if (plan.completedAt !== null)
    throw invalidField('planId', 'plan_completed', 'the plan is already completed');
  if (
    !(await setCompletion(
      trx,
      actor.id,
      plan,
      { completedAt: activity.occurredAt, completedByActivityId: activity.id },
      now,
    ))
  )
    throw staleVersion('plan');
}

/** Reopens the plans a deleted activity had completed. */
export async function reopenPlansOf(
  trx: Executor,
  actorId: string,
  activityId: string,
  now: string,
): Promise<void> {
  for (const plan of await repo.findPlansCompletedBy(trx, activityId)) {
    await setCompletion(
      trx,
      actorId,
      plan,
      { completedAt: null, completedByActivityId: null },
      now,
    );
  }
}
