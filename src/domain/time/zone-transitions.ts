import { DateTime } from 'luxon';
import { assertZone } from './org-day.js';

/** From the UTC instant `from` on (until the next transition), the zone is `offsetMinutes` ahead of UTC. */
export type ZoneTransition = { from: string; offsetMinutes: number };

/** Before the first year asked for, the zone's offset at its start stands. */
const BEGINNING = '0001-01-01T00:00:00.000Z';
const MINUTE = 60_000;
const DAY = 86_400_000;

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
 * Every change of the zone's UTC offset from `firstYear` to `lastYear`, to the minute, so that the
 * local calendar day of any instant is that of the instant plus the offset of the last transition
 * at or before it. Offsets change at most a few times a year: the walk goes month by month, and
 * day by day only through a month whose end has another offset than its start.
 */
export function zoneTransitions(
  zone: string,
  firstYear = 1970,
  lastYear = 2100,
): readonly ZoneTransition[] {
  const key = `${zone}|${firstYear}|${lastYear}`;
  const cached = cache.get(key);
  if (cached) return cached;
  assertZone(zone);
  let at = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear + 1, 0, 1);
  const transitions: ZoneTransition[] = [{ from: BEGINNING, offsetMinutes: offsetAt(at, zone) }];
  while (at < end) {
    const monthLater = Math.min(
      DateTime.fromMillis(at, { zone: 'utc' }).plus({ months: 1 }).toMillis(),
      end,
    );
    if (offsetAt(monthLater, zone) === offsetAt(at, zone)) {
      at = monthLater;
      continue;
    }
    let day = at;
    while (offsetAt(Math.min(day + DAY, monthLater), zone) === offsetAt(at, zone)) day += DAY;
    const changed = firstMinuteChanged(day, Math.min(day + DAY, monthLater), zone);
    transitions.push({
      from: new Date(changed).toISOString(),
      offsetMinutes: offsetAt(changed, zone),
    });
    at = changed;
  }
  cache.set(key, transitions);
  return transitions;
}
