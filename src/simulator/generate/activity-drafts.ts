import type { SalesBehaviour } from '../archetypes.js';
import type { Rng } from '../prng.js';
import type { IdFactory } from '../sim-ids.js';
import { DAY, HOUR, MINUTE, SECOND, localDayOf, localMidnight } from '../sim-time.js';
import { PLAN_NOTES, THIN_NOTES } from '../vocabulary/notes.js';
import { activityNote } from './notes.js';
import { recordedAfter } from './recording-lag.js';
import type { ActivityDraft, PlanDraft } from './sales-drafts.js';
import { workInstant, workInstantBetween } from './work-time.js';

const TYPES = [
  'call',
  'call',
  'call',
  'visit',
  'meeting',
  'email',
  'email',
  'message',
  'message',
  'note',
] as const;

/** A record activities hang on, and the window in which its owner works on it. */
export type ActivityTarget = {
  recordType: ActivityDraft['recordType'];
  recordId: string;
  customerId: string | null;
  contactName: string;
  fromMs: number;
  toMs: number;
  count: number;
};

export type SellerStyle = { behaviour: SalesBehaviour; english: boolean; endMs: number };

/**
 * The activities one seller logs on one record, in occurred order, with the follow-up plans they
 * set: a plan the seller means to keep is due when the next contact really happens (within the
 * ±24 h that completes it); one they will miss is due on a day with no contact. When the last
 * plan on the record comes due with no contact, the seller (with the archetype's plan execution)
 * follows up a few days late. Recording lag follows the archetype; activities not yet recorded
 * at the end are left out.
 */
export function draftRecordActivities(
  rng: Rng,
  style: SellerStyle,
  newId: IdFactory,
  target: ActivityTarget,
): ActivityDraft[] {
  const { behaviour: b } = style;
  const times: number[] = [];
  for (let i = 0; i < target.count; i += 1) {
    const at = workInstantBetween(rng, target.fromMs, target.toMs);
    if (at !== null) times.push(at);
  }
  times.sort((x, y) => x - y);
  const drafts: ActivityDraft[] = [];
  let pendingPlan: PlanDraft | null = null;
  for (let i = 0; i < times.length; i += 1) {
    let occurredMs = times[i] ?? target.fromMs;
    if (pendingPlan && pendingPlan.completedBy === 'intended') {
      // Keep the plan: this contact happens within a few hours of when it was due.
      occurredMs = Math.max(target.fromMs, pendingPlan.dueMs + rng.int(-4, 4) * HOUR);
    }
    const recordedMs = recordedAfter(rng, b.lag, occurredMs);
    if (recordedMs >= style.endMs || occurredMs >= style.endMs) continue;
    const next = times[i + 1];
    let plan: PlanDraft | null = null;
    // The last contact on a record that closes (an opportunity won or lost, a lead decided) sets no next step.
    const closing = next === undefined && target.toMs < style.endMs;
    if (!closing && rng.chance(b.planRate)) {
      const keep = next !== undefined && rng.chance(b.planExecution);
      // A plan is set when the activity is entered: one made late is due after that, not before.
      const dueMs =
        keep && next !== undefined
          ? workInstant(rng, Math.max(localDayOf(next), localDayOf(recordedMs) + 1))
          : localMidnight(localDayOf(recordedMs) + rng.int(2, 9)) + rng.int(9, 17) * HOUR;
      plan = {
        id: newId(recordedMs),
        recordType: target.recordType,
        recordId: target.recordId,
        customerId: target.customerId,
        dueMs,
        createdMs: recordedMs,
        note: rng.pick(PLAN_NOTES),
        completedMs: null,
        completedBy: keep ? 'intended' : null,
        completedRecordedMs: null,
      };
    }
    drafts.push({
      id: newId(recordedMs),
      type: rng.pick(TYPES),
      recordType: target.recordType,
      recordId: target.recordId,
      customerId: target.customerId,
      content: activityNote(rng, b, target.contactName, style.english),
      occurredMs,
      recordedMs,
      deletedMs: null,
      plan,
      valid: 1,
    });
    pendingPlan = plan;
  }
  const last = drafts.at(-1);
  if (last?.plan && rng.chance(b.planExecution)) {
    // The reminder of the last plan, overdue: the seller follows up a few days late.
    const occurredMs = workInstant(rng, localDayOf(last.plan.dueMs) + rng.int(1, 3));
    const recordedMs = recordedAfter(rng, b.lag, occurredMs);
    if (recordedMs < style.endMs)
      drafts.push({
        ...last,
        id: newId(recordedMs),
        type: rng.pick(TYPES),
        content: activityNote(rng, b, target.contactName, style.english),
        occurredMs,
        recordedMs,
        plan: null,
      });
  }
  for (const d of drafts) if (d.plan) d.plan.completedBy = null;
  return drafts;
}

/**
 * Gamers enter their day in one sitting: each day's activities are recorded seconds apart in a
 * few minutes after 17:30 (Q5 bursts), each claimed to have happened just before.
 */
export function burstify(rng: Rng, drafts: ActivityDraft[], floorMs: Map<string, number>): void {
  const byDay = new Map<number, ActivityDraft[]>();
  for (const d of drafts) {
    const day = localDayOf(d.occurredMs);
    const list = byDay.get(day) ?? [];
    list.push(d);
    byDay.set(day, list);
  }
  for (const [day, list] of byDay) {
    let at = localMidnight(day) + 17 * HOUR + 30 * MINUTE + rng.int(0, 20) * MINUTE;
    for (const d of list) {
      at += rng.int(15, 45) * SECOND;
      const floor = floorMs.get(d.recordId) ?? 0;
      d.recordedMs = Math.max(at, floor + MINUTE);
      d.occurredMs = Math.max(floor, d.recordedMs - rng.int(1, 30) * MINUTE);
      if (d.plan) d.plan.createdMs = d.recordedMs;
    }
  }
}

/**
 * The fabricated activities a seller pads their record with (the archetype's `paddingRate` per
 * real one): each follows a real activity on the same record a few minutes after it was recorded,
 * with a thin note (Q3) or the real note pasted again (Q4), so none of it is valid. Drawn whether
 * or not it is kept, so that an honest twin's real work uses the same random stream.
 */
export function padActivities(
  rng: Rng,
  style: SellerStyle,
  newId: IdFactory,
  real: readonly ActivityDraft[],
): ActivityDraft[] {
  const padding: ActivityDraft[] = [];
  const rate = style.behaviour.paddingRate;
  if (rate <= 0) return padding;
  for (const d of real) {
    const count = Math.floor(rate) + (rng.next() < rate - Math.floor(rate) ? 1 : 0);
    for (let i = 0; i < count; i += 1) {
      const recordedMs = d.recordedMs + rng.int(1, 20) * MINUTE + i * SECOND;
      const thin = rng.chance(0.5);
      const content = thin ? rng.pick(THIN_NOTES) : d.content;
      const type = rng.pick(TYPES);
      if (recordedMs >= style.endMs) continue;
      padding.push({
        ...d,
        id: newId(recordedMs),
        type,
        content,
        occurredMs: Math.min(recordedMs, d.occurredMs + rng.int(0, 60) * MINUTE),
        recordedMs,
        plan: null,
        valid: 0,
      });
    }
  }
  return padding;
}

/** Whole days, for spreading counts. */
export const daysBetween = (fromMs: number, toMs: number) => Math.max(0, (toMs - fromMs) / DAY);
