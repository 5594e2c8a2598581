import { findCopyPasteActivities } from '../../domain/quality/copy-paste.js';
import { isThinContent } from '../../domain/quality/thin-content.js';
import type { ActivityDraft, PlanDraft } from './sales-drafts.js';

const PLAN_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * `activities.valid` as the data-quality rules decide it for one user's activities: Q3 (thin) and
 * Q4 (copy-paste within 168 h before, by recorded time) through the domain detectors. Deleted
 * activities are out of the Q4 comparison, as a deleted record never counts.
 */
export function settleValidity(drafts: ActivityDraft[]): void {
  const live = drafts.filter((d) => d.deletedMs === null);
  const copies = new Set(
    findCopyPasteActivities(
      live.map((d) => ({ id: d.id, content: d.content, recordedAt: new Date(d.recordedMs) })),
    ),
  );
  for (const d of drafts) d.valid = isThinContent(d.content) || copies.has(d.id) ? 0 : 1;
}

/** An engaged team lead goes through the team's flags once a week. */
export const FLAG_REVIEW_DELAY_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The weekly flag review of an engaged lead's team: the seller deletes the activities flagged
 * invalid (thin or pasted notes) a week after entering them, once that is before the end. They
 * counted nowhere before and count nowhere after; only their open flags go. A deleted activity
 * keeps the verdict it had, and the live ones are decided again without it, as the engine does.
 */
export function deleteReviewedInvalid(drafts: ActivityDraft[], endMs: number): void {
  const reviewed = drafts.filter(
    (d) => d.valid === 0 && d.deletedMs === null && d.recordedMs + FLAG_REVIEW_DELAY_MS < endMs,
  );
  for (const d of reviewed) d.deletedMs = d.recordedMs + FLAG_REVIEW_DELAY_MS;
  settleValidity(drafts);
  for (const d of reviewed) d.valid = 0;
}

/**
 * Plan completion as `completePlansByActivity` does it, replayed in recorded order per record: a
 * valid live activity completes every open plan on its record, made before it was recorded, due
 * within 24 h either side of when it occurred; the plan's completed_at is the activity's occurred_at.
 * A seller who follows up late ticks the plan off too (`completeNamedPlan`): an activity that
 * completes no plan in its window names the oldest open plan on the record that was already
 * overdue when it happened. Late completion clears the overdue list; plan_execution still
 * counts the plan as missed.
 */
export function settlePlans(drafts: ActivityDraft[]): PlanDraft[] {
  const byRecord = new Map<string, ActivityDraft[]>();
  for (const d of drafts) {
    const list = byRecord.get(d.recordId) ?? [];
    list.push(d);
    byRecord.set(d.recordId, list);
  }
  const plans: PlanDraft[] = [];
  for (const list of byRecord.values()) {
    list.sort((a, b) => a.recordedMs - b.recordedMs || (a.id < b.id ? -1 : 1));
    const open: PlanDraft[] = [];
    for (const activity of list) {
      if (activity.valid === 1 && activity.deletedMs === null) {
        const complete = (plan: PlanDraft) => {
          plan.completedMs = activity.occurredMs;
          plan.completedBy = activity.id;
          plan.completedRecordedMs = activity.recordedMs;
        };
        const inWindow = open.filter(
          (p) =>
            p.completedMs === null && Math.abs(p.dueMs - activity.occurredMs) <= PLAN_WINDOW_MS,
        );
        inWindow.forEach(complete);
        const overdue = open.find(
          (p) => p.completedMs === null && p.dueMs < activity.occurredMs - PLAN_WINDOW_MS,
        );
        if (inWindow.length === 0 && overdue) complete(overdue);
      }
      if (activity.plan) {
        open.push(activity.plan);
        plans.push(activity.plan);
      }
    }
  }
  return plans;
}
