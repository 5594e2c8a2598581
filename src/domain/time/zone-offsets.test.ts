import { describe, expect, it } from 'vitest';
import { offsetSegments } from './zone-offsets.js';

describe('offsetSegments', () => {
  it('is one segment in a zone without daylight saving', () => {
    expect(offsetSegments('Asia/Shanghai', '2025-01-01', '2026-12-31')).toEqual([
      { fromDay: '2025-01-01', offsetMinutes: 480 },
    ]);
  });

  it('starts a new segment on the first midnight after each switch', () => {
    // Berlin: summer time from 2026-03-29 02:00 to 2026-10-25 03:00; the midnight that opens
    // 29 March is still winter time (+60), the next one is summer time (+120).
    expect(offsetSegments('Europe/Berlin', '2026-03-01', '2026-11-30')).toEqual([
      { fromDay: '2026-03-01', offsetMinutes: 60 },
      { fromDay: '2026-03-30', offsetMinutes: 120 },
      { fromDay: '2026-10-26', offsetMinutes: 60 },
    ]);
  });

  it('handles zones behind UTC', () => {
    // New York: daylight time from 2026-03-08 02:00 (−240 from the midnight of 9 March).
    expect(offsetSegments('America/New_York', '2026-03-07', '2026-03-10')).toEqual([
      { fromDay: '2026-03-07', offsetMinutes: -300 },
      { fromDay: '2026-03-09', offsetMinutes: -240 },
    ]);
  });
});
