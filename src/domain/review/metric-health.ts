import { percentile } from './percentile.js';

export const DEFAULT_HEALTH_CAP = 120;

/** Review thresholds from METRICS.md "Metric health". */
export const HEALTH_THRESHOLDS = {
  /** saturated: at least this share of scored users at or above target. */
  saturatedShare: 0.8,
  /** unreachable: at most this share of scored users reach halfway between floor and target. */
  unreachableShare: 0.1,
  /** noisy: at least this share of participants N/A. */
  noisyShare: 0.3,
  /** gamed?: the item's data-quality flag rate at least this many times the previous cycle's. */
  gamedFactor: 2,
} as const;

/**
 * Computed scores that mean "exactly at target" can come out as 99.99999999999999 in binary
 * arithmetic, so thresholds are compared with this tolerance (far below the 0.1 shown).
 */
const EPSILON = 1e-9;

export type MetricHealthOptions = {
  /** The item's cap in points (default 120). */
  cap?: number;
  /** Share of the item's underlying records carrying a data-quality flag, this cycle. */
  flagRate?: number | null;
  /** The same share in the previous cycle, for the gamed? flag. */
  previousFlagRate?: number | null;
};

export type MetricHealth = {
  participants: number;
  scored: number;
  mean: number | null;
  median: number | null;
  p10: number | null;
  p90: number | null;
  /** Shares of the scored (non-N/A) users. */
  shareAtCap: number | null;
  shareAtZero: number | null;
  shareAtOrAboveTarget: number | null;
  shareReachingHalfway: number | null;
  /** Share of all participants that are N/A. */
  shareNa: number | null;
  saturated: boolean;
  unreachable: boolean;
  noisy: boolean;
  gamedSuspected: boolean;
};

/**
 * gamed?: flag rate up ≥ 2× on the previous cycle. A rise from 0 to anything above 0 counts (it
 * is infinitely more): the flag only asks a reviewer to look, it punishes no one. No rate for
 * either cycle → false; a current rate of 0 is never suspicious.
 */
export function isGamedSuspected(
  flagRate: number | null | undefined,
  previousFlagRate: number | null | undefined,
): boolean {
  if (flagRate === null || flagRate === undefined) return false;
  if (previousFlagRate === null || previousFlagRate === undefined) return false;
  if (flagRate <= 0) return false;
  return flagRate >= HEALTH_THRESHOLDS.gamedFactor * previousFlagRate;
}

/**
 * Health of one template item over one cycle, from the participants' ITEM SCORES in points
 * (null = N/A). Working on scores rather than raw values means each user is measured against
 * their own effective target (per-user targets included), and no floor, target or direction is
 * needed: a score of 100 is the target, 0 the floor, 50 halfway.
 * - "at or above target" = score ≥ 100.
 * - "reach floor+50%" is read as reaching halfway from floor to target, i.e. score ≥ 50.
 * - Score shares (cap, 0, target, halfway) are over the scored users: an N/A user has no score
 *   to be saturated or unreachable with. The N/A share is over all participants.
 * - With no scored user, saturated and unreachable are false (nothing to judge); noisy still
 *   fires when the participants are mostly N/A.
 */
export function metricHealth(
  scores: readonly (number | null)[],
  options: MetricHealthOptions = {},
): MetricHealth {
  const cap = options.cap ?? DEFAULT_HEALTH_CAP;
  const values = scores.filter((s): s is number => s !== null);
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('scores must be finite');
  const participants = scores.length;
  const scored = values.length;
  const share = (predicate: (score: number) => boolean): number | null =>
    scored === 0 ? null : values.filter(predicate).length / scored;
  const shareAtOrAboveTarget = share((s) => s >= 100 - EPSILON);
  const shareReachingHalfway = share((s) => s >= 50 - EPSILON);
  const shareNa = participants === 0 ? null : (participants - scored) / participants;
  return {
    participants,
    scored,
    mean: scored === 0 ? null : values.reduce((a, b) => a + b, 0) / scored,
    median: percentile(values, 0.5),
    p10: percentile(values, 0.1),
    p90: percentile(values, 0.9),
    shareAtCap: share((s) => s >= cap - EPSILON),
    shareAtZero: share((s) => s <= EPSILON),
    shareAtOrAboveTarget,
    shareReachingHalfway,
    shareNa,
    saturated:
      shareAtOrAboveTarget !== null && shareAtOrAboveTarget >= HEALTH_THRESHOLDS.saturatedShare,
    unreachable:
      shareReachingHalfway !== null && shareReachingHalfway <= HEALTH_THRESHOLDS.unreachableShare,
    noisy: shareNa !== null && shareNa >= HEALTH_THRESHOLDS.noisyShare,
    gamedSuspected: isGamedSuspected(options.flagRate, options.previousFlagRate),
  };
}
