import { describe, expect, it } from 'vitest';
import { stageDurations, stayDays } from './stage-durations.js';

describe('stageDurations', () => {
  it('takes the median and p80 per stage and marks the slowest median', () => {
    const rows = stageDurations(
      ['s1', 's2', 's3'],
      [
        { stageId: 's1', days: 1 },
        { stageId: 's1', days: 3 },
        { stageId: 's2', days: 2 },
        { stageId: 's2', days: 4 },
        { stageId: 's2', days: 10 },
      ],
    );
    // s1: median 2, p80 = 1 + 0.8 × 2 = 2.6; s2: median 4, p80 at h = 1.6 → 4 + 0.6 × 6 = 7.6.
    expect(rows).toEqual([
      { stageId: 's1', stays: 2, medianDays: 2, p80Days: 2.6, bottleneck: false },
      {
        stageId: 's2',
        stays: 3,
        medianDays: 4,
        p80Days: expect.closeTo(7.6, 10),
        bottleneck: true,
      },
      { stageId: 's3', stays: 0, medianDays: null, p80Days: null, bottleneck: false },
    ]);
  });

  it('breaks a tie on the median by the p80, then by the earlier stage', () => {
    const tie = stageDurations(
      ['a', 'b', 'c'],
      [
        { stageId: 'a', days: 2 },
        { stageId: 'b', days: 1 },
        { stageId: 'b', days: 3 },
        { stageId: 'c', days: 2 },
      ],
    );
    expect(tie.map((r) => r.bottleneck)).toEqual([false, true, false]);
    const same = stageDurations(
      ['a', 'c'],
      [
        { stageId: 'a', days: 2 },
        { stageId: 'c', days: 2 },
      ],
    );
    expect(same.map((r) => r.bottleneck)).toEqual([true, false]);
  });

  it('names no bottleneck without stays', () => {
    expect(stageDurations(['a'], []).some((r) => r.bottleneck)).toBe(false);
  });

  it('measures a stay in exact days', () => {
    expect(stayDays('2026-03-01T00:00:00.000Z', '2026-03-02T12:00:00.000Z')).toBe(1.5);
  });
});
