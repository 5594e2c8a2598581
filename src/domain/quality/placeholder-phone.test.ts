import { describe, it, expect } from 'vitest';
import { isPlaceholderPhone } from './placeholder-phone.js';

describe('isPlaceholderPhone', () => {
  it('flags all-same digits', () => {
    expect(isPlaceholderPhone('11111111111')).toBe(true);
    expect(isPlaceholderPhone('000 0000 0000')).toBe(true);
    expect(isPlaceholderPhone('+86 8888 8888')).toBe(true);
  });

  it('flags a whole ascending or descending run', () => {
    expect(isPlaceholderPhone('12345678')).toBe(true);
    expect(isPlaceholderPhone('987654321')).toBe(true);
    expect(isPlaceholderPhone('1234567890')).toBe(true);
    expect(isPlaceholderPhone('0123456789')).toBe(true);
    expect(isPlaceholderPhone('0987654321')).toBe(true);
    expect(isPlaceholderPhone('123-4567-8901')).toBe(true);
    expect(isPlaceholderPhone('+86 123 4567 8901')).toBe(true);
  });

  it('flags fewer than 7 digits, and non-empty text without digits', () => {
    expect(isPlaceholderPhone('123456')).toBe(true);
    expect(isPlaceholderPhone('88 66 12')).toBe(true);
    expect(isPlaceholderPhone('无')).toBe(true);
    expect(isPlaceholderPhone('n/a')).toBe(true);
  });

  it('accepts exactly 7 real digits', () => {
    expect(isPlaceholderPhone('8861234')).toBe(false);
  });

  it('does not flag real numbers', () => {
    expect(isPlaceholderPhone('13800138000')).toBe(false);
    expect(isPlaceholderPhone('+86 138 0013 8000')).toBe(false);
    expect(isPlaceholderPhone('010-8888 6666')).toBe(false);
    expect(isPlaceholderPhone('8612 3456')).toBe(false);
  });

  it('does not flag a run that is only part of the number', () => {
    expect(isPlaceholderPhone('12345679')).toBe(false);
    expect(isPlaceholderPhone('1234567812')).toBe(false);
    expect(isPlaceholderPhone('1357913')).toBe(false);
  });

  it('does not flag an empty field (unfilled, not a flag)', () => {
    expect(isPlaceholderPhone('')).toBe(false);
    expect(isPlaceholderPhone('   ')).toBe(false);
    expect(isPlaceholderPhone(null)).toBe(false);
  });
});
