import { builtInMetric } from '../metrics/catalog.js';
import { meanOfTotals, type MetricValue } from '../metrics/metric-value.js';
import { gradeFor, type Grade, type GradeThresholds } from '../scoring/grade.js';
import { itemScore } from '../scoring/item-score.js';
import {
  validateScoringRule,
  type Direction,
  type ScoringRuleProblem,
} from '../scoring/scoring-rule.js';
import { totalScore } from '../scoring/total-score.js';
import type { TemplateContent } from './template-item.js';

export type ScoredItem = {
  metric: string;
  weight: number;
  floor: number;
  target: number;
  /** 'user' when a per-user target (业绩目标) replaced the template's. */
  targetSource: 'template' | 'user';
  cap: number;
  minSample: number;
  value: MetricValue;
  score: number | null;
  /** Why the item cannot be scored (its score is then N/A); null when it is well configured. */
  misconfigured: MisconfiguredReason | null;
};

/** Rule problems that make an item unscorable; the others (equal, low cap) still score. */
export type MisconfiguredReason = Extract<
  ScoringRuleProblem,
  'not_finite' | 'target_on_wrong_side_of_floor'
>;

function misconfiguration(rule: Parameters<typeof validateScoringRule>[0]) {
  const problems = validateScoringRule(rule);
  return (
    problems.find(
      (p): p is MisconfiguredReason => p === 'not_finite' || p === 'target_on_wrong_side_of_floor',
    ) ?? null
  );
}

export type Scorecard = {
  items: ScoredItem[];
  total: number | null;
  grade: Grade | null;
  /** Share of items that are not N/A, 0..1 (best-CRM-user eligibility needs ≥ 0.8). */
  applicableShare: number;
};

const NOT_COMPUTED: MetricValue = {
  value: null,
  numerator: null,
  denominator: null,
  naReason: 'no_items',
};

/** Direction of the built-in metrics; custom metrics bring their own. */
const builtInDirection = (metric: string): Direction => builtInMetric(metric)?.dir ?? '+';

/**
 * Scores each template item from the metric values, with per-user targets where set. An item
 * that cannot be scored (a target on the wrong side of its floor) is N/A and marked
 * misconfigured, so one bad item never stops the others from being scored.
 */
export function scoreItems(
  template: TemplateContent,
  values: ReadonlyMap<string, MetricValue>,
  userTargets: Readonly<Record<string, number>>,
  directionOf: (metric: string) => Direction = builtInDirection,
): ScoredItem[] {
  return template.items.map((item) => {
    const userTarget = userTargets[item.metric];
    const target = userTarget ?? item.target;
    const value = values.get(item.metric) ?? NOT_COMPUTED;
    const dir = directionOf(item.metric);
    const rule = { dir, floor: item.floor, target, cap: item.cap };
    const misconfigured = misconfiguration(rule);
    return {
      metric: item.metric,
      weight: item.weight,
      floor: item.floor,
      target,
      targetSource: userTarget === undefined ? 'template' : 'user',
      cap: item.cap,
      minSample: item.minSample,
      value,
      score: misconfigured ? null : itemScore(value.value, rule),
      misconfigured,
    };
  });
}

/**
 * Total and grade. A manager's adjusted score replaces the computed one in the total; N/A items
 * drop out and their weight is spread over the rest (Σ wᵢsᵢ / Σ wᵢ).
 */
export function summarise(
  items: readonly { weight: number; score: number | null; adjustedScore?: number | null }[],
  grades: GradeThresholds,
): Omit<Scorecard, 'items'> {
  const effective = items.map((i) => ({ weight: i.weight, score: i.adjustedScore ?? i.score }));
  const total = totalScore(effective);
  const applicable = effective.filter((i) => i.score !== null).length;
  return {
    total,
    grade: total === null ? null : gradeFor(total, grades),
    applicableShare: items.length === 0 ? 0 : applicable / items.length,
  };
}

/**
 * team_score for a manager: the mean of the totals of their reports (direct and indirect) in the
 * same cycle; reports whose total is N/A are left out, and min_sample counts the reports that remain.
 */
export function teamScoreValue(
  reportTotals: readonly (number | null)[],
  minSample: number,
): MetricValue {
  const totals = reportTotals.filter((t): t is number => t !== null);
  return meanOfTotals(
    totals.reduce((sum, t) => sum + t, 0),
    totals.length,
    minSample,
  );
}
