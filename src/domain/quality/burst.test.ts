import { describe, it, expect } from 'vitest';
import { BURST_MIN_COUNT, BURST_WINDOW_MS, findBursts, type TimedActivity } from './burst.js';

const t0 = Date.UTC(2025, 2, 3, 1, 0, 0); // 09:00 in Shanghai
const SECOND = 1000;
const at = (id: string, secondsAfter: number): TimedActivity => ({
  id,
  recordedAt: new Date(t0 + secondsAfter * SECOND),
});
/** n activities, one every `step` seconds from `from`. */
const series = (prefix: string, n: number, step: number, from = 0): TimedActivity[] =>
  Array.from({ length: n }, (_, i) => at(`${prefix}${i}`, from + i * step));

describe('findBursts', () => {
  it('flags 10 activities within 10 minutes', () => {
    expect(BURST_MIN_COUNT).toBe(10);
    expect(BURST_WINDOW_MS).toBe(600 * SECOND);
    const acts = series('a', 10, 60); // 0 s … 540 s
    expect(findBursts(acts)).toEqual(acts.map((a) => a.id));
  });

  it('does not flag 9 activities', () => {
    expect(findBursts(series('a', 9, 1))).toEqual([]);
  });

  it('uses a half-open window: 10 activities spanning exactly 10 minutes are not a burst', () => {
    const acts = [...series('a', 9, 60), at('last', 600)];
    expect(findBursts(acts)).toEqual([]);
    const justInside = [...series('a', 9, 60), { id: 'last', recordedAt: new Date(t0 + 599_999) }];
    expect(findBursts(justInside)).toHaveLength(10);
  });

  it('flags only the activities inside a burst window', () => {
    const acts = [at('early', -3600), ...series('b', 10, 30), at('late', 3600)];
    expect(findBursts(acts)).toEqual(series('b', 10, 30).map((a) => a.id));
  });

  it('flags every activity of a long burst, through overlapping windows', () => {
    const acts = series('a', 25, 50); // one every 50 s for 20 minutes: every window holds 12
    expect(findBursts(acts)).toHaveLength(25);
  });

  it('flags activities recorded at the same instant', () => {
    expect(findBursts(series('a', 12, 0))).toHaveLength(12);
  });

  it('ignores input order', () => {
    const acts = series('a', 10, 10).reverse();
    expect(findBursts(acts)).toEqual(acts.map((a) => a.id));
  });

  it('returns nothing for no activities', () => {
    expect(findBursts([])).toEqual([]);
  });
});
