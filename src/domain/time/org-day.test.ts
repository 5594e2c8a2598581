import { describe, it, expect } from 'vitest';
import {
  DEFAULT_ORG_ZONE,
  assertZone,
  dayOrdinal,
  nextDay,
  orgDay,
  startOfLocalDay,
  startOfOrgDay,
} from './org-day.js';

describe('orgDay', () => {
  it('defaults to Asia/Shanghai (UTC+8)', () => {
    expect(DEFAULT_ORG_ZONE).toBe('Asia/Shanghai');
    // 2025-03-31T15:59:59Z is 23:59:59 on 31 March in Shanghai
    expect(orgDay(new Date('2025-03-31T15:59:59Z'))).toBe('2025-03-31');
    // 16:00Z is 00:00 on 1 April in Shanghai
    expect(orgDay(new Date('2025-03-31T16:00:00Z'))).toBe('2025-04-01');
  });

  it('follows the given zone', () => {
    expect(orgDay(new Date('2025-03-31T16:00:00Z'), 'UTC')).toBe('2025-03-31');
    expect(orgDay(new Date('2025-07-01T03:00:00Z'), 'America/New_York')).toBe('2025-06-30');
  });

  it('rejects an unknown zone', () => {
    expect(() => orgDay(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => assertZone('Nowhere')).toThrow(RangeError);
  });
});

describe('startOfOrgDay', () => {
  it('is local midnight as a UTC instant', () => {
    expect(startOfOrgDay('2025-04-01').toISOString()).toBe('2025-03-31T16:00:00.000Z');
    expect(startOfOrgDay('2025-04-01', 'UTC').toISOString()).toBe('2025-04-01T00:00:00.000Z');
    expect(startOfLocalDay('2025-04-01').zoneName).toBe('Asia/Shanghai');
  });

  it('rejects malformed or impossible days', () => {
    expect(() => startOfOrgDay('2025-02-30')).toThrow(RangeError);
    expect(() => startOfOrgDay('2025-4-1')).toThrow(RangeError);
    expect(() => startOfOrgDay('2025-04-01T00:00')).toThrow(RangeError);
  });
});

describe('dayOrdinal', () => {
  it('counts calendar days', () => {
    expect(dayOrdinal('1970-01-01')).toBe(0);
    expect(dayOrdinal('1970-01-02')).toBe(1);
    expect(dayOrdinal('2024-03-01') - dayOrdinal('2024-02-01')).toBe(29);
    expect(dayOrdinal('2025-03-01') - dayOrdinal('2025-02-01')).toBe(28);
  });

  it('rejects bad days', () => {
    expect(() => dayOrdinal('2025-13-01')).toThrow(RangeError);
    expect(() => dayOrdinal('yesterday')).toThrow(RangeError);
  });
});

describe('nextDay', () => {
  it('crosses month, leap-day and year ends', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
