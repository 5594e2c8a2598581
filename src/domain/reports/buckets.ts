import { dayOrdinal, nextDay } from '../time/org-day.js';

export const BUCKET_KINDS = ['month', 'week'] as const;
export type BucketKind = (typeof BUCKET_KINDS)[number];

/** Inclusive org-zone days of one bucket. */
export type DayBucket = { firstDay: string; lastDay: string };

/** 1970-01-01 was a Thursday: (ordinal + 3) mod 7 is 0 on Mondays. */
const isMonday = (day: string) => (dayOrdinal(day) + 3) % 7 === 0;
const startsBucket = (day: string, kind: BucketKind) =>
  kind === 'month' ? day.endsWith('-01') : isMonday(day);

/**
 * The calendar months or the weeks (Monday to Sunday) that meet the inclusive day range, each
 * clipped to it (METRICS.md "CRM adoption by team").
 */
export function dayBuckets(firstDay: string, lastDay: string, kind: BucketKind): DayBucket[] {
  if (lastDay < firstDay) return [];
  const buckets: DayBucket[] = [];
  let start = firstDay;
  let day = firstDay;
  while (day < lastDay) {
    const next = nextDay(day);
    if (startsBucket(next, kind)) {
      buckets.push({ firstDay: start, lastDay: day });
      start = next;
    }
    day = next;
  }
  buckets.push({ firstDay: start, lastDay });
  return buckets;
}
