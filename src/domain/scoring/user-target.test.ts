import { describe, expect, it } from 'vitest';
import { userTargetProblem, withinUnit } from './user-target.js';

const perWeek = { unit: 'per_week', dir: '+' } as const;
const percentDown = { unit: 'percent', dir: '-' } as const;
const activityItem = { floor: 3, cap: 120 };
const staleItem = { floor: 0.4, cap: 120 };

describe('userTargetProblem', () => {
  it('accepts a target better than the floor in the metric’s direction', () => {
    expect(userTargetProblem(perWeek, activityItem, 12)).toBeNull();
    expect(userTargetProblem(percentDown, staleItem, 0.1)).toBeNull();
  });

  it('refuses a target on the wrong side of the floor', () => {
    expect(userTargetProblem(perWeek, activityItem, 2)).toBe('target_on_wrong_side_of_floor');
    expect(userTargetProblem(percentDown, staleItem, 0.5)).toBe('target_on_wrong_side_of_floor');
  });

  it('refuses a target equal to the floor', () => {
    expect(userTargetProblem(perWeek, activityItem, 3)).toBe('target_equals_floor');
  });

  it('refuses values the unit cannot take, with or without a template item', () => {
    expect(userTargetProblem(perWeek, activityItem, -5)).toBe('target_outside_unit_range');
    expect(userTargetProblem(perWeek, undefined, -5)).toBe('target_outside_unit_range');
    expect(userTargetProblem(percentDown, undefined, 1.5)).toBe('target_outside_unit_range');
    expect(userTargetProblem(percentDown, undefined, 1)).toBeNull();
    expect(userTargetProblem(perWeek, undefined, Number.NaN)).toBe('target_outside_unit_range');
  });
});

describe('withinUnit', () => {
  it('takes fractions 0..1 for percentages and anything ≥ 0 for other units', () => {
    expect(withinUnit('percent', 0)).toBe(true);
    expect(withinUnit('percent', 1)).toBe(true);
    expect(withinUnit('percent', 1.5)).toBe(false);
    expect(withinUnit('percent', 150)).toBe(false);
    expect(withinUnit('count', 150)).toBe(true);
    expect(withinUnit('count', -1)).toBe(false);
    expect(withinUnit('money', Number.POSITIVE_INFINITY)).toBe(false);
  });
});
