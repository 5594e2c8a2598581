import { builtInMetric, type MetricKind } from '../metrics/catalog.js';
import { meanOfTotals, type MetricValue } from '../metrics/metric-value.js';
import { gradeFor, type Grade, type GradeThresholds } from '../scoring/grade.js';
import { itemScore } from '../scoring/item-score.js';
import {
  validateScoringRule,
  type Direction,
  type ScoringRule,
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
  /** For a period in progress; null once the period is over. */
  pace: Pace | null;
  /** Why the item cannot be scored (its score is then N/A); null when it is well configured. */
  misconfigured: MisconfiguredReason | null;
};

/**
 * Where an item stands part-way through a period. Counts and sums grow with time, so they are
 * judged against a floor and target pro-rated to the working time elapsed; every other kind
 * (shares, means, medians, rates per week) is already comparable with the whole-period target.
 */
export type Pace = {
  /** Share of the period's working time the person has had, 0..1. */
  elapsedShare: number;
  proRated: boolean;
  /** The floor and target the value is scored against now. */
  floor: number;
  target: number;
  /** What the period would end with at this pace (counts and sums ÷ elapsed share). */
  projected: number | null;
};

/** Why a live scorecard shows values and pace but no grade yet. */
export type GradeWithheld = 'early_in_period' | 'little_weight_applies';

/** Rule problems that make an item unscorable; the others (equal, low cap) still score. */
export type MisconfiguredReason = Extract<
  ScoringRuleProblem,
  'not_finite' | 'target_on_wrong_side_of_floor'
>;

/**
 * Why an item with this rule cannot be scored, or null when it can: a target on the wrong side of
 * its floor, or a number that is not finite. Live scorecards and cycle results both ask here.
 */
export function misconfiguration(rule: ScoringRule): MisconfiguredReason | null {
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

/** Direction and kind of the built-in metrics; custom metrics bring their own. */
const builtInDirection = (metric: string): Direction => builtInMetric(metric)?.dir ?? '+';
const builtInKind = (metric: string): MetricKind | undefined => builtInMetric(metric)?.kind;

/** Counts and sums are pro-rated part-way through a period (docs/METRICS.md, "Periods in progress"). */
export const isProRated = (kind: MetricKind | undefined): boolean =>
  kind === 'count' || kind === 'sum';

export type ScoringOptions = {
  /** Per-user targets (业绩目标) by metric; they replace the template's target. */
  userTargets?: Readonly<Record<string, number>>;
  directionOf?: (metric: string) => Direction;
  kindOf?: (metric: string) => MetricKind | undefined;
  /** Share of the period's working time elapsed for the person; 1 (the default) = period over. */
  elapsedShare?: number;
};

function paceOf(
  value: number | null,
  floor: number,
  target: number,
  elapsedShare: number,
  proRated: boolean,
): Pace | null {
  if (elapsedShare >= 1) return null;
  if (!proRated) return { elapsedShare, proRated, floor, target, projected: value };
  return {
    elapsedShare,
    proRated,
    floor: floor * elapsedShare,
    target: target * elapsedShare,
    projected: value === null || elapsedShare <= 0 ? null : value / elapsedShare,
  };
}

/**
 * Scores each template item from the metric values, with per-user targets and pace. An item
 * that cannot be scored (a target on the wrong side of its floor) is N/A and marked
 * misconfigured, so one bad item never stops the others from being scored.
 */
export function scoreItems(
  template: TemplateContent,
  values: ReadonlyMap<string, MetricValue>,
  options: ScoringOptions = {},
): ScoredItem[] {
  const {
    userTargets = {},
    directionOf = builtInDirection,
    kindOf = builtInKind,
    elapsedShare = 1,
  } = options;
  return template.items.map((item) => {
    const userTarget = userTargets[item.metric];
    const target = userTarget ?? item.target;
    const value = values.get(item.metric) ?? NOT_COMPUTED;
    const dir = directionOf(item.metric);
    const pace = paceOf(
      value.value,
      item.floor,
      target,
      elapsedShare,
      isProRated(kindOf(item.metric)),
    );
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
      score: misconfigured
        ? null
        : itemScore(value.value, {
            ...rule,
            floor: pace?.floor ?? item.floor,
            target: pace?.target ?? target,
          }),
      misconfigured,
      pace,
    };
  });
}

/**
 * Whether a live scorecard is too early or too thin to grade: fewer than `minWorkingDays` of
 * the period's working days have passed, or the items that apply carry less than half of the
 * weight. Values and pace are shown either way.
 */
export function gradeWithheld(
  items: readonly { weight: number; score: number | null }[],
  elapsedWorkingDays: number,
  minWorkingDays: number,
): GradeWithheld | null {
  if (elapsedWorkingDays < minWorkingDays) return 'early_in_period';
  const weight = items.reduce((sum, i) => sum + i.weight, 0);
  const applicable = items.reduce((sum, i) => sum + (i.score === null ? 0 : i.weight), 0);
  return weight === 0 || applicable / weight < 0.5 ? 'little_weight_applies' : null;
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
