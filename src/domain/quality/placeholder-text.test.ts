import { describe, it, expect } from 'vitest';
import { PLACEHOLDER_TEXTS, isPlaceholderText } from './placeholder-text.js';

describe('isPlaceholderText', () => {
  it('flags every listed placeholder', () => {
    expect(PLACEHOLDER_TEXTS.size).toBe(17);
    for (const text of PLACEHOLDER_TEXTS) expect(isPlaceholderText(text)).toBe(true);
  });

  it('is case-insensitive and trims', () => {
    expect(isPlaceholderText('TEST')).toBe(true);
    expect(isPlaceholderText('  N/A  ')).toBe(true);
    expect(isPlaceholderText('None')).toBe(true);
    expect(isPlaceholderText('NULL')).toBe(true);
    expect(isPlaceholderText('XXX')).toBe(true);
    expect(isPlaceholderText('\t暂无\n')).toBe(true);
  });

  it('matches full-width forms typed with a Chinese IME', () => {
    expect(isPlaceholderText('ＴＥＳＴ')).toBe(true);
    expect(isPlaceholderText('Ｎ／Ａ')).toBe(true);
    expect(isPlaceholderText('１２３')).toBe(true);
  });

  it('flags any single character', () => {
    expect(isPlaceholderText('a')).toBe(true);
    expect(isPlaceholderText('好')).toBe(true);
    expect(isPlaceholderText(' ? ')).toBe(true);
    expect(isPlaceholderText('👍')).toBe(true);
  });

  it('does not flag empty text (unfilled, not a flag)', () => {
    expect(isPlaceholderText('')).toBe(false);
    expect(isPlaceholderText('   ')).toBe(false);
    expect(isPlaceholderText(null)).toBe(false);
    expect(isPlaceholderText(undefined)).toBe(false);
  });

  it('does not flag real text, nor text that only contains a placeholder', () => {
    expect(isPlaceholderText('制造业')).toBe(false);
    expect(isPlaceholderText('测试客户')).toBe(false);
    expect(isPlaceholderText('testing')).toBe(false);
    expect(isPlaceholderText('1234')).toBe(false);
    expect(isPlaceholderText('华东')).toBe(false);
    expect(isPlaceholderText('n / a')).toBe(false);
  });
});
