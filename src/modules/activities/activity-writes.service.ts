import { contentKey } from '../../db/content-key.js';
import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { now, nowIso } from '../../platform/clock.js';
import { notFound } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import {
  completeNamedPlan,
  completePlansByActivity,
  assertPlanWindowOpen,
  insertPlanOn,
  reopenPlansOf,
  resolvePlanOwner,
} from '../plans/plan-completion.service.js';
import type { PlanRow } from '../plans/plans.repository.js';
import { activitySnapshot } from './activities.presenter.js';
import * as repo from './activities.repository.js';
import type { CreateActivityInput, UpdateActivityInput } from './activities.schema.js';
import { loadActivity } from './activities.service.js';
import {
  checkActivityDelete,
  judgeActivity,
  recordVerdict,
} from '../quality/activity-checks.service.js';
import { ownerAt } from './linked-record.repository.js';
import { loadLinkedRecord } from './linked-record.service.js';

/** The record's owner when the activity happened (ownership periods), else its owner now. */
async function ownerWhen(
  executor: Executor,
  record: { recordType: repo.ActivityRow['recordType']; recordId: string; ownerId: string | null },
  occurredAt: string,
) {
  return (
    (await ownerAt(executor, record.recordType, record.recordId, occurredAt)) ?? record.ownerId
  );
}

/** Re-derives the customer's last follow-up and the opportunity's last touch after any activity write. */
async function refreshTouches(
  trx: Executor,
  activity: Pick<repo.ActivityRow, 'customerId' | 'recordType' | 'recordId'>,
) {
  if (activity.customerId) await repo.refreshCustomerFollowUp(trx, activity.customerId);
  if (activity.recordType === 'opportunity')
    await repo.refreshOpportunityTouch(trx, activity.recordId);
}

/**
 * The touch columns after a NEW activity: they hold the latest of the live valid activities, so
 * an invalid one changes nothing and a valid one can only move them forward (no aggregate needed;
 * edits and deletions, which can move them back, re-derive them with `refreshTouches`).
 */
async function advanceTouches(
  trx: Executor,
  activity: Pick<
    repo.ActivityRow,
    'customerId' | 'recordType' | 'recordId' | 'occurredAt' | 'valid'
  >,
) {
  if (activity.valid !== 1) return;
  if (activity.customerId)
    await repo.advanceCustomerFollowUp(trx, activity.customerId, activity.occurredAt);
  if (activity.recordType === 'opportunity')
    await repo.advanceOpportunityTouch(trx, activity.recordId, activity.occurredAt);
}

/**
 * Records an activity on a record the actor may change, in one transaction with: the plan it
 * names, the plans it carries out (when valid), the next follow-up, the record's last-touch
 * columns and the history. Returns the open data-quality flags on it as well.
 */
export async function createActivity(db: Db, actor: Actor, input: CreateActivityInput) {
  const record = await loadLinkedRecord(db, actor, input.recordType, input.recordId, 'write');
  if (input.nextFollowUp)
    assertPlanWindowOpen(input.nextFollowUp.dueAt, 'nextFollowUp.dueAt', now());
  const nextOwner = input.nextFollowUp
    ? await resolvePlanOwner(db, actor, input.nextFollowUp.ownerId)
    : undefined;
  const recordedAt = nowIso();
  const occurredAt = new Date(input.occurredAt).toISOString();
  const id = newId();
  return inTransaction(db, async (trx) => {
    const written = {
      id,
      type: input.type,
      recordType: record.recordType,
      recordId: record.recordId,
      customerId: record.customerId,
      content: input.content,
      contentKey: contentKey(input.content),
      occurredAt,
      recordedAt,
      actorId: actor.id,
      ownerId: await ownerWhen(trx, record, occurredAt),
      planId: input.planId ?? null,
      importJobId: null,
      deletedAt: null,
      // Its flags, if any, follow the rules' verdict below.
      flagged: 0,
    };
    // The data-quality rules (Q3–Q6) judge it; it is stored with their verdict, then their flags.
    const verdict = await judgeActivity(trx, written, null);
    const row: repo.ActivityRow = { ...written, valid: verdict.valid, timely: verdict.timely };
    await repo.insertActivity(trx, row);
    // Its open flags, as the writer sees them: the rules it breaks (invalid ones do not count).
    const openFlags = await recordVerdict(trx, row, verdict, recordedAt);
    const valid = row.valid === 1;
    const completedPlanIds: string[] = [];
    if (input.planId) {
      await completeNamedPlan(trx, actor, input.planId, row, recordedAt);
      completedPlanIds.push(input.planId);
    }
    // An invalid activity does not carry out plans: it would not count for plan_execution.
    if (valid) completedPlanIds.push(...(await completePlansByActivity(trx, row, recordedAt)));
    await advanceTouches(trx, row);
    await writeHistory(trx, {
      entity: 'activity',
      entityId: id,
      action: 'create',
      actorId: actor.id,
      before: null,
      after: activitySnapshot(row),
    });
    let nextFollowUp: PlanRow | null = null;
    if (input.nextFollowUp && nextOwner)
      nextFollowUp = await insertPlanOn(
        trx,
        actor,
        record,
        { ...input.nextFollowUp, ownerId: nextOwner },
        recordedAt,
      );
    return { activity: row, completedPlanIds, nextFollowUp, openFlags };
  });
}

/** Edits an activity; a new content or occurred time re-derives owner, validity and timeliness. */
export async function updateActivity(db: Db, actor: Actor, id: string, input: UpdateActivityInput) {
  const { activity: before, access } = await loadActivity(db, actor, id, 'write');
  const content = input.content ?? before.content;
  const occurredAt = input.occurredAt
    ? new Date(input.occurredAt).toISOString()
    : before.occurredAt;
  const after = await inTransaction(db, async (trx) => {
    const ownerId =
      occurredAt === before.occurredAt ? before.ownerId : await ownerWhen(trx, before, occurredAt);
    const current = await repo.findActivityRow(trx, id);
    if (!current || current.deletedAt !== null) throw notFound('activity');
    // Timeliness stays measured from the first recording: editing later does not make it late or early.
    const edited = {
      ...current,
      type: input.type ?? current.type,
      content,
      contentKey: contentKey(content),
      occurredAt,
      ownerId,
    };
    const verdict = await judgeActivity(trx, edited, current);
    const stored: repo.ActivityRow = { ...edited, valid: verdict.valid, timely: verdict.timely };
    await repo.updateActivityColumns(trx, id, {
      type: stored.type,
      content,
      contentKey: stored.contentKey,
      occurredAt,
      ownerId,
      valid: stored.valid,
      timely: stored.timely,
    });
    await recordVerdict(trx, stored, verdict, nowIso());
    await refreshTouches(trx, before);
    await writeHistory(trx, {
      entity: 'activity',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: activitySnapshot(before),
      after: activitySnapshot(stored),
    });
    return stored;
  });
  return { activity: after, access };
}

/** Soft-deletes an activity; plans it had completed open again. */
export async function deleteActivity(db: Db, actor: Actor, id: string): Promise<void> {
  const { activity } = await loadActivity(db, actor, id, 'write');
  await inTransaction(db, async (trx) => {
    const at = nowIso();
    await repo.updateActivityColumns(trx, id, { deletedAt: at });
    await reopenPlansOf(trx, actor.id, id, at);
    await checkActivityDelete(trx, activity, at);
    await refreshTouches(trx, activity);
    await writeHistory(trx, {
      entity: 'activity',
      entityId: id,
      action: 'delete',
      actorId: actor.id,
      before: { deletedAt: null },
      after: { deletedAt: at },
    });
  });
}
