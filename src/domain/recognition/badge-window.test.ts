import { describe, expect, it } from 'vitest';
import { badgeWindowPeriod } from './badge-window.js';

describe('badgeWindowPeriod', () => {
  it('is the d full org-zone days before today', () => {
    const { period, occasion } = badgeWindowPeriod(
      { kind: 'days', days: 30 },
      '2026-03-05',
      'Asia/Shanghai',
    );
    expect(occasion).toBe('2026-02-03..2026-03-04');
    // Shanghai is UTC+8: local midnight is 16:00 UTC the day before.
    expect(period.start.toISOString()).toBe('2026-02-02T16:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-03-04T16:00:00.000Z');
  });

  it('is the previous calendar month, across a year end', () => {
    expect(badgeWindowPeriod({ kind: 'month' }, '2026-03-31', 'UTC').occasion).toBe(
      '2026-02-01..2026-02-28',
    );
    const january = badgeWindowPeriod({ kind: 'month' }, '2026-01-01', 'UTC');
    expect(january.occasion).toBe('2025-12-01..2025-12-31');
    expect(january.period.end.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
