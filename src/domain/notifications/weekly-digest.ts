import type { ScoredItem } from '../appraisal/scorecard.js';
import type { MetricDefinition, MetricKind } from '../metrics/catalog.js';
import type { Direction } from '../scoring/scoring-rule.js';

/** How many suggestions a weekly digest makes at most. */
export const DIGEST_SUGGESTIONS = 3;

/** Suggestions worth less than this many points on the total are left out. */
export const DIGEST_MIN_POINTS = 0.1;

/** One item of a person's live scorecard, as the digest reads it. */
export type DigestItem = {
  metric: string;
  weight: number;
  /** Points 0..cap; null when the item is N/A. */
  score: number | null;
  kind: MetricKind | undefined;
  dir: Direction;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The target the value is scored against now: the pace target while the period runs. */
  target: number;
  /** An item that cannot be scored is never suggested. */
  misconfigured: boolean;
};

/**
 * What to do for an item:
 * - `count_more`: a share rises when `records` more of the `of` records it counts meet it
 *   (complete customer profiles, plans done on time);
 * - `count_fewer`: a share that should be low (stale opportunities) falls when `records` of
 *   the `of` records it counts against you are dealt with;
 * - `add`: a count or sum needs `amount` more to be on pace (money in cents);
 * - `reach`: any other value should move from `value` to `target`.
 */
export type DigestAction =
  | { kind: 'count_more'; records: number; of: number }
  | { kind: 'count_fewer'; records: number; of: number }
  | { kind: 'add'; amount: number }
  | { kind: 'reach'; value: number; target: number };

export type DigestSuggestion = {
  metric: string;
  /** Points the total would gain if the item reached its target, to one decimal. */
  points: number;
  action: DigestAction;
};

/** Tolerance against floating-point noise before rounding a needed amount up. */
const EPSILON = 1e-9;

const ceilClean = (x: number): number => Math.ceil(x - EPSILON);

/**
 * Points the total gains when one item rises from its score to 100 (its target), everything else
 * unchanged (docs/METRICS.md, "Weekly digest"): weight × (100 − score) ÷ Σ weights of the items
 * that are not N/A. Zero for an item at or above its target, an N/A or misconfigured item.
 */
export function reachablePoints(item: DigestItem, scoredWeight: number): number {
  if (item.misconfigured || item.score === null || scoredWeight <= 0) return 0;
  return Math.max(0, (item.weight * (100 - item.score)) / scoredWeight);
}

/** What to do to bring an item to its target, from its value and the records behind it. */
export function digestAction(item: DigestItem): DigestAction | null {
  const { value, numerator, denominator, target } = item;
  if (value === null) return null;
  if (item.kind === 'ratio' && numerator !== null && denominator !== null && denominator > 0) {
    if (item.dir === '+') {
      const missing = denominator - numerator;
      if (missing <= 0) return null;
      const needed = ceilClean(target * denominator - numerator);
      return {
        kind: 'count_more',
        records: Math.min(Math.max(needed, 1), missing),
        of: denominator,
      };
    }
    if (numerator <= 0) return null;
    const needed = ceilClean(numerator - target * denominator);
    return {
      kind: 'count_fewer',
      records: Math.min(Math.max(needed, 1), numerator),
      of: denominator,
    };
  }
  if ((item.kind === 'count' || item.kind === 'sum') && item.dir === '+') {
    const amount = ceilClean(target - value);
    return amount > 0 ? { kind: 'add', amount } : null;
  }
  const short = item.dir === '+' ? target - value : value - target;
  return short > EPSILON ? { kind: 'reach', value, target } : null;
}

/**
 * The items of a live scorecard that would raise its total most, and what to do for each: at
 * most DIGEST_SUGGESTIONS, each worth at least DIGEST_MIN_POINTS, the most points first (equal
 * points: the heavier item, then by metric id).
 */
export function digestSuggestions(items: readonly DigestItem[]): DigestSuggestion[] {
  const scoredWeight = items
    .filter((item) => !item.misconfigured && item.score !== null)
    .reduce((sum, item) => sum + item.weight, 0);
  const candidates = items.flatMap((item) => {
    const points = reachablePoints(item, scoredWeight);
    const action = points >= DIGEST_MIN_POINTS ? digestAction(item) : null;
    return action ? [{ item, points, action }] : [];
  });
  candidates.sort(
    (a, b) =>
      b.points - a.points ||
      b.item.weight - a.item.weight ||
      (a.item.metric < b.item.metric ? -1 : a.item.metric > b.item.metric ? 1 : 0),
  );
  return candidates.slice(0, DIGEST_SUGGESTIONS).map(({ item, points, action }) => ({
    metric: item.metric,
    points: Math.round(points * 10) / 10,
    action,
  }));
}

/**
 * The items of a scored card as the digest reads them: the kind and direction from the metric's
 * definition, and the target the value is judged against now (its pace target in a running
 * period). An item whose metric is unknown is left out.
 */
export function digestItemsOf(
  items: readonly ScoredItem[],
  definitionOf: (metric: string) => Pick<MetricDefinition, 'kind' | 'dir'> | undefined,
): DigestItem[] {
  return items.flatMap((item) => {
    const definition = definitionOf(item.metric);
    if (!definition) return [];
    return [
      {
        metric: item.metric,
        weight: item.weight,
        score: item.score,
        kind: definition.kind,
        dir: definition.dir,
        value: item.value.value,
        numerator: item.value.numerator,
        denominator: item.value.denominator,
        target: item.pace?.target ?? item.target,
        misconfigured: item.misconfigured !== null,
      },
    ];
  });
}
