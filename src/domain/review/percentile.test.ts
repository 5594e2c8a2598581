import { describe, it, expect } from 'vitest';
import { percentile } from './percentile.js';

describe('percentile (linear interpolation, type 7)', () => {
  const values = [120, 0, 50, 20, 100, 80, 110, 100, 120]; // sorted 0 20 50 80 100 100 110 120 120

  it('interpolates between closest ranks', () => {
    // p10: h = 8 × 0.1 = 0.8 → 0 + 0.8 × (20 − 0) = 16
    expect(percentile(values, 0.1)).toBeCloseTo(16, 12);
    // p90: h = 7.2 → 120 + 0.2 × (120 − 120) = 120
    expect(percentile(values, 0.9)).toBe(120);
    // p25: h = 2 → 50
    expect(percentile(values, 0.25)).toBe(50);
  });

  it('p50 is the median, with the even-count midpoint', () => {
    expect(percentile(values, 0.5)).toBe(100);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('p0 and p100 are the minimum and maximum', () => {
    expect(percentile(values, 0)).toBe(0);
    expect(percentile(values, 1)).toBe(120);
  });

  it('matches a spreadsheet on 1…10', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    // PERCENTILE.INC(1..10, 0.1) = 1.9, (…, 0.9) = 9.1
    expect(percentile(ten, 0.1)).toBeCloseTo(1.9, 12);
    expect(percentile(ten, 0.9)).toBeCloseTo(9.1, 12);
  });

  it('a single value is every percentile; no values → null', () => {
    expect(percentile([42], 0.1)).toBe(42);
    expect(percentile([42], 0.9)).toBe(42);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('rejects p outside [0, 1] and non-finite values', () => {
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 0.5)).toThrow(RangeError);
  });
});
