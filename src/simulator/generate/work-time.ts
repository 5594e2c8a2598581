import type { Rng } from '../prng.js';
import { DAY, HOUR, MINUTE, isWeekend, localDayOf, localMidnight } from '../sim-time.js';

/** A random instant during office hours (09:00–18:00 local) of local day `day`. */
export function workInstant(rng: Rng, day: number): number {
  return localMidnight(day) + 9 * HOUR + rng.int(0, 9 * 60 - 1) * MINUTE + rng.int(0, 59_999);
}

/** A random working-day office-hours instant in [fromMs, toMs); null when the window is empty. */
export function workInstantBetween(rng: Rng, fromMs: number, toMs: number): number | null {
  if (toMs <= fromMs) return null;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const day = localDayOf(fromMs + rng.next() * (toMs - fromMs));
    if (isWeekend(day) && attempt < 7) continue;
    const at = workInstant(rng, day);
    if (at >= fromMs && at < toMs) return at;
  }
  const mid = fromMs + Math.floor((toMs - fromMs) / 2);
  return mid;
}

/** Last working day of the local month that contains `ms`, at 17:00–19:00: when backfillers catch up. */
export function monthEndCatchUp(rng: Rng, ms: number): number {
  const date = new Date(ms + 8 * HOUR);
  const nextMonth = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  let day = Math.round(nextMonth / DAY) - 1;
  while (isWeekend(day)) day -= 1;
  return localMidnight(day) + 17 * HOUR + rng.int(0, 119) * MINUTE + rng.int(0, 59_999);
}
