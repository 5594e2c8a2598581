import { describe, it, expect } from 'vitest';
import { HEALTH_THRESHOLDS, isGamedSuspected, metricHealth } from './metric-health.js';

describe('metricHealth statistics', () => {
  // sorted scored: 0 20 50 80 100 100 110 120 120; one N/A
  const scores = [120, 0, null, 50, 20, 100, 80, 110, 100, 120];
  const h = metricHealth(scores, { cap: 120 });

  it('counts participants and scored users', () => {
    expect(h.participants).toBe(10);
    expect(h.scored).toBe(9);
  });

  it('mean, median, p10, p90 over the scored users', () => {
    expect(h.mean).toBeCloseTo(700 / 9, 12); // 77.78
    expect(h.median).toBe(100);
    expect(h.p10).toBeCloseTo(16, 12);
    expect(h.p90).toBe(120);
  });

  it('shares at cap, at 0, at target and halfway over the scored; N/A over all', () => {
    expect(h.shareAtCap).toBeCloseTo(2 / 9, 12);
    expect(h.shareAtZero).toBeCloseTo(1 / 9, 12);
    expect(h.shareAtOrAboveTarget).toBeCloseTo(5 / 9, 12); // 100 100 110 120 120
    expect(h.shareReachingHalfway).toBeCloseTo(7 / 9, 12); // from 50 up
    expect(h.shareNa).toBe(0.1);
  });

  it('raises no flag on a healthy item', () => {
    expect([h.saturated, h.unreachable, h.noisy, h.gamedSuspected]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('uses the default cap of 120 and honours another', () => {
    expect(metricHealth([120, 100]).shareAtCap).toBe(0.5);
    expect(metricHealth([100, 100, 90], { cap: 100 }).shareAtCap).toBeCloseTo(2 / 3, 12);
  });
});

describe('metricHealth flags', () => {
  it('saturated from 80 % at or above target', () => {
    expect(HEALTH_THRESHOLDS.saturatedShare).toBe(0.8);
    expect(metricHealth([100, 105, 120, 120, 90]).saturated).toBe(true); // 4/5
    expect(metricHealth([100, 105, 120, 90, 90]).saturated).toBe(false); // 3/5
  });

  it('counts a score a hair under 100 from floating-point noise as at target', () => {
    expect(metricHealth([99.99999999999999, 100, 100, 100, 100]).shareAtOrAboveTarget).toBe(1);
    expect(metricHealth([99.9, 100]).shareAtOrAboveTarget).toBe(0.5);
  });

  it('unreachable when at most 10 % reach score 50', () => {
    const one = [0, 0, 0, 0, 0, 10, 20, 30, 49.9, 60]; // 1/10 reach 50
    expect(metricHealth(one).unreachable).toBe(true);
    const two = [0, 0, 0, 0, 0, 10, 20, 30, 50, 60]; // 2/10
    expect(metricHealth(two).unreachable).toBe(false);
  });

  it('noisy from 30 % N/A', () => {
    const three = [null, null, null, 50, 50, 50, 50, 50, 50, 50];
    expect(metricHealth(three).noisy).toBe(true);
    expect(metricHealth(three.slice(1)).noisy).toBe(false); // 2/9 ≈ 0.22
  });

  it('gamed? from the flag rates', () => {
    expect(metricHealth([50], { flagRate: 0.1, previousFlagRate: 0.05 }).gamedSuspected).toBe(true);
  });

  it('with no scored user: statistics null, only noisy can fire', () => {
    const h = metricHealth([null, null]);
    expect(h.mean).toBeNull();
    expect(h.median).toBeNull();
    expect(h.p10).toBeNull();
    expect(h.shareAtCap).toBeNull();
    expect(h.shareNa).toBe(1);
    expect([h.saturated, h.unreachable, h.noisy]).toEqual([false, false, true]);
  });

  it('with no participants: all null, no flags', () => {
    const h = metricHealth([]);
    expect(h.participants).toBe(0);
    expect(h.shareNa).toBeNull();
    expect([h.saturated, h.unreachable, h.noisy, h.gamedSuspected]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('rejects non-finite scores', () => {
    expect(() => metricHealth([Number.NaN])).toThrow(RangeError);
  });
});

describe('isGamedSuspected', () => {
  it('fires when the flag rate at least doubles', () => {
    expect(isGamedSuspected(0.1, 0.05)).toBe(true);
    expect(isGamedSuspected(0.3, 0.1)).toBe(true);
    expect(isGamedSuspected(0.099, 0.05)).toBe(false);
    expect(isGamedSuspected(0.05, 0.1)).toBe(false);
  });

  it('fires on any rise from 0, never on 0', () => {
    expect(isGamedSuspected(0.01, 0)).toBe(true);
    expect(isGamedSuspected(0, 0)).toBe(false);
  });

  it('needs both rates', () => {
    expect(isGamedSuspected(0.5, null)).toBe(false);
    expect(isGamedSuspected(null, 0.1)).toBe(false);
    expect(isGamedSuspected(undefined, undefined)).toBe(false);
  });
});
