import { shownTotal } from './shown-total.js';

export const AWARD_KINDS = ['best_crm_user', 'most_improved'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

/** Rules from docs/METRICS.md "Recognition". */
export const AWARD_RULES = {
  /** A group with fewer participants with a total gives no award. */
  minGroupSize: 3,
  /** Share of the template's items that must be applicable. */
  minApplicableShare: 0.8,
} as const;

/** One participant of a group, as the award rules see them. */
export type AwardCandidate = {
  userId: string;
  total: number | null;
  applicableShare: number;
  /** The person's data-quality flags raised before the period end and still open. */
  openFlags: number;
  /** The total in the previous cycle under the same role; null when not there or N/A. */
  previousTotal: number | null;
};

export type Ineligibility = 'no_total' | 'few_items_applicable' | 'open_flags';

export type AwardWinner = {
  userId: string;
  /** The total shown (one decimal) this cycle. */
  total: number;
  /** Most improved: the total shown in the previous cycle and the gain. */
  previousTotal?: number;
  gain?: number;
  /** The other winners of a shared (tied) award. */
  sharedWith: string[];
};

/** What an award decision is based on: stored with each grant as its evidence. */
export type AwardDecision = {
  kind: AwardKind;
  winners: AwardWinner[];
  /** Participants with a total in the group. */
  groupSize: number;
  eligible: number;
  excluded: { userId: string; reason: Ineligibility }[];
  /** Why nobody won, when nobody did. */
  noAward: 'group_too_small' | 'nobody_eligible' | 'no_previous_cycle' | 'no_gain' | null;
};

export function ineligibility(c: AwardCandidate, maxOpenFlags: number): Ineligibility | null {
  if (c.total === null) return 'no_total';
  if (c.applicableShare < AWARD_RULES.minApplicableShare) return 'few_items_applicable';
  if (c.openFlags > maxOpenFlags) return 'open_flags';
  return null;
}

type Scored = { candidate: AwardCandidate; total: number; measure: number };

function decide(
  kind: AwardKind,
  candidates: readonly AwardCandidate[],
  maxOpenFlags: number,
  measureOf: (c: AwardCandidate, total: number) => number | null,
  withDetails: (s: Scored) => Partial<AwardWinner>,
  hasPreviousCycle: boolean,
): AwardDecision {
  const groupSize = candidates.filter((c) => c.total !== null).length;
  const excluded: AwardDecision['excluded'] = [];
  const scored: Scored[] = [];
  for (const c of candidates) {
    const reason = ineligibility(c, maxOpenFlags);
    if (reason) excluded.push({ userId: c.userId, reason });
    else {
      const total = shownTotal(c.total as number);
      const measure = measureOf(c, total);
      if (measure !== null) scored.push({ candidate: c, total, measure });
    }
  }
  const eligible = candidates.length - excluded.length;
  const base = { kind, groupSize, eligible, excluded };
  if (groupSize < AWARD_RULES.minGroupSize)
    return { ...base, winners: [], noAward: 'group_too_small' };
  if (eligible === 0) return { ...base, winners: [], noAward: 'nobody_eligible' };
  if (!hasPreviousCycle) return { ...base, winners: [], noAward: 'no_previous_cycle' };
  if (scored.length === 0) return { ...base, winners: [], noAward: 'no_gain' };
  const best = Math.max(...scored.map((s) => s.measure));
  const top = scored
    .filter((s) => s.measure === best)
    .sort((a, b) => (a.candidate.userId < b.candidate.userId ? -1 : 1));
  const ids = top.map((s) => s.candidate.userId);
  return {
    ...base,
    noAward: null,
    winners: top.map((s) => ({
      userId: s.candidate.userId,
      total: s.total,
      ...withDetails(s),
      sharedWith: ids.filter((id) => id !== s.candidate.userId),
    })),
  };
}

/** Best CRM user: the eligible participant(s) with the highest total shown; ties share it. */
export function bestCrmUser(
  candidates: readonly AwardCandidate[],
  maxOpenFlags: number,
): AwardDecision {
  return decide(
    'best_crm_user',
    candidates,
    maxOpenFlags,
    (_c, total) => total,
    () => ({}),
    true,
  );
}

/**
 * Most improved: the largest positive gain of the total shown over the previous cycle's, among
 * eligible participants who had a total there under the same role; ties share it. Without a
 * previous cycle there is no award.
 */
export function mostImproved(
  candidates: readonly AwardCandidate[],
  maxOpenFlags: number,
  hasPreviousCycle: boolean,
): AwardDecision {
  const gainOf = (c: AwardCandidate, total: number): number | null => {
    if (c.previousTotal === null) return null;
    const gain = shownTotal(total - shownTotal(c.previousTotal));
    return gain > 0 ? gain : null;
  };
  return decide(
    'most_improved',
    candidates,
    maxOpenFlags,
    gainOf,
    (s) => ({
      previousTotal: shownTotal(s.candidate.previousTotal as number),
      gain: s.measure,
    }),
    hasPreviousCycle,
  );
}

export const AWARD_NAMES: Record<AwardKind, { nameZh: string; nameEn: string }> = {
  best_crm_user: { nameZh: '最佳 CRM 用户', nameEn: 'Best CRM user' },
  most_improved: { nameZh: '进步最大', nameEn: 'Most improved' },
};
