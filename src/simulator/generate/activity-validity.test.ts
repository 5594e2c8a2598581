import { describe, expect, it } from 'vitest';
import { deleteReviewedInvalid, settlePlans, settleValidity } from './activity-validity.js';
import type { ActivityDraft, PlanDraft } from './sales-drafts.js';

const H = 3_600_000;
const D = 24 * H;
const T0 = Date.UTC(2026, 8, 1, 1);

const plan = (id: string, dueMs: number, createdMs: number): PlanDraft => ({
  id,
  recordType: 'customer',
  recordId: 'c1',
  customerId: 'c1',
  dueMs,
  createdMs,
  note: '电话回访',
  completedMs: null,
  completedBy: null,
  completedRecordedMs: null,
});

const activity = (
  id: string,
  occurredMs: number,
  content: string,
  p: PlanDraft | null = null,
): ActivityDraft => ({
  id,
  type: 'call',
  recordType: 'customer',
  recordId: 'c1',
  customerId: 'c1',
  content,
  occurredMs,
  recordedMs: occurredMs + H,
  deletedMs: null,
  plan: p,
  valid: 1,
});

describe('settlePlans', () => {
  it('completes a plan in its ±24 h window, and names an overdue one on a later contact', () => {
    const kept = plan('p1', T0 + 2 * D, T0 + H);
    const missed = plan('p2', T0 + 5 * D, T0 + 2 * D + H);
    const drafts = [
      activity('a1', T0, '第一次电话沟通，客户对报价有兴趣', kept),
      activity('a2', T0 + 2 * D + 3 * H, '按计划回访，确认了演示时间', missed),
      // Nine days after p2 was due: outside its window, so it ticks p2 off by name.
      activity('a3', T0 + 14 * D, '补上回访，客户下周给答复'),
    ];
    settleValidity(drafts);
    settlePlans(drafts);
    expect(kept).toMatchObject({ completedBy: 'a2', completedMs: T0 + 2 * D + 3 * H });
    expect(missed).toMatchObject({ completedBy: 'a3', completedMs: T0 + 14 * D });
  });

  it('lets only a valid activity complete a plan', () => {
    const p = plan('p1', T0 + D, T0 + H);
    const drafts = [
      activity('a1', T0, '第一次电话沟通，客户有兴趣', p),
      activity('a2', T0 + D, '再说'),
    ];
    settleValidity(drafts);
    settlePlans(drafts);
    expect(drafts[1]?.valid).toBe(0);
    expect(p.completedBy).toBeNull();
  });
});

describe('deleteReviewedInvalid', () => {
  it('deletes invalid activities a week after they were entered, if that is before the end, and keeps their verdict', () => {
    const drafts = [
      activity('a1', T0, '第一次电话沟通，客户对报价有兴趣'),
      activity('a2', T0 + 10 * 60_000, '第一次电话沟通，客户对报价有兴趣'),
      activity('a3', T0 + 20 * D, '跟进中'),
    ];
    settleValidity(drafts);
    expect(drafts.map((d) => d.valid)).toEqual([1, 0, 0]);
    deleteReviewedInvalid(drafts, T0 + 25 * D);
    // a2 was entered at T0 + 10 min + 1 h: deleted a week later. a3's week ends after the end.
    expect(drafts.map((d) => d.deletedMs)).toEqual([null, T0 + 10 * 60_000 + H + 7 * D, null]);
    expect(drafts.map((d) => d.valid)).toEqual([1, 0, 0]);
  });
});
