import { DateTime } from 'luxon';

/** The organisation's default time zone; configurable per organisation. */
export const DEFAULT_ORG_ZONE = 'Asia/Shanghai';

/** A calendar day in the organisation's zone, 'YYYY-MM-DD'. */
export type LocalDay = string;

const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Zone names already found valid: asking luxon costs more than many callers' whole work. */
const KNOWN_ZONES = new Set<string>();

/** Throws on an unknown IANA zone name instead of silently computing in UTC. */
export function assertZone(zone: string): void {
  if (KNOWN_ZONES.has(zone)) return;
  if (!DateTime.now().setZone(zone).isValid) throw new RangeError(`unknown time zone '${zone}'`);
  KNOWN_ZONES.add(zone);
}

/** The start (local midnight) of a local day, as a luxon DateTime in the zone. */
export function startOfLocalDay(day: LocalDay, zone: string = DEFAULT_ORG_ZONE): DateTime {
  assertZone(zone);
  const parsed = LOCAL_DAY.test(day) ? DateTime.fromISO(day, { zone }) : DateTime.invalid('format');
  if (!parsed.isValid) throw new RangeError(`not a calendar day 'YYYY-MM-DD': '${day}'`);
  return parsed.startOf('day');
}

/** The UTC instant at which a local day starts (e.g. a payment's received_on for timeliness). */
export function startOfOrgDay(day: LocalDay, zone: string = DEFAULT_ORG_ZONE): Date {
  return startOfLocalDay(day, zone).toJSDate();
}

/** The org-zone calendar day of an instant, e.g. for counting distinct insight_days. */
export function orgDay(instant: Date, zone: string = DEFAULT_ORG_ZONE): LocalDay {
  assertZone(zone);
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) throw new RangeError('invalid instant');
  return local.toFormat('yyyy-MM-dd');
}

/**
 * `orgDay` for one zone, for a caller that asks of instants close together again and again (a
 * usage event on every request): the bounds of the last day found are kept, and only an instant
 * outside them asks the zone again.
 */
export function orgDayRemembered(zone: string): (instant: Date) => LocalDay {
  let day: LocalDay | undefined;
  let from = 0;
  let to = 0;
  return (instant) => {
    const at = instant.getTime();
    if (day !== undefined && at >= from && at < to) return day;
    const found = orgDay(instant, zone);
    from = startOfOrgDay(found, zone).getTime();
    to = startOfOrgDay(nextDay(found), zone).getTime();
    day = found;
    return found;
  };
}

/** The ISO week (Monday to Sunday) of an instant in the org zone, e.g. '2026-W47'. */
export function orgWeek(instant: Date, zone: string = DEFAULT_ORG_ZONE): string {
  assertZone(zone);
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) throw new RangeError('invalid instant');
  return local.toFormat("kkkk-'W'WW");
}

/**
 * Days since 1970-01-01 of a local day, as a plain calendar count (no zone, no DST), so that the
 * difference of two ordinals is the number of calendar days between them.
 */
export function dayOrdinal(day: LocalDay): number {
  const millis = LOCAL_DAY.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  // Date.parse rolls '2025-02-30' over to March: only a day that reads back the same is real.
  if (Number.isNaN(millis) || new Date(millis).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`not a calendar day 'YYYY-MM-DD': '${day}'`);
  }
  return millis / 86_400_000;
}

/** The calendar day after a local day ('2026-02-28' → '2026-03-01'). */
export function nextDay(day: LocalDay): LocalDay {
  const ordinal = dayOrdinal(day) + 1;
  return new Date(ordinal * 86_400_000).toISOString().slice(0, 10);
}
