import { DateTime } from 'luxon';
import { assertZone, type LocalDay } from './org-day.js';

/** From `fromDay` on (until the next segment), local midnight is `offsetMinutes` ahead of UTC. */
export type OffsetSegment = { fromDay: LocalDay; offsetMinutes: number };

const cache = new Map<string, readonly OffsetSegment[]>();

/**
 * The zone's UTC offset at each local midnight from `firstDay` to `lastDay`, as constant
 * segments: one segment for a zone without daylight saving (Asia/Shanghai: +480), a new one
 * after every switch elsewhere. The first segment also stands for the days before `firstDay`,
 * the last for the days after `lastDay`.
 */
export function offsetSegments(
  zone: string,
  firstDay: LocalDay,
  lastDay: LocalDay,
): readonly OffsetSegment[] {
  const key = `${zone}|${firstDay}|${lastDay}`;
  const cached = cache.get(key);
  if (cached) return cached;
  assertZone(zone);
  const first = DateTime.fromISO(firstDay, { zone }).startOf('day');
  const last = DateTime.fromISO(lastDay, { zone }).startOf('day');
  const segments: OffsetSegment[] = [{ fromDay: firstDay, offsetMinutes: first.offset }];
  // Offsets change at most a few times a year: walk month by month, and day by day only
  // through a month at whose end the offset differs from its start.
  for (let from = first; from < last;) {
    const monthLater = DateTime.min(from.plus({ months: 1 }).startOf('day'), last);
    if (monthLater.offset !== from.offset) {
      for (let day = from.plus({ days: 1 }).startOf('day'); day <= monthLater;) {
        if (segments.at(-1)?.offsetMinutes !== day.offset)
          segments.push({ fromDay: day.toFormat('yyyy-MM-dd'), offsetMinutes: day.offset });
        day = day.plus({ days: 1 }).startOf('day');
      }
    }
    from = monthLater;
  }
  if (cache.size > 256) cache.clear();
  cache.set(key, segments);
  return segments;
}
