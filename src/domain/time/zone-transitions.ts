import { DateTime } from 'luxon';
import { assertZone } from './org-day.js';

/** From the UTC instant `from` on (until the next transition), the zone is `offsetMinutes` ahead of UTC. */
export type ZoneTransition = { from: string; offsetMinutes: number };

/** Before the first year asked for, the zone's offset at its start stands. */
const BEGINNING = '0001-01-01T00:00:00.000Z';
const MINUTE = 60_000;
/** No offset has held for less than a week since 1970; a shorter one would be missed. */
const WEEK = 7 * 86_400_000;
const FIRST = Date.UTC(1970, 0, 1);
const END = Date.UTC(2101, 0, 1);

const offsetAt = (millis: number, zone: string) => DateTime.fromMillis(millis, { zone }).offset;

/** The first minute in (after, before] at which the offset is no longer the one at `after`. */
function firstMinuteChanged(after: number, before: number, zone: string): number {
  const offset = offsetAt(after, zone);
  let [low, high] = [after, before];
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (offsetAt(middle, zone) === offset) low = middle;
    else high = middle;
  }
  return high;
}

const cache = new Map<string, readonly ZoneTransition[]>();

/**
 * Every change of the zone's UTC offset from 1970 to 2100, to the minute, so that the local
 * calendar day of any instant is that of the instant plus the offset of the last transition at or
 * before it. The walk goes a week at a time and searches a week whose end has another offset than
 * its start (a suspension of daylight saving for Ramadan lasts a month).
 */
export function zoneTransitions(zone: string): readonly ZoneTransition[] {
  const cached = cache.get(zone);
  if (cached) return cached;
  assertZone(zone);
  const transitions: ZoneTransition[] = [{ from: BEGINNING, offsetMinutes: offsetAt(FIRST, zone) }];
  for (let at = FIRST; at < END;) {
    const weekLater = Math.min(at + WEEK, END);
    if (offsetAt(weekLater, zone) === offsetAt(at, zone)) {
      at = weekLater;
      continue;
    }
    const changed = firstMinuteChanged(at, weekLater, zone);
    transitions.push({
      from: new Date(changed).toISOString(),
      offsetMinutes: offsetAt(changed, zone),
    });
    at = changed;
  }
  cache.set(zone, transitions);
  return transitions;
}
