import { describe, it, expect } from 'vitest';
import { visibleLength } from './visible-length.js';

describe('visibleLength', () => {
  it('counts a CJK character as 1', () => {
    expect(visibleLength('客户')).toBe(2);
    expect(visibleLength('客户对报价满意，下周签约')).toBe(12);
  });

  it('counts an emoji as 1, including modifier and ZWJ sequences', () => {
    expect(visibleLength('👍')).toBe(1);
    expect(visibleLength('👍🏽')).toBe(1);
    expect(visibleLength('👨‍👩‍👧')).toBe(1);
    expect(visibleLength('好的👍')).toBe(3);
  });

  it('counts a combining accent with its letter', () => {
    expect(visibleLength('e\u0301')).toBe(1);
    expect(visibleLength('café')).toBe(4);
  });

  it('counts the empty string as 0', () => {
    expect(visibleLength('')).toBe(0);
  });
});
