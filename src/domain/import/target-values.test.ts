import { describe, expect, it } from 'vitest';
import { parseTargetPeriod, parseTargetValue } from './target-values.js';

describe('parseTargetPeriod', () => {
  it.each([
    ['2026-10', '2026-10'],
    ['2026/1', '2026-01'],
    ['2026年10月', '2026-10'],
    ['2026年3月份', '2026-03'],
    ['2026-10-15', '2026-10'],
    ['2026Q4', '2026-Q4'],
    ['2026 q1', '2026-Q1'],
    ['Q3 2026', '2026-Q3'],
    ['2026年第4季度', '2026-Q4'],
    ['2026年四季度', '2026-Q4'],
    ['２０２６年１０月', '2026-10'],
  ])('%s → %s', (raw, value) => {
    expect(parseTargetPeriod(raw)).toEqual({ ok: true, value });
  });

  it.each(['2026-13', '2026Q5', '十月', '2026', ''])('refuses %s', (raw) => {
    expect(parseTargetPeriod(raw)).toEqual({
      ok: false,
      code: 'import_date_invalid',
      params: { value: raw },
    });
  });
});

describe('parseTargetValue', () => {
  it('reads money as cents, with ¥, commas and 万', () => {
    expect(parseTargetValue('¥150,000', 'money')).toEqual({ ok: true, value: 15_000_000 });
    expect(parseTargetValue('15万', 'money')).toEqual({ ok: true, value: 15_000_000 });
  });

  it('reads percentages as fractions, with or without %', () => {
    expect(parseTargetValue('85%', 'percent')).toEqual({ ok: true, value: 0.85 });
    expect(parseTargetValue('0.6', 'percent')).toEqual({ ok: true, value: 0.6 });
  });

  it('reads other units as plain numbers and leaves range checks to the target rules', () => {
    expect(parseTargetValue('1,200', 'count')).toEqual({ ok: true, value: 1200 });
    expect(parseTargetValue('-3', 'days')).toEqual({ ok: true, value: -3 });
    expect(parseTargetValue('十五', 'count')).toEqual({
      ok: false,
      code: 'import_number_invalid',
      params: { value: '十五' },
    });
  });
});
