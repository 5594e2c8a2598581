import { describe, expect, it } from 'vitest';
import { BADGE_LIMITS, evaluateBadge, meetsThreshold, type BadgeRule } from './badge-rule.js';
import { BUILT_IN_BADGES } from './built-in-badges.js';

const cycles = (count: number): BadgeRule => ({
  metric: 'profile_completeness',
  threshold: 1,
  window: { kind: 'cycles', count },
});
const obs = (...values: (number | null)[]) =>
  values.map((value, i) => ({ occasion: `c${i + 1}`, value }));

describe('meetsThreshold', () => {
  it('is ≥ for higher-is-better and ≤ for lower-is-better, N/A never meets', () => {
    expect(meetsThreshold(1, 1, '+')).toBe(true);
    expect(meetsThreshold(0.99, 1, '+')).toBe(false);
    expect(meetsThreshold(0, 0, '-')).toBe(true);
    expect(meetsThreshold(0.01, 0, '-')).toBe(false);
    expect(meetsThreshold(null, 0, '-')).toBe(false);
    expect(meetsThreshold(Number.NaN, 0, '+')).toBe(false);
  });

  it('does not miss a threshold by floating-point noise', () => {
    expect(meetsThreshold(0.1 + 0.2, 0.3, '+')).toBe(true);
  });
});

describe('evaluateBadge', () => {
  it('needs the last n cycles running, each meeting the threshold', () => {
    expect(evaluateBadge(cycles(3), '+', obs(0.5, 1, 1, 1))).toEqual({
      metric: 'profile_completeness',
      threshold: 1,
      window: { kind: 'cycles', count: 3 },
      observations: obs(0.5, 1, 1, 1).slice(1),
    });
  });

  it('is not earned when one of the last n misses, is N/A, or the person was absent', () => {
    expect(evaluateBadge(cycles(3), '+', obs(1, 1, 0.9))).toBeNull();
    expect(evaluateBadge(cycles(3), '+', obs(1, null, 1))).toBeNull();
    expect(evaluateBadge(cycles(3), '+', obs(1, 1, 1, 0.9))).toBeNull();
  });

  it('is not earned with fewer cycles than the run needs', () => {
    expect(evaluateBadge(cycles(3), '+', obs(1, 1))).toBeNull();
    expect(evaluateBadge(cycles(1), '+', [])).toBeNull();
  });

  it('judges a days or month rule on its one period', () => {
    const days: BadgeRule = {
      metric: 'update_timeliness',
      threshold: 1,
      window: { kind: 'days', days: 30 },
    };
    expect(evaluateBadge(days, '+', obs(1))?.observations).toEqual(obs(1));
    expect(evaluateBadge(days, '+', obs(0.97))).toBeNull();
    const month: BadgeRule = { ...days, metric: 'plan_execution', window: { kind: 'month' } };
    expect(evaluateBadge(month, '+', obs(null))).toBeNull();
  });

  it('uses ≤ for a lower-is-better metric', () => {
    const rule: BadgeRule = {
      metric: 'data_flag_rate',
      threshold: 0,
      window: { kind: 'cycles', count: 2 },
    };
    expect(evaluateBadge(rule, '-', obs(0, 0))).not.toBeNull();
    expect(evaluateBadge(rule, '-', obs(0, 0.02))).toBeNull();
  });
});

describe('BUILT_IN_BADGES', () => {
  it('has at least 8 badges with distinct keys', () => {
    const keys = BUILT_IN_BADGES.map((b) => b.key);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { rule } of BUILT_IN_BADGES) {
      const w = rule.window;
      if (w.kind === 'cycles') expect(w.count).toBeLessThanOrEqual(BADGE_LIMITS.maxCycles);
      if (w.kind === 'days') expect(w.days).toBeLessThanOrEqual(BADGE_LIMITS.maxDays);
    }
  });
});
