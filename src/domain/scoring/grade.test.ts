import { describe, it, expect } from 'vitest';
import { DEFAULT_GRADE_THRESHOLDS, gradeFor, validateGradeThresholds } from './grade.js';

describe('gradeFor with default thresholds', () => {
  it('uses S ≥ 110, A ≥ 90, B ≥ 75, C ≥ 60, else D, boundaries inclusive', () => {
    expect(DEFAULT_GRADE_THRESHOLDS).toEqual({ S: 110, A: 90, B: 75, C: 60 });
    expect(gradeFor(120)).toBe('S');
    expect(gradeFor(110)).toBe('S');
    expect(gradeFor(109.9)).toBe('A');
    expect(gradeFor(90)).toBe('A');
    expect(gradeFor(89.9)).toBe('B');
    expect(gradeFor(75)).toBe('B');
    expect(gradeFor(74.9)).toBe('C');
    expect(gradeFor(60)).toBe('C');
    expect(gradeFor(59.9)).toBe('D');
    expect(gradeFor(0)).toBe('D');
  });

  it('grades the total as shown (one decimal), so grade and number agree', () => {
    expect(gradeFor(89.96)).toBe('A'); // shown as 90.0
    expect(gradeFor(89.94)).toBe('B'); // shown as 89.9
    expect(gradeFor(59.95)).toBe('C'); // shown as 60.0
  });

  it('gives no grade to an N/A total', () => {
    expect(gradeFor(null)).toBeNull();
  });
});

describe('gradeFor with configured thresholds', () => {
  const strict = { S: 115, A: 95, B: 80, C: 65 };

  it('uses them', () => {
    expect(gradeFor(112, strict)).toBe('A');
    expect(gradeFor(94, strict)).toBe('B');
    expect(gradeFor(64.9, strict)).toBe('D');
  });

  it('rejects thresholds that are not strictly decreasing', () => {
    expect(validateGradeThresholds(strict)).toBe(true);
    expect(validateGradeThresholds({ S: 90, A: 90, B: 75, C: 60 })).toBe(false);
    expect(validateGradeThresholds({ S: 110, A: 90, B: 95, C: 60 })).toBe(false);
    expect(validateGradeThresholds({ S: Number.NaN, A: 90, B: 75, C: 60 })).toBe(false);
    expect(() => gradeFor(100, { S: 60, A: 75, B: 90, C: 110 })).toThrow(RangeError);
  });
});
