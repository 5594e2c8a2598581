import { describe, it, expect } from 'vitest';
import { BACKFILL_THRESHOLD_MS, isBackfill } from './backfill.js';

const HOUR = 60 * 60 * 1000;
const t0 = new Date(Date.UTC(2025, 5, 1, 2, 0, 0));
const after = (ms: number): Date => new Date(t0.getTime() + ms);

describe('isBackfill (Q6)', () => {
  it('is more than 72 h between occurring and recording', () => {
    expect(BACKFILL_THRESHOLD_MS).toBe(72 * HOUR);
    expect(isBackfill(t0, after(72 * HOUR + 1))).toBe(true);
    expect(isBackfill(t0, after(10 * 24 * HOUR))).toBe(true);
  });

  it('exactly 72 h, less, or recorded before it occurred is not a backfill', () => {
    expect(isBackfill(t0, after(72 * HOUR))).toBe(false);
    expect(isBackfill(t0, after(HOUR))).toBe(false);
    expect(isBackfill(t0, t0)).toBe(false);
    expect(isBackfill(t0, after(-HOUR))).toBe(false);
  });
});
