import { describe, expect, it } from 'vitest';
import { activityQuality } from './activity-quality.js';

const recordedAt = '2026-03-10T12:00:00.000Z';

describe('activityQuality', () => {
  it('marks a substantial, promptly recorded activity valid and timely', () => {
    expect(
      activityQuality({
        content: '客户确认下周二来公司看演示',
        occurredAt: '2026-03-10T09:00:00.000Z',
        recordedAt,
      }),
    ).toEqual({ valid: 1, timely: 1, invalidBecause: [] });
  });

  it('makes thin content invalid (Q3) whatever its timing', () => {
    expect(
      activityQuality({ content: '  好的  ', occurredAt: '2026-03-10T09:00:00.000Z', recordedAt }),
    ).toMatchObject({ valid: 0, timely: 1, invalidBecause: ['Q3_thin'] });
  });

  it('is timely at exactly 24 hours and late just after', () => {
    const content = 'Discussed the renewal terms in detail';
    expect(
      activityQuality({ content, occurredAt: '2026-03-09T12:00:00.000Z', recordedAt }).timely,
    ).toBe(1);
    expect(
      activityQuality({ content, occurredAt: '2026-03-09T11:59:59.000Z', recordedAt }).timely,
    ).toBe(0);
  });
});
