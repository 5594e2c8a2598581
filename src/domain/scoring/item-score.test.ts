import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { itemScore } from './item-score.js';
import type { Direction, ScoringRule } from './scoring-rule.js';

describe('itemScore, dir +', () => {
  // win_rate: floor 20 %, target 40 %
  const rule: ScoringRule = { dir: '+', floor: 0.2, target: 0.4 };

  it('is 0 at the floor, 100 at the target, linear between', () => {
    expect(itemScore(0.2, rule)).toBe(0);
    expect(itemScore(0.4, rule)).toBeCloseTo(100, 10);
    expect(itemScore(0.3, rule)).toBeCloseTo(50, 10);
    expect(itemScore(0.35, rule)).toBeCloseTo(75, 10);
  });

  it('is 0 below the floor, never negative', () => {
    expect(itemScore(0, rule)).toBe(0);
  });

  it('exceeds 100 above the target up to the default cap of 120', () => {
    expect(itemScore(0.42, rule)).toBeCloseTo(110, 10);
    expect(itemScore(0.44, rule)).toBeCloseTo(120, 10);
    expect(itemScore(0.9, rule)).toBe(120);
  });

  it('honours a custom cap', () => {
    expect(itemScore(0.9, { ...rule, cap: 100 })).toBe(100);
    expect(itemScore(0.9, { ...rule, cap: 150 })).toBe(150);
  });

  it('scores money against a per-user target: ¥240,000 of ¥300,000 from floor 0 is 80', () => {
    expect(itemScore(24_000_000, { dir: '+', floor: 0, target: 30_000_000 })).toBe(80);
  });
});

describe('itemScore, dir −', () => {
  // avg_deal_cycle_days: floor 60 days (worse), target 30 days
  const rule: ScoringRule = { dir: '-', floor: 60, target: 30 };

  it('is 0 at the floor, 100 at the target, linear between', () => {
    expect(itemScore(60, rule)).toBe(0);
    expect(itemScore(30, rule)).toBe(100);
    expect(itemScore(45, rule)).toBe(50);
    expect(itemScore(36, rule)).toBe(80);
  });

  it('is 0 when worse than the floor', () => {
    expect(itemScore(90, rule)).toBe(0);
  });

  it('rises above 100 when better than the target, up to the cap', () => {
    expect(itemScore(27, rule)).toBe(110);
    expect(itemScore(24, rule)).toBe(120);
    expect(itemScore(0, rule)).toBe(120);
  });
});

describe('itemScore, edge cases', () => {
  it('N/A stays N/A', () => {
    expect(itemScore(null, { dir: '+', floor: 0, target: 1 })).toBeNull();
  });

  it('target === floor is pass/fail: 100 on reaching the target, else 0', () => {
    const plus: ScoringRule = { dir: '+', floor: 5, target: 5 };
    expect(itemScore(5, plus)).toBe(100);
    expect(itemScore(50, plus)).toBe(100);
    expect(itemScore(4.99, plus)).toBe(0);
    const minus: ScoringRule = { dir: '-', floor: 5, target: 5 };
    expect(itemScore(5, minus)).toBe(100);
    expect(itemScore(1, minus)).toBe(100);
    expect(itemScore(6, minus)).toBe(0);
    expect(itemScore(5, { ...plus, cap: 80 })).toBe(80);
  });

  it('throws on a target on the wrong side of the floor', () => {
    expect(() => itemScore(1, { dir: '+', floor: 10, target: 5 })).toThrow(RangeError);
    expect(() => itemScore(1, { dir: '-', floor: 5, target: 10 })).toThrow(RangeError);
  });

  it('throws on non-finite input', () => {
    expect(() => itemScore(Number.NaN, { dir: '+', floor: 0, target: 1 })).toThrow(RangeError);
    expect(() => itemScore(1, { dir: '+', floor: 0, target: Number.NaN })).toThrow(RangeError);
  });
});

describe('itemScore properties', () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const ruleArb = fc
    .record({
      dir: fc.constantFrom<Direction>('+', '-'),
      a: finite,
      b: finite,
      cap: fc.double({ min: 100, max: 300, noNaN: true }),
    })
    .filter(({ a, b }) => a !== b)
    .map(({ dir, a, b, cap }): ScoringRule => {
      const [low, high] = a < b ? [a, b] : [b, a];
      return dir === '+'
        ? { dir, floor: low, target: high, cap }
        : { dir, floor: high, target: low, cap };
    });

  it('a score always lies in [0, cap]', () => {
    fc.assert(
      fc.property(ruleArb, finite, (rule, v) => {
        const s = itemScore(v, rule);
        expect(s).not.toBeNull();
        expect(s ?? -1).toBeGreaterThanOrEqual(0);
        expect(s ?? Infinity).toBeLessThanOrEqual(rule.cap ?? 120);
      }),
    );
  });

  it('is monotone in the value in the metric direction', () => {
    fc.assert(
      fc.property(ruleArb, finite, finite, (rule, x, y) => {
        const [worse, better] = (rule.dir === '+' ? x <= y : x >= y) ? [x, y] : [y, x];
        expect(itemScore(better, rule) ?? -1).toBeGreaterThanOrEqual(itemScore(worse, rule) ?? 0);
      }),
    );
  });

  it('scores 0 at the floor and 100 at the target (up to rounding)', () => {
    fc.assert(
      fc.property(ruleArb, (rule) => {
        expect(itemScore(rule.floor, rule)).toBe(0);
        expect(itemScore(rule.target, rule)).toBeCloseTo(100, 6);
      }),
    );
  });
});
