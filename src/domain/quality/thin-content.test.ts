import { describe, it, expect } from 'vitest';
import { MIN_CONTENT_LENGTH, isThinContent } from './thin-content.js';

describe('isThinContent', () => {
  it('flags content shorter than 10 characters', () => {
    expect(MIN_CONTENT_LENGTH).toBe(10);
    expect(isThinContent('好的')).toBe(true);
    expect(isThinContent('已联系')).toBe(true);
    expect(isThinContent('call done')).toBe(true); // 9
  });

  it('accepts exactly 10 characters', () => {
    expect(isThinContent('客户同意下周二来访谈')).toBe(false); // 10 CJK characters
    expect(isThinContent('called him')).toBe(false); // 10 ASCII characters
  });

  it('counts a CJK character as 1, not as its 3 UTF-8 bytes', () => {
    expect(isThinContent('客户对报价满意')).toBe(true); // 7 characters, 21 bytes
    expect(isThinContent('客户对报价满意，下周签约')).toBe(false); // 12
  });

  it('counts an emoji as 1', () => {
    expect(isThinContent('好的👍👍👍')).toBe(true); // 5, though 8 UTF-16 units
    expect(isThinContent('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧')).toBe(true); // 3, though 15 code points
    expect(isThinContent('客户很满意👍下周签约')).toBe(false); // 10
  });

  it('trims before counting', () => {
    expect(isThinContent('   好的   ')).toBe(true);
    expect(isThinContent('\n\t客户同意下周二来访谈  ')).toBe(false);
  });

  it('counts a run of inner whitespace as one character', () => {
    expect(isThinContent('好的          好的')).toBe(true); // 好的 好的 = 5
    expect(isThinContent('好的 好的 好的 好的')).toBe(false); // 8 characters + 3 spaces = 11
  });

  it('flags empty or missing content', () => {
    expect(isThinContent('')).toBe(true);
    expect(isThinContent('     ')).toBe(true);
    expect(isThinContent(null)).toBe(true);
    expect(isThinContent(undefined)).toBe(true);
  });
});
