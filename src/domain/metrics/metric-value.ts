// The computed value of one metric for one subject, and the helpers that build it.
//
// Representation: a ratio is a FRACTION in [0, 1] (0.8, not 80). Percentages exist only at
// display. Template floors and targets for ratio metrics are therefore fractions too.

/** Why a metric has no value. */
export const NA_REASONS = [
  /** The denominator (or the number of items) is below the item's min_sample. */
  'below_min_sample',
  /** Count/sum/per-week metric for a user active on fewer than half of the days of the period. */
  'inactive_most_of_period',
  /** Nothing to measure: zero denominator or no items while min_sample is 0. */
  'no_items',
] as const;

export type NaReason = (typeof NA_REASONS)[number];

export type MetricValue = {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  naReason: NaReason | null;
};

/** How much of the period the user was active (joined and not yet left), in org-zone days. */
export type ActivityCoverage = { activeDays: number; periodDays: number };

export const DEFAULT_MIN_SAMPLE = 5;

export function isNa(metric: MetricValue): boolean {
  return metric.value === null;
}

function naValue(
  reason: NaReason,
  numerator: number | null,
  denominator: number | null,
): MetricValue {
  return { value: null, numerator, denominator, naReason: reason };
}

function assertMinSample(minSample: number): void {
  if (!Number.isInteger(minSample) || minSample < 0) {
    throw new RangeError(`min_sample must be a non-negative integer, got ${minSample}`);
  }
}

function assertCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
  }
}

/**
 * numerator / denominator as a fraction. N/A ('below_min_sample') when the denominator is
 * below minSample; N/A ('no_items') when the denominator is 0 and minSample is 0, because
 * 0/0 is "no data", never a score of 0. Numerator and denominator are kept even when N/A so
 * the explanation can say "3 of the 5 needed".
 */
export function ratioValue(numerator: number, denominator: number, minSample: number): MetricValue {
  assertCount('numerator', numerator);
  assertCount('denominator', denominator);
  assertMinSample(minSample);
  if (numerator > denominator) {
    throw new RangeError(`numerator ${numerator} exceeds denominator ${denominator}`);
  }
  if (denominator < minSample) return naValue('below_min_sample', numerator, denominator);
  if (denominator === 0) return naValue('no_items', numerator, denominator);
  return { value: numerator / denominator, numerator, denominator, naReason: null };
}

function assertFinite(items: readonly number[]): void {
  for (const item of items) {
    if (!Number.isFinite(item)) throw new RangeError(`item must be a finite number, got ${item}`);
  }
}

/** Mean of the items: numerator = their sum, denominator = their count; min_sample applies. */
export function meanValue(items: readonly number[], minSample: number): MetricValue {
  assertFinite(items);
  assertMinSample(minSample);
  return meanOfTotals(
    items.reduce((acc, item) => acc + item, 0),
    items.length,
    minSample,
  );
}

/** The same mean when the items were already summed and counted (e.g. by the database). */
export function meanOfTotals(sum: number, count: number, minSample: number): MetricValue {
  if (!Number.isFinite(sum)) throw new RangeError(`sum must be finite, got ${sum}`);
  assertCount('count', count);
  assertMinSample(minSample);
  if (count < minSample) return naValue('below_min_sample', sum, count);
  if (count === 0) return naValue('no_items', sum, count);
  return { value: sum / count, numerator: sum, denominator: count, naReason: null };
}

/**
 * Median of the items (an even count takes the mean of the two middle values). A median has
 * no numerator, so `numerator` is null; `denominator` is the number of items; min_sample applies.
 */
export function medianValue(items: readonly number[], minSample: number): MetricValue {
  assertFinite(items);
  assertMinSample(minSample);
  const count = items.length;
  if (count < minSample) return naValue('below_min_sample', null, count);
  const sorted = [...items].sort((a, b) => a - b);
  const upper = sorted[Math.floor(count / 2)];
  const lower = sorted[Math.ceil(count / 2) - 1];
  if (upper === undefined || lower === undefined) return naValue('no_items', null, count);
  return { value: (lower + upper) / 2, numerator: null, denominator: count, naReason: null };
}

/** Working weeks = active days / 7 (no holiday calendar in v1). */
export function workingWeeks(activeDays: number): number {
  assertCount('activeDays', activeDays);
  return activeDays / 7;
}

/**
 * True when the user was active on at least half of the days of the period. Exactly half is
 * enough: the spec makes N/A only "fewer than half".
 */
export function isActiveMostOfPeriod(coverage: ActivityCoverage): boolean {
  assertCount('activeDays', coverage.activeDays);
  assertCount('periodDays', coverage.periodDays);
  if (coverage.periodDays === 0) throw new RangeError('a period has at least one day');
  if (coverage.activeDays > coverage.periodDays) {
    throw new RangeError(
      `activeDays ${coverage.activeDays} exceeds periodDays ${coverage.periodDays}`,
    );
  }
  return coverage.activeDays * 2 >= coverage.periodDays;
}

/**
 * A count (activities, qualified leads, adopted feedback, insight days…). No min_sample: zero is
 * a real result. numerator = the count, denominator = null.
 */
export function countValue(count: number, coverage: ActivityCoverage): MetricValue {
  assertCount('count', count);
  if (!isActiveMostOfPeriod(coverage)) return naValue('inactive_most_of_period', count, null);
  return { value: count, numerator: count, denominator: null, naReason: null };
}

/**
 * A sum (money in integer cents, e.g. won_amount). Same rules as a count; a sum may be negative
 * (refunds) but must be finite.
 */
export function sumValue(sum: number, coverage: ActivityCoverage): MetricValue {
  if (!Number.isFinite(sum)) throw new RangeError(`sum must be finite, got ${sum}`);
  if (!isActiveMostOfPeriod(coverage)) return naValue('inactive_most_of_period', sum, null);
  return { value: sum, numerator: sum, denominator: null, naReason: null };
}

/**
 * A rate per working week: count / (activeDays / 7). A newcomer is measured on the days they
 * were active, so the denominator is their working weeks, not the period's.
 */
export function perWeekValue(count: number, coverage: ActivityCoverage): MetricValue {
  assertCount('count', count);
  const weeks = workingWeeks(coverage.activeDays);
  if (!isActiveMostOfPeriod(coverage)) return naValue('inactive_most_of_period', count, weeks);
  return { value: count / weeks, numerator: count, denominator: weeks, naReason: null };
}
