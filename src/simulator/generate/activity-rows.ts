import { contentKey } from '../../db/content-key.js';
import { isTimely } from '../../domain/quality/timeliness.js';
import { activitySnapshot } from '../../modules/activities/activities.presenter.js';
import { planSnapshot } from '../../modules/plans/plans.presenter.js';
import type { SimContext } from '../context.js';
import { iso } from '../sim-time.js';
import type { ActivityDraft, PlanDraft } from './sales-drafts.js';
import { logCreate } from '../history-rows.js';

/** Follow-up plans with their completion (version 2 once completed) and history. */
export async function writePlans(
  ctx: SimContext,
  plans: PlanDraft[],
  ownerId: string,
): Promise<void> {
  for (const p of plans) {
    const createdAt = iso(p.createdMs);
    const initial = {
      id: p.id,
      recordType: p.recordType,
      recordId: p.recordId,
      customerId: p.customerId,
      ownerId,
      dueAt: iso(p.dueMs),
      note: p.note,
      completedAt: null,
      completedByActivityId: null,
      // Decided for every plan at once after the load (withPlanExecutionAfter).
      executed: 0,
      createdBy: ownerId,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
    };
    const done = p.completedMs !== null && p.completedBy !== null && p.completedRecordedMs !== null;
    const completion = done
      ? { completedAt: iso(p.completedMs ?? 0), completedByActivityId: p.completedBy }
      : { completedAt: null, completedByActivityId: null };
    await ctx.sink.push('followUpPlans', {
      ...initial,
      ...completion,
      version: done ? 2 : 1,
      updatedAt: done ? iso(p.completedRecordedMs ?? 0) : createdAt,
    });
    await logCreate(
      ctx,
      'plan',
      p.id,
      ownerId,
      p.createdMs,
      planSnapshot({ ...initial, version: 1 }),
    );
    if (done)
      await ctx.history({
        entity: 'plan',
        entityId: p.id,
        action: 'update',
        actorId: ownerId,
        atMs: p.completedRecordedMs ?? 0,
        before: planSnapshot({ ...initial, version: 1 }),
        after: { ...planSnapshot({ ...initial, version: 1 }), ...completion },
      });
  }
}

/** Activities as `createActivity` stores them (owner at the time, valid, timely) with their history. */
export async function writeActivities(
  ctx: SimContext,
  drafts: ActivityDraft[],
  actorId: string,
): Promise<void> {
  for (const d of drafts) {
    const row = {
      id: d.id,
      type: d.type,
      recordType: d.recordType,
      recordId: d.recordId,
      customerId: d.customerId,
      content: d.content,
      contentKey: contentKey(d.content),
      occurredAt: iso(d.occurredMs),
      recordedAt: iso(d.recordedMs),
      actorId,
      ownerId: actorId,
      valid: d.valid,
      timely: isTimely(new Date(d.occurredMs), new Date(d.recordedMs)) ? 1 : 0,
      planId: null,
      importJobId: null,
      deletedAt: d.deletedMs === null ? null : iso(d.deletedMs),
      // The data-quality run after the year flags it, if at all.
      flagged: 0,
    };
    await ctx.sink.push('activities', row);
    await ctx.history({
      entity: 'activity',
      entityId: d.id,
      action: 'create',
      actorId,
      atMs: d.recordedMs,
      before: null,
      after: activitySnapshot({ ...row, deletedAt: null }),
    });
    if (d.deletedMs !== null)
      await ctx.history({
        entity: 'activity',
        entityId: d.id,
        action: 'delete',
        actorId,
        atMs: d.deletedMs,
        before: { deletedAt: null },
        after: { deletedAt: iso(d.deletedMs) },
      });
  }
}
