import { describe, expect, it } from 'vitest';
import { ageingBucket, bucketSignedRange, shiftDay } from './ageing.js';

describe('ageing', () => {
  it('puts a balance in its bucket by days since signing', () => {
    expect(ageingBucket('2026-03-31', '2026-03-31')).toBe('d0_30');
    expect(ageingBucket('2026-03-01', '2026-03-31')).toBe('d0_30');
    expect(ageingBucket('2026-02-28', '2026-03-31')).toBe('d31_60');
    expect(ageingBucket('2026-01-30', '2026-03-31')).toBe('d31_60');
    expect(ageingBucket('2026-01-29', '2026-03-31')).toBe('d61_90');
    expect(ageingBucket('2025-12-31', '2026-03-31')).toBe('d61_90');
    expect(ageingBucket('2025-12-30', '2026-03-31')).toBe('over_90');
  });

  it('gives each bucket the signed days it covers', () => {
    expect(bucketSignedRange('d0_30', '2026-03-31')).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(bucketSignedRange('d31_60', '2026-03-31')).toEqual({
      from: '2026-01-30',
      to: '2026-02-28',
    });
    expect(bucketSignedRange('over_90', '2026-03-31')).toEqual({ to: '2025-12-30' });
  });

  it('shifts days across month and year ends', () => {
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2025-12-31', 1)).toBe('2026-01-01');
  });
});
