import { describe, it, expect } from 'vitest';
import { effectiveTarget, findUserTarget, type UserTarget } from './effective-target.js';

const targets: UserTarget[] = [
  { userId: 'u1', metricId: 'won_amount', target: 30_000_000 },
  { userId: 'u2', metricId: 'won_amount', target: 50_000_000 },
  { userId: 'u1', metricId: 'win_rate', target: 0.35 },
];

describe('findUserTarget', () => {
  it("finds the user's own target for the metric", () => {
    expect(findUserTarget(targets, 'u1', 'won_amount')).toBe(30_000_000);
    expect(findUserTarget(targets, 'u2', 'won_amount')).toBe(50_000_000);
    expect(findUserTarget(targets, 'u1', 'win_rate')).toBe(0.35);
  });

  it('is null when there is none', () => {
    expect(findUserTarget(targets, 'u2', 'win_rate')).toBeNull();
    expect(findUserTarget([], 'u1', 'won_amount')).toBeNull();
  });

  it('throws on two targets for the same user and metric', () => {
    const doubled = [...targets, { userId: 'u1', metricId: 'won_amount', target: 1 }];
    expect(() => findUserTarget(doubled, 'u1', 'won_amount')).toThrow(RangeError);
  });
});

describe('effectiveTarget', () => {
  it('takes the per-user target over the template target', () => {
    expect(effectiveTarget(20_000_000, 30_000_000)).toEqual({ target: 30_000_000, source: 'user' });
  });

  it('falls back to the template target', () => {
    expect(effectiveTarget(20_000_000, null)).toEqual({ target: 20_000_000, source: 'template' });
    expect(effectiveTarget(20_000_000, undefined)).toEqual({
      target: 20_000_000,
      source: 'template',
    });
  });

  it('keeps a per-user target of 0 (it is a value, not "no target")', () => {
    expect(effectiveTarget(5, 0)).toEqual({ target: 0, source: 'user' });
  });

  it('rejects a non-finite per-user target', () => {
    expect(() => effectiveTarget(5, Number.NaN)).toThrow(RangeError);
  });
});
