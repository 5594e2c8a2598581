/**
 * A badge is a rule on one metric (docs/METRICS.md "Recognition"): the metric's value meets the
 * threshold (≥ for a metric where higher is better, ≤ where lower is) over a window.
 */
export type BadgeWindow =
  { kind: 'cycles'; count: number } | { kind: 'days'; days: number } | { kind: 'month' };

export type BadgeRule = { metric: string; threshold: number; window: BadgeWindow };

export const BADGE_LIMITS = { maxCycles: 12, maxDays: 365 } as const;

/** Values within this of the threshold meet it: 0.1 + 0.2 is 0.3 for a badge. */
const EPSILON = 1e-9;

export function meetsThreshold(value: number | null, threshold: number, dir: '+' | '-'): boolean {
  if (value === null || !Number.isFinite(value)) return false;
  return dir === '+' ? value >= threshold - EPSILON : value <= threshold + EPSILON;
}

/** One observation of the metric: a cycle's result item, or a measured period. */
export type BadgeObservation = {
  /** The cycle id, or the period as `YYYY-MM-DD..YYYY-MM-DD` (last day inclusive). */
  occasion: string;
  /** null when N/A, when the metric is not in the person's template, or the person was not there. */
  value: number | null;
};

export type BadgeEvidence = {
  metric: string;
  threshold: number;
  window: BadgeWindow;
  observations: BadgeObservation[];
};

/**
 * Whether a person earned the badge. `observations` are in order, oldest first, ending with the
 * occasion being evaluated: for a cycles rule, one per published cycle of the kind (the person's
 * absence is a null value, which breaks the run); for a days or month rule, the one period.
 * Returns the evidence (the observations that met the threshold) or null.
 */
export function evaluateBadge(
  rule: BadgeRule,
  dir: '+' | '-',
  observations: readonly BadgeObservation[],
): BadgeEvidence | null {
  const needed = rule.window.kind === 'cycles' ? rule.window.count : 1;
  if (!Number.isInteger(needed) || needed < 1 || observations.length < needed) return null;
  const last = observations.slice(observations.length - needed);
  if (!last.every((o) => meetsThreshold(o.value, rule.threshold, dir))) return null;
  return {
    metric: rule.metric,
    threshold: rule.threshold,
    window: rule.window,
    observations: last,
  };
}
