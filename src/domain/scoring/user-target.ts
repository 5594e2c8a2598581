import type { MetricUnit } from '../metrics/catalog.js';
import { validateScoringRule, type Direction } from './scoring-rule.js';

export type UserTargetProblem =
  'target_outside_unit_range' | 'target_on_wrong_side_of_floor' | 'target_equals_floor';

/**
 * Whether `value` is a possible value of a metric's unit (a floor or target of a template item,
 * a per-user target): percentages are fractions (0.9 = 90 %); every other unit counts or measures
 * something ≥ 0.
 */
export function withinUnit(unit: MetricUnit, value: number): boolean {
  if (!Number.isFinite(value) || value < 0) return false;
  return unit !== 'percent' || value <= 1;
}

/**
 * Why a per-user target (业绩目标) cannot replace the template's for an item, or null when it
 * can: it must be a possible value of the metric's unit and strictly better than the item's
 * floor in the metric's direction (METRICS.md "Targets"). Without a template item for the
 * metric only the unit is checked.
 */
export function userTargetProblem(
  metric: { unit: MetricUnit; dir: Direction },
  item: { floor: number; cap: number } | undefined,
  target: number,
): UserTargetProblem | null {
  if (!withinUnit(metric.unit, target)) return 'target_outside_unit_range';
  if (!item) return null;
  const problems = validateScoringRule({
    dir: metric.dir,
    floor: item.floor,
    target,
    cap: item.cap,
  });
  if (problems.includes('target_on_wrong_side_of_floor')) return 'target_on_wrong_side_of_floor';
  if (problems.includes('target_equals_floor')) return 'target_equals_floor';
  return null;
}
