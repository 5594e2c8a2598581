// The scoring parameters of one template item, and their validation.

/** '+' higher is better, '-' lower is better (METRICS.md writes the minus as '−'). */
export type Direction = '+' | '-';

export type ScoringRule = {
  dir: Direction;
  floor: number;
  target: number;
  /** Maximum score in points; default 120. */
  cap?: number;
};

export type ScoringRuleProblem =
  'not_finite' | 'target_equals_floor' | 'target_on_wrong_side_of_floor' | 'cap_below_100';

export const DEFAULT_CAP = 120;

/** Accepts '+', '-' and the typographic minus '−' (U+2212) used in METRICS.md. */
export function parseDirection(text: string): Direction {
  const trimmed = text.trim();
  if (trimmed === '+') return '+';
  if (trimmed === '-' || trimmed === '\u2212') return '-';
  throw new RangeError(`direction must be '+' or '-', got '${text}'`);
}

/**
 * Problems that make a rule unfit for a template (empty list = valid). A template editor must
 * refuse them; itemScore still copes with target === floor (see there).
 * - the target must be strictly better than the floor in the metric's direction;
 * - a cap below 100 would make meeting the target score less than 100, which contradicts what
 *   a target means, so it is rejected (a cap of exactly 100 means "no bonus").
 */
export function validateScoringRule(rule: ScoringRule): ScoringRuleProblem[] {
  const cap = rule.cap ?? DEFAULT_CAP;
  const problems: ScoringRuleProblem[] = [];
  if (![rule.floor, rule.target, cap].every(Number.isFinite)) return ['not_finite'];
  if (rule.target === rule.floor) problems.push('target_equals_floor');
  else if (rule.dir === '+' ? rule.target < rule.floor : rule.target > rule.floor) {
    problems.push('target_on_wrong_side_of_floor');
  }
  if (cap < 100) problems.push('cap_below_100');
  return problems;
}
