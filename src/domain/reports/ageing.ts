import { dayOrdinal } from '../time/org-day.js';

export const AGEING_BUCKETS = ['d0_30', 'd31_60', 'd61_90', 'over_90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

/** The days of signed_on each bucket covers, as ages in days (inclusive; null: no upper bound). */
const BUCKET_AGES: Record<AgeingBucket, { min: number; max: number | null }> = {
  d0_30: { min: 0, max: 30 },
  d31_60: { min: 31, max: 60 },
  d61_90: { min: 61, max: 90 },
  over_90: { min: 91, max: null },
};

/** The calendar day `days` after (or before, when negative) a day. */
export function shiftDay(day: string, days: number): string {
  return new Date((dayOrdinal(day) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** The ageing bucket of an unpaid balance: days from signed_on to the as-of day (METRICS.md "Reports"). */
export function ageingBucket(signedOn: string, asOf: string): AgeingBucket {
  const age = dayOrdinal(asOf) - dayOrdinal(signedOn);
  if (age <= 30) return 'd0_30';
  if (age <= 60) return 'd31_60';
  if (age <= 90) return 'd61_90';
  return 'over_90';
}

/** The signed_on days of a bucket as an inclusive range (`from` absent: no lower bound). */
export function bucketSignedRange(
  bucket: AgeingBucket,
  asOf: string,
): { from?: string; to: string } {
  const ages = BUCKET_AGES[bucket];
  const to = shiftDay(asOf, -ages.min);
  return ages.max === null ? { to } : { from: shiftDay(asOf, -ages.max), to };
}
