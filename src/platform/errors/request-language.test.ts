import { describe, expect, it } from 'vitest';
import { requestLanguage } from './request-language.js';

describe('requestLanguage', () => {
  it('is zh-CN when Chinese is the most preferred language', () => {
    expect(requestLanguage('zh-CN')).toBe('zh-CN');
    expect(requestLanguage('zh')).toBe('zh-CN');
    expect(requestLanguage('zh-Hans-CN,en;q=0.8')).toBe('zh-CN');
    expect(requestLanguage('en;q=0.5, zh-TW;q=0.9')).toBe('zh-CN');
    expect(requestLanguage(['fr;q=0.1', 'ZH-cn'])).toBe('zh-CN');
  });

  it('is en otherwise, and without a header', () => {
    expect(requestLanguage(undefined)).toBe('en');
    expect(requestLanguage('')).toBe('en');
    expect(requestLanguage('en')).toBe('en');
    expect(requestLanguage('en-US,zh-CN;q=0.5')).toBe('en');
    expect(requestLanguage('zh-CN;q=0, fr')).toBe('en');
    expect(requestLanguage('zhx')).toBe('en');
  });
});
