import { describe, it, expect } from 'vitest';
import { normalisePhone } from './phone-normalise.js';

describe('normalisePhone', () => {
  it('keeps digits only', () => {
    expect(normalisePhone('138 0013 8000')).toBe('13800138000');
    expect(normalisePhone('138-0013-8000')).toBe('13800138000');
    expect(normalisePhone('(138) 0013.8000')).toBe('13800138000');
  });

  it('drops +86 in every common spelling', () => {
    expect(normalisePhone('+8613800138000')).toBe('13800138000');
    expect(normalisePhone('+86 138 0013 8000')).toBe('13800138000');
    expect(normalisePhone('+86-138-0013-8000')).toBe('13800138000');
    expect(normalisePhone('(+86) 13800138000')).toBe('13800138000');
    expect(normalisePhone('＋８６ １３８００１３８０００')).toBe('13800138000');
  });

  it('drops 0086', () => {
    expect(normalisePhone('0086 138 0013 8000')).toBe('13800138000');
    expect(normalisePhone('0086-13800138000')).toBe('13800138000');
  });

  it('drops a bare leading 86 before a full number', () => {
    expect(normalisePhone('8613800138000')).toBe('13800138000');
    expect(normalisePhone('86 138 0013 8000')).toBe('13800138000');
  });

  it('keeps a landline with its area code', () => {
    expect(normalisePhone('010-8888 6666')).toBe('01088886666');
    expect(normalisePhone('(0755) 8612-3456')).toBe('075586123456');
    expect(normalisePhone('+86 (0)10 8888 6666')).toBe('01088886666');
    expect(normalisePhone('+86 10 8888 6666')).toBe('1088886666');
  });

  it('does not cut a local number that merely starts with 86', () => {
    expect(normalisePhone('8612 3456')).toBe('86123456');
    expect(normalisePhone('861234567')).toBe('861234567');
  });

  it('keeps a 86 that is not at the start', () => {
    expect(normalisePhone('138 8600 8686')).toBe('13886008686');
  });

  it('turns full-width digits into digits', () => {
    expect(normalisePhone('１３８００１３８０００')).toBe('13800138000');
  });

  it('returns an empty string for empty or digit-less input', () => {
    expect(normalisePhone('')).toBe('');
    expect(normalisePhone(null)).toBe('');
    expect(normalisePhone(undefined)).toBe('');
    expect(normalisePhone('无')).toBe('');
  });
});
