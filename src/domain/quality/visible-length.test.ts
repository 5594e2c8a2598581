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

describe('visibleLength on text of single-unit characters', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const bySegmenter = (text: string) => Array.from(segmenter.segment(text)).length;

  it('agrees with grapheme segmentation on Chinese and English notes', () => {
    for (const text of [
      '对方来电咨询，沟通合同条款，对方法务提出付款节点调整。',
      '“报价单”已发送……《合同》待审，下周三再约！',
      'Called the buyer: pricing agreed, trial next week (2 seats).\n\tFollow up Friday.',
      '',
    ])
      expect(visibleLength(text)).toBe(bySegmenter(text));
  });

  it('falls back to segmentation for a carriage return, a joiner or a combining mark', () => {
    expect(visibleLength('a\r\nb')).toBe(3);
    expect(visibleLength('客户\u200d确认')).toBe(bySegmenter('客户\u200d确认'));
    expect(visibleLength('cafe\u0301')).toBe(4);
  });
});
