import { describe, expect, it } from 'vitest';
import { returnReason, returnThresholds, ruleFor, type PoolRule } from './pool-return-rules.js';

const now = new Date('2026-03-31T04:00:00.000Z'); // 12:00 on 2026-03-31 in Shanghai
const zone = 'Asia/Shanghai';
const rules: PoolRule[] = [
  { level: null, daysWithoutFollowUp: 30, daysWithoutDeal: null },
  { level: 'A', daysWithoutFollowUp: 60, daysWithoutDeal: 90 },
];
const thresholds = returnThresholds(rules, now, zone);
const owned = '2025-01-01T00:00:00.000Z';

describe('pool return rules', () => {
  it('lets a level rule override the catch-all, which covers every other level and no level', () => {
    expect(ruleFor(rules, 'A')?.daysWithoutFollowUp).toBe(60);
    expect(ruleFor(rules, 'B')?.daysWithoutFollowUp).toBe(30);
    expect(ruleFor(rules, null)?.daysWithoutFollowUp).toBe(30);
    expect(thresholds.map((t) => t.level)).toEqual(['A', 'B', 'C', null]);
    expect(thresholds[0]).toEqual({
      level: 'A',
      followUpBefore: '2026-01-30T04:00:00.000Z',
      dealOnOrBefore: '2025-12-31',
      dealOwnedBefore: '2025-12-31T04:00:00.000Z',
    });
  });

  it('returns after N full days without a follow-up, counting from when the owner got it', () => {
    const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    expect(
      returnReason(
        { level: 'B', ownerSince: owned, lastFollowUpAt: at(30), lastDealOn: null },
        thresholds,
      ),
    ).toBe('no_follow_up');
    expect(
      returnReason(
        { level: 'B', ownerSince: owned, lastFollowUpAt: at(29), lastDealOn: null },
        thresholds,
      ),
    ).toBeNull();
    expect(
      returnReason(
        { level: 'A', ownerSince: owned, lastFollowUpAt: at(45), lastDealOn: null },
        thresholds,
      ),
    ).toBe('no_deal');
    expect(
      returnReason(
        { level: 'A', ownerSince: owned, lastFollowUpAt: at(45), lastDealOn: '2026-01-01' },
        thresholds,
      ),
    ).toBeNull();
    expect(
      returnReason(
        { level: 'C', ownerSince: at(3), lastFollowUpAt: null, lastDealOn: null },
        thresholds,
      ),
    ).toBeNull();
    expect(
      returnReason(
        { level: null, ownerSince: at(31), lastFollowUpAt: at(100), lastDealOn: null },
        thresholds,
      ),
    ).toBe('no_follow_up');
  });

  it('returns nothing without rules', () => {
    expect(returnThresholds([], now, zone)).toEqual([]);
  });
});
