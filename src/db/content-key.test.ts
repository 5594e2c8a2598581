import { describe, expect, it } from 'vitest';
import { contentKey } from './content-key.js';

describe('contentKey', () => {
  it('is the same for texts with the same normal form', () => {
    expect(contentKey('  Called   the CLIENT\n')).toBe(contentKey('called the client'));
    expect(contentKey('ＣＡＬＬ ｄｏｎｅ')).toBe(contentKey('call done'));
    expect(contentKey(null)).toBe(contentKey(''));
  });

  it('tells apart texts whose normal forms differ', () => {
    const texts = [
      '报价已发送。',
      '报价已发送',
      'called the client',
      'called the client.',
      '',
      'a',
    ];
    expect(new Set(texts.map(contentKey)).size).toBe(texts.length);
  });

  it('fits a 32-bit signed integer column', () => {
    for (const text of ['x', '电话沟通了报价方案', 'Follow-up call 7'])
      expect(Number.isInteger(contentKey(text)) && Math.abs(contentKey(text)) <= 2 ** 31).toBe(
        true,
      );
  });
});
