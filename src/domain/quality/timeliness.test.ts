import { describe, it, expect } from 'vitest';
import { TIMELY_THRESHOLD_MS, isTimely } from './timeliness.js';

const HOUR = 60 * 60 * 1000;
const t0 = new Date(Date.UTC(2025, 5, 1, 2, 0, 0));
const after = (ms: number): Date => new Date(t0.getTime() + ms);

describe('isTimely', () => {
  it('is timely up to and including 24 h', () => {
    expect(TIMELY_THRESHOLD_MS).toBe(24 * HOUR);
    expect(isTimely(t0, t0)).toBe(true);
    expect(isTimely(t0, after(23 * HOUR))).toBe(true);
    expect(isTimely(t0, after(24 * HOUR))).toBe(true);
  });

  it('is late after 24 h', () => {
    expect(isTimely(t0, after(24 * HOUR + 1))).toBe(false);
    expect(isTimely(t0, after(72 * HOUR))).toBe(false);
  });

  it('counts recording before the effective time as timely', () => {
    expect(isTimely(t0, after(-5 * HOUR))).toBe(true);
  });
});
