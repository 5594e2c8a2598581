import { describe, it, expect } from 'vitest';
import { formatScore, roundForDisplay } from './display-score.js';

describe('roundForDisplay', () => {
  it('rounds to one decimal, half away from zero', () => {
    expect(roundForDisplay(92.34)).toBe(92.3);
    expect(roundForDisplay(92.35)).toBe(92.4);
    expect(roundForDisplay(92.25)).toBe(92.3);
    expect(roundForDisplay(-0.05)).toBe(-0.1);
    expect(roundForDisplay(0.04)).toBe(0);
  });

  it('gives the hand-computed digit despite floating-point noise', () => {
    // 100 × 0.0185 is 1.8499999999999999 in binary floating point; on paper it is 1.85 → 1.9
    expect(100 * 0.0185).toBeLessThan(1.85);
    expect(roundForDisplay(100 * 0.0185)).toBe(1.9);
    expect(roundForDisplay(10 * 0.235)).toBe(2.4);
    expect(roundForDisplay(1.005, 2)).toBe(1.01);
  });

  it('never returns -0', () => {
    expect(Object.is(roundForDisplay(-0.01), 0)).toBe(true);
  });

  it('supports other precisions', () => {
    expect(roundForDisplay(30.25, 0)).toBe(30);
    expect(roundForDisplay(30.5, 0)).toBe(31);
    expect(roundForDisplay(12.3456, 2)).toBe(12.35);
  });

  it('rejects bad input', () => {
    expect(() => roundForDisplay(Number.NaN)).toThrow(RangeError);
    expect(() => roundForDisplay(1, 7)).toThrow(RangeError);
    expect(() => roundForDisplay(1, 1.5)).toThrow(RangeError);
  });
});

describe('formatScore', () => {
  it('always shows one decimal', () => {
    expect(formatScore(90)).toBe('90.0');
    expect(formatScore(89.96)).toBe('90.0');
    expect(formatScore(120)).toBe('120.0');
    expect(formatScore(0)).toBe('0.0');
    expect(formatScore(75.04)).toBe('75.0');
  });
});
