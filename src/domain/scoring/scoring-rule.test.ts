import { describe, it, expect } from 'vitest';
import { DEFAULT_CAP, parseDirection, validateScoringRule } from './scoring-rule.js';

describe('parseDirection', () => {
  it('accepts +, - and the typographic minus', () => {
    expect(parseDirection('+')).toBe('+');
    expect(parseDirection('-')).toBe('-');
    expect(parseDirection('−')).toBe('-');
    expect(parseDirection(' + ')).toBe('+');
  });

  it('rejects anything else', () => {
    expect(() => parseDirection('up')).toThrow(RangeError);
    expect(() => parseDirection('')).toThrow(RangeError);
  });
});

describe('validateScoringRule', () => {
  it('accepts a sensible rule in each direction', () => {
    expect(DEFAULT_CAP).toBe(120);
    expect(validateScoringRule({ dir: '+', floor: 0.5, target: 0.9 })).toEqual([]);
    expect(validateScoringRule({ dir: '-', floor: 60, target: 30, cap: 100 })).toEqual([]);
  });

  it('rejects target equal to floor', () => {
    expect(validateScoringRule({ dir: '+', floor: 1, target: 1 })).toEqual(['target_equals_floor']);
  });

  it('rejects a target on the wrong side of the floor', () => {
    expect(validateScoringRule({ dir: '+', floor: 10, target: 5 })).toEqual([
      'target_on_wrong_side_of_floor',
    ]);
    expect(validateScoringRule({ dir: '-', floor: 5, target: 10 })).toEqual([
      'target_on_wrong_side_of_floor',
    ]);
  });

  it('rejects a cap below 100, accepts exactly 100', () => {
    expect(validateScoringRule({ dir: '+', floor: 0, target: 1, cap: 99 })).toEqual([
      'cap_below_100',
    ]);
    expect(validateScoringRule({ dir: '+', floor: 0, target: 1, cap: 100 })).toEqual([]);
  });

  it('rejects non-finite numbers', () => {
    expect(validateScoringRule({ dir: '+', floor: 0, target: Number.NaN })).toEqual(['not_finite']);
    expect(
      validateScoringRule({ dir: '+', floor: 0, target: 1, cap: Number.POSITIVE_INFINITY }),
    ).toEqual(['not_finite']);
  });
});
