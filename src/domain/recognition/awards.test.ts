import { describe, expect, it } from 'vitest';
import { bestCrmUser, ineligibility, mostImproved, type AwardCandidate } from './awards.js';

const c = (userId: string, total: number | null, more: Partial<AwardCandidate> = {}) => ({
  userId,
  total,
  applicableShare: 1,
  openFlags: 0,
  previousTotal: null,
  ...more,
});

describe('ineligibility', () => {
  it('needs a total', () => {
    expect(ineligibility(c('a', null), 0)).toBe('no_total');
  });

  it('needs at least 80 % of the items applicable (80 % exactly is enough)', () => {
    expect(ineligibility(c('a', 90, { applicableShare: 0.8 }), 0)).toBeNull();
    expect(ineligibility(c('a', 90, { applicableShare: 0.79 }), 0)).toBe('few_items_applicable');
  });

  it('allows open flags up to the threshold, not over it', () => {
    expect(ineligibility(c('a', 90, { openFlags: 1 }), 0)).toBe('open_flags');
    expect(ineligibility(c('a', 90, { openFlags: 2 }), 2)).toBeNull();
    expect(ineligibility(c('a', 90, { openFlags: 3 }), 2)).toBe('open_flags');
  });
});

describe('bestCrmUser', () => {
  it('goes to the highest total', () => {
    const d = bestCrmUser([c('a', 80), c('b', 95.2), c('c', 70)], 0);
    expect(d.winners).toEqual([{ userId: 'b', total: 95.2, sharedWith: [] }]);
    expect(d).toMatchObject({ groupSize: 3, eligible: 3, excluded: [], noAward: null });
  });

  it('passes over a higher total with open flags, and says why', () => {
    const d = bestCrmUser([c('a', 99, { openFlags: 1 }), c('b', 90), c('c', 70)], 0);
    expect(d.winners.map((w) => w.userId)).toEqual(['b']);
    expect(d.excluded).toEqual([{ userId: 'a', reason: 'open_flags' }]);
    expect(d.eligible).toBe(2);
  });

  it('shares a tie on the total shown (91.26 and 91.34 both show 91.3)', () => {
    const d = bestCrmUser([c('b', 91.34), c('a', 91.26), c('c', 91.2)], 0);
    expect(d.winners).toEqual([
      { userId: 'a', total: 91.3, sharedWith: ['b'] },
      { userId: 'b', total: 91.3, sharedWith: ['a'] },
    ]);
  });

  it('gives nothing in a group of fewer than 3 with a total', () => {
    const d = bestCrmUser([c('a', 90), c('b', 80), c('c', null)], 0);
    expect(d).toMatchObject({ winners: [], groupSize: 2, noAward: 'group_too_small' });
  });

  it('gives nothing when nobody is eligible', () => {
    const flagged = { openFlags: 2 };
    const d = bestCrmUser([c('a', 90, flagged), c('b', 80, flagged), c('c', 70, flagged)], 1);
    expect(d).toMatchObject({ winners: [], eligible: 0, noAward: 'nobody_eligible' });
  });
});

describe('mostImproved', () => {
  it('goes to the largest gain of the totals shown', () => {
    const d = mostImproved(
      [
        c('a', 90, { previousTotal: 85 }), // +5
        c('b', 70.04, { previousTotal: 60.06 }), // 70.0 − 60.1 = +9.9
        c('c', 95, { previousTotal: 99 }), // −4
      ],
      0,
      true,
    );
    expect(d.winners).toEqual([
      { userId: 'b', total: 70, previousTotal: 60.1, gain: 9.9, sharedWith: [] },
    ]);
  });

  it('needs a previous cycle', () => {
    const d = mostImproved([c('a', 90), c('b', 80), c('c', 70)], 0, false);
    expect(d).toMatchObject({ winners: [], noAward: 'no_previous_cycle' });
  });

  it('needs the person in the previous cycle and a gain above zero', () => {
    const d = mostImproved(
      [c('a', 90), c('b', 80, { previousTotal: 80 }), c('c', 70, { previousTotal: 75 })],
      0,
      true,
    );
    expect(d).toMatchObject({ winners: [], noAward: 'no_gain' });
  });

  it('shares a tie and leaves flagged people out', () => {
    const d = mostImproved(
      [
        c('a', 80, { previousTotal: 70 }),
        c('b', 70, { previousTotal: 60 }),
        c('c', 90, { previousTotal: 50, openFlags: 1 }),
      ],
      0,
      true,
    );
    expect(d.winners.map((w) => [w.userId, w.gain, w.sharedWith])).toEqual([
      ['a', 10, ['b']],
      ['b', 10, ['a']],
    ]);
    expect(d.excluded).toEqual([{ userId: 'c', reason: 'open_flags' }]);
  });
});
