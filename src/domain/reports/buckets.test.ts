import { describe, expect, it } from 'vitest';
import { dayBuckets } from './buckets.js';

describe('dayBuckets', () => {
  it('cuts a range into calendar months, clipped at both ends', () => {
    expect(dayBuckets('2026-01-15', '2026-03-10', 'month')).toEqual([
      { firstDay: '2026-01-15', lastDay: '2026-01-31' },
      { firstDay: '2026-02-01', lastDay: '2026-02-28' },
      { firstDay: '2026-03-01', lastDay: '2026-03-10' },
    ]);
  });

  it('cuts a range into Monday-to-Sunday weeks', () => {
    // 1 March 2026 is a Sunday; 2, 9 and 16 March are Mondays.
    expect(dayBuckets('2026-03-01', '2026-03-17', 'week')).toEqual([
      { firstDay: '2026-03-01', lastDay: '2026-03-01' },
      { firstDay: '2026-03-02', lastDay: '2026-03-08' },
      { firstDay: '2026-03-09', lastDay: '2026-03-15' },
      { firstDay: '2026-03-16', lastDay: '2026-03-17' },
    ]);
  });

  it('gives one bucket for a single day and none for an inverted range', () => {
    expect(dayBuckets('2026-03-04', '2026-03-04', 'week')).toEqual([
      { firstDay: '2026-03-04', lastDay: '2026-03-04' },
    ]);
    expect(dayBuckets('2026-03-04', '2026-03-03', 'month')).toEqual([]);
  });
});
