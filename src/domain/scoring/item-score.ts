import { DEFAULT_CAP, type ScoringRule } from './scoring-rule.js';

/**
 * Score of one template item in points, per METRICS.md "Scoring":
 * - dir +: 100 × clamp((v − floor) / (target − floor), 0, cap/100)
 * - dir −: 100 × clamp((floor − v) / (floor − target), 0, cap/100)
 * Computed as clamp(100 × ratio, 0, cap), which is the same number but lands exactly on cap.
 * N/A (null) in, N/A out: no data never scores 0.
 *
 * target === floor (a template editor rejects it, but a per-user target may produce it): the
 * formula divides by zero, so the item becomes pass/fail — 100 when the value reaches the
 * target (v ≥ target for +, v ≤ target for −), 0 otherwise. Exceeding such a target earns no
 * bonus because there is no scale to measure by how much.
 *
 * A target on the wrong side of the floor is a configuration error and throws: scoring it
 * would reward the wrong direction.
 */
export function itemScore(value: number | null, rule: ScoringRule): number | null {
  if (value === null) return null;
  if (!Number.isFinite(value)) throw new RangeError(`value must be finite, got ${value}`);
  const cap = rule.cap ?? DEFAULT_CAP;
  const { floor, target } = rule;
  if (![floor, target, cap].every(Number.isFinite) || cap < 0) {
    throw new RangeError('floor, target and cap must be finite and cap non-negative');
  }
  const gain = rule.dir === '+' ? target - floor : floor - target;
  const progress = rule.dir === '+' ? value - floor : floor - value;
  if (gain < 0) {
    throw new RangeError(
      `target ${target} is on the wrong side of floor ${floor} for dir ${rule.dir}`,
    );
  }
  if (gain === 0) return progress >= 0 ? Math.min(100, cap) : 0;
  return Math.min(Math.max((100 * progress) / gain, 0), cap);
}
