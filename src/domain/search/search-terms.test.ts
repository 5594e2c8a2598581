import { describe, expect, it } from 'vitest';
import {
  containsPattern,
  hasNonAsciiCase,
  longestAsciiFoldedStretch,
  searchTerms,
} from './search-terms.js';

describe('searchTerms', () => {
  it('finds the same phone digits in every common way of writing a Chinese mobile', () => {
    for (const query of [
      '13800138000',
      '138 0013 8000',
      '+86-138-0013-8000',
      '0086 138 0013 8000',
      '(+86) 138-0013-8000',
    ]) {
      expect(searchTerms(query)).toEqual({
        texts: [query.toLowerCase()],
        phoneDigits: '13800138000',
      });
    }
  });

  it('treats a query with letters or CJK as text only', () => {
    expect(searchTerms('星河 138')).toEqual({ texts: ['星河 138'], phoneDigits: null });
    expect(searchTerms('HT-2026-001x')).toEqual({ texts: ['ht-2026-001x'], phoneDigits: null });
  });

  it('looks for a number written with digits both as text and as a phone', () => {
    expect(searchTerms('2026-0017')).toEqual({ texts: ['2026-0017'], phoneDigits: '20260017' });
  });

  it('needs at least four digits before it searches phones', () => {
    expect(searchTerms('138')).toEqual({ texts: ['138'], phoneDigits: null });
    expect(searchTerms('1380')).toEqual({ texts: ['1380'], phoneDigits: '1380' });
  });

  it('folds case and full-width forms, trims, collapses spaces and drops the field separator', () => {
    expect(searchTerms('  ＡＣＭＥ   Trading|  ')).toEqual({
      texts: ['acme trading', 'ａｃｍｅ trading'],
      phoneDigits: null,
    });
    expect(searchTerms('星河（北京）')).toEqual({
      texts: ['星河(北京)', '星河（北京）'],
      phoneDigits: null,
    });
    expect(searchTerms('星河')).toEqual({ texts: ['星河'], phoneDigits: null });
  });

  it('returns null when nothing is left', () => {
    expect(searchTerms('   ')).toBeNull();
    expect(searchTerms('|')).toBeNull();
  });
});

describe('containsPattern', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
    expect(containsPattern('星河')).toBe('%星河%');
  });
});

describe('hasNonAsciiCase', () => {
  it('is true for a letter beyond ASCII with two cases, in either case', () => {
    for (const text of ['ÖBB', 'österreich', 'Émile', 'москва', 'Ω', 'acme ß'])
      expect(hasNonAsciiCase(text), text).toBe(true);
  });

  it('is false for ASCII, Chinese, digits and punctuation', () => {
    for (const text of ['Acme Trading', '星河科技', '（北京）', '138-0013', '5% off', ''])
      expect(hasNonAsciiCase(text), text).toBe(false);
  });
});

describe('longestAsciiFoldedStretch', () => {
  it('is the longest stretch between non-ASCII cased letters, Chinese and spaces included', () => {
    expect(longestAsciiFoldedStretch('österreich')).toBe('sterreich');
    expect(longestAsciiFoldedStretch('émile brûlé')).toBe('mile br');
    expect(longestAsciiFoldedStretch('星河 müller')).toBe('星河 m');
    expect(longestAsciiFoldedStretch('acme')).toBe('acme');
  });

  it('is empty when every character is a non-ASCII cased letter', () => {
    expect(longestAsciiFoldedStretch('ö')).toBe('');
    expect(longestAsciiFoldedStretch('ΩΩ')).toBe('');
    expect(longestAsciiFoldedStretch('')).toBe('');
  });
});
