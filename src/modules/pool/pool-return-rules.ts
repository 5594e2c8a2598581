import { DateTime } from 'luxon';
import { orgDay } from '../../domain/time/org-day.js';

export type Level = 'A' | 'B' | 'C';

/** A return-to-pool rule; a null number switches that test off. level null: every level without its own rule. */
export type PoolRule = {
  level: Level | null;
  daysWithoutFollowUp: number | null;
  daysWithoutDeal: number | null;
};

/**
 * The cut-offs that apply to customers of one level (null: customers without a level) at a
 * moment. A customer is due when the owner has had it for N days and its latest valid follow-up
 * (or deal) is N days old or more, or it has none.
 */
export type ReturnThreshold = {
  level: Level | null;
  /** Due without follow-up when owned since, and last followed up, at or before this instant. */
  followUpBefore: string | null;
  /** Due without a deal when owned since at or before `dealOwnedBefore` and the last deal was signed on or before this day. */
  dealOnOrBefore: string | null;
  dealOwnedBefore: string | null;
};

export type ReturnReason = 'no_follow_up' | 'no_deal';

const LEVELS: (Level | null)[] = ['A', 'B', 'C', null];

/** A level-specific rule overrides the catch-all for that level; levelless customers follow the catch-all. */
export function ruleFor(rules: PoolRule[], level: Level | null): PoolRule | undefined {
  return (
    (level !== null ? rules.find((r) => r.level === level) : undefined) ??
    rules.find((r) => r.level === null)
  );
}

const daysBefore = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString();

export function returnThresholds(rules: PoolRule[], now: Date, zone: string): ReturnThreshold[] {
  const today = DateTime.fromISO(orgDay(now, zone), { zone: 'UTC' });
  return LEVELS.flatMap((level) => {
    const rule = ruleFor(rules, level);
    if (!rule || (rule.daysWithoutFollowUp === null && rule.daysWithoutDeal === null)) return [];
    const deal = rule.daysWithoutDeal;
    return [
      {
        level,
        followUpBefore:
          rule.daysWithoutFollowUp === null ? null : daysBefore(now, rule.daysWithoutFollowUp),
        dealOnOrBefore: deal === null ? null : today.minus({ days: deal }).toISODate(),
        dealOwnedBefore: deal === null ? null : daysBefore(now, deal),
      },
    ];
  });
}

/**
 * Why a customer is due (the follow-up test first), or null when no rule returns it. The owner's
 * own time counts: a customer claimed yesterday is not due because its previous owner neglected it.
 */
export function returnReason(
  customer: {
    level: Level | null;
    ownerSince: string | null;
    lastFollowUpAt: string | null;
    lastDealOn: string | null;
  },
  thresholds: ReturnThreshold[],
): ReturnReason | null {
  const t = thresholds.find((x) => x.level === customer.level);
  if (!t || customer.ownerSince === null) return null;
  const owned = customer.ownerSince;
  if (
    t.followUpBefore !== null &&
    owned <= t.followUpBefore &&
    (customer.lastFollowUpAt === null || customer.lastFollowUpAt <= t.followUpBefore)
  )
    return 'no_follow_up';
  if (
    t.dealOnOrBefore !== null &&
    t.dealOwnedBefore !== null &&
    owned <= t.dealOwnedBefore &&
    (customer.lastDealOn === null || customer.lastDealOn <= t.dealOnOrBefore)
  )
    return 'no_deal';
  return null;
}
