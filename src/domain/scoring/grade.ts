import { roundForDisplay } from './display-score.js';

export type Grade = 'S' | 'A' | 'B' | 'C' | 'D';

/** Lowest total (inclusive) for each grade; anything below C is D. */
export type GradeThresholds = { S: number; A: number; B: number; C: number };

export const DEFAULT_GRADE_THRESHOLDS: GradeThresholds = { S: 110, A: 90, B: 75, C: 60 };

export function validateGradeThresholds(t: GradeThresholds): boolean {
  const values = [t.S, t.A, t.B, t.C];
  return values.every(Number.isFinite) && t.S > t.A && t.A > t.B && t.B > t.C;
}

/**
 * Grade of a total (null = total N/A → no grade). The total is compared AFTER rounding to the
 * one decimal that is shown, so the grade always agrees with the number the employee sees: a
 * total of 89.96 is shown as 90.0 and graded A, never "90.0, B".
 */
export function gradeFor(
  total: number | null,
  thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS,
): Grade | null {
  if (!validateGradeThresholds(thresholds)) {
    throw new RangeError('grade thresholds must be finite and strictly decreasing S > A > B > C');
  }
  if (total === null) return null;
  const shown = roundForDisplay(total, 1);
  if (shown >= thresholds.S) return 'S';
  if (shown >= thresholds.A) return 'A';
  if (shown >= thresholds.B) return 'B';
  if (shown >= thresholds.C) return 'C';
  return 'D';
}
