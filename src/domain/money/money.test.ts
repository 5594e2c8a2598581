import { describe, it, expect } from 'vitest';
import {
  DEFAULT_CURRENCY,
  assertCents,
  centsToDecimalString,
  formatCents,
  isCurrencyCode,
  parseMoneyToCents,
  sumCents,
  tryParseMoneyToCents,
} from './money.js';

describe('parseMoneyToCents', () => {
  it('parses grouped and ungrouped amounts', () => {
    expect(parseMoneyToCents('1,234.56')).toBe(123_456);
    expect(parseMoneyToCents('1234.56')).toBe(123_456);
    expect(parseMoneyToCents('1,234,567')).toBe(123_456_700);
    expect(parseMoneyToCents('300000')).toBe(30_000_000);
    expect(parseMoneyToCents('0')).toBe(0);
  });

  it('pads one decimal', () => {
    expect(parseMoneyToCents('12.5')).toBe(1250);
    expect(parseMoneyToCents('0.05')).toBe(5);
    expect(parseMoneyToCents('0.5')).toBe(50);
  });

  it('accepts signs, the yuan sign, spaces and full-width input', () => {
    expect(parseMoneyToCents('-12.30')).toBe(-1230);
    expect(parseMoneyToCents('−12.30')).toBe(-1230);
    expect(parseMoneyToCents('+12')).toBe(1200);
    expect(parseMoneyToCents('¥1,234.56')).toBe(123_456);
    expect(parseMoneyToCents('￥ 1,234.56')).toBe(123_456);
    expect(parseMoneyToCents('-¥5')).toBe(-500);
    expect(parseMoneyToCents('  42  ')).toBe(4200);
    expect(parseMoneyToCents('１，２３４．５６')).toBe(123_456);
  });

  it('never returns -0', () => {
    expect(Object.is(parseMoneyToCents('-0.00'), 0)).toBe(true);
  });

  it('refuses more than two decimals instead of rounding', () => {
    expect(tryParseMoneyToCents('1.005')).toBeNull();
    expect(() => parseMoneyToCents('1.005')).toThrow(RangeError);
  });

  it('refuses malformed amounts', () => {
    for (const bad of [
      '',
      ' ',
      'abc',
      '1,23.45',
      '12,34',
      '1,2345',
      ',123',
      '.5',
      '5.',
      '1e5',
      '1.2.3',
      '--5',
      '1 234',
      '$12',
      '12元',
      'NaN',
      'Infinity',
    ]) {
      expect(tryParseMoneyToCents(bad), bad).toBeNull();
    }
  });

  it('refuses amounts beyond the safe-integer range', () => {
    expect(tryParseMoneyToCents('90071992547409.91')).toBe(9_007_199_254_740_991);
    expect(tryParseMoneyToCents('90071992547409.92')).toBeNull();
  });
});

describe('centsToDecimalString', () => {
  it('is exact', () => {
    expect(centsToDecimalString(123_456)).toBe('1234.56');
    expect(centsToDecimalString(5)).toBe('0.05');
    expect(centsToDecimalString(-5)).toBe('-0.05');
    expect(centsToDecimalString(100)).toBe('1.00');
    expect(centsToDecimalString(0)).toBe('0.00');
  });
});

describe('formatCents', () => {
  it('formats CNY for zh-CN by default', () => {
    expect(DEFAULT_CURRENCY).toBe('CNY');
    expect(formatCents(123_456)).toBe('¥1,234.56');
    expect(formatCents(30_000_000)).toBe('¥300,000.00');
    expect(formatCents(0)).toBe('¥0.00');
    expect(formatCents(-1230)).toBe('-¥12.30');
  });

  it('formats other locales and currencies', () => {
    expect(formatCents(123_456, 'CNY', 'en-US')).toBe('CN¥1,234.56');
    expect(formatCents(123_456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatCents(123_456, 'JPY', 'en-US')).toBe('¥1,234.56');
  });

  it('is exact for the largest safe amounts', () => {
    expect(formatCents(Number.MAX_SAFE_INTEGER, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
  });

  it('rejects non-integer cents and bad currency codes', () => {
    expect(() => formatCents(12.5)).toThrow(RangeError);
    expect(() => formatCents(Number.NaN)).toThrow(RangeError);
    expect(() => formatCents(2 ** 53)).toThrow(RangeError);
    expect(() => formatCents(100, 'cny')).toThrow(RangeError);
    expect(() => formatCents(100, 'YUAN')).toThrow(RangeError);
  });
});

describe('assertCents / isCurrencyCode / sumCents', () => {
  it('accepts integers only', () => {
    expect(() => assertCents(100)).not.toThrow();
    expect(() => assertCents(-100)).not.toThrow();
    expect(() => assertCents(0.1)).toThrow(RangeError);
    expect(() => assertCents(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('checks ISO 4217 code shape', () => {
    expect(isCurrencyCode('CNY')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('RMB ')).toBe(false);
  });

  it('sums exactly and refuses fractions and overflow', () => {
    expect(sumCents([10, 20, 30])).toBe(60);
    expect(sumCents([])).toBe(0);
    expect(sumCents([-500, 500])).toBe(0);
    expect(() => sumCents([1, 0.5])).toThrow(RangeError);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});
