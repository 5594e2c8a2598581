import { describe, it, expect } from 'vitest';
import {
  COPY_PASTE_WINDOW_MS,
  findCopies,
  findCopyPasteActivities,
  normaliseContent,
  type ContentActivity,
} from './copy-paste.js';

const HOUR = 60 * 60 * 1000;
const t0 = Date.UTC(2025, 2, 1, 2, 0, 0);
const act = (id: string, content: string | null, hoursAfter: number): ContentActivity => ({
  id,
  content,
  recordedAt: new Date(t0 + hoursAfter * HOUR),
});

describe('normaliseContent', () => {
  it('collapses whitespace, trims and case-folds', () => {
    expect(normaliseContent('  Called   the CLIENT\n\tabout pricing  ')).toBe(
      'called the client about pricing',
    );
    expect(normaliseContent('电话沟通　报价')).toBe('电话沟通 报价'); // ideographic space
    expect(normaliseContent('ＣＡＬＬ ｄｏｎｅ')).toBe('call done');
    expect(normaliseContent(null)).toBe('');
  });

  it('keeps punctuation and wording differences', () => {
    expect(normaliseContent('报价已发送。')).not.toBe(normaliseContent('报价已发送'));
  });
});

describe('findCopyPasteActivities', () => {
  const text = '电话沟通了报价方案，客户会再考虑';

  it('marks the later of two identical activities within 168 h', () => {
    expect(COPY_PASTE_WINDOW_MS).toBe(168 * HOUR);
    expect(findCopyPasteActivities([act('a', text, 0), act('b', text, 24)])).toEqual(['b']);
  });

  it('matches after normalising whitespace and case', () => {
    const acts = [
      act('a', 'Sent the Quote to Mr Li', 0),
      act('b', '  sent the quote  to mr li ', 5),
    ];
    expect(findCopyPasteActivities(acts)).toEqual(['b']);
  });

  it('the input order does not matter', () => {
    expect(findCopyPasteActivities([act('b', text, 24), act('a', text, 0)])).toEqual(['b']);
  });

  it('counts a copy recorded exactly 168 h before', () => {
    expect(findCopyPasteActivities([act('a', text, 0), act('b', text, 168)])).toEqual(['b']);
  });

  it('does not count a copy recorded more than 168 h before', () => {
    const later = { id: 'b', content: text, recordedAt: new Date(t0 + 168 * HOUR + 1) };
    expect(findCopyPasteActivities([act('a', text, 0), later])).toEqual([]);
  });

  it('with equal recorded_at keeps the lowest id and marks the others', () => {
    expect(
      findCopyPasteActivities([act('c', text, 3), act('a', text, 3), act('b', text, 3)]),
    ).toEqual(['c', 'b']);
  });

  it('chains through an activity that is itself a copy', () => {
    // a at 0, b at 100 h (copy of a), c at 200 h: 100 h after b → copy
    expect(
      findCopyPasteActivities([act('a', text, 0), act('b', text, 100), act('c', text, 200)]),
    ).toEqual(['b', 'c']);
  });

  it('leaves different content alone', () => {
    expect(
      findCopyPasteActivities([act('a', text, 0), act('b', '上门拜访，演示了报表功能', 1)]),
    ).toEqual([]);
  });

  it('returns nothing for none or one activity', () => {
    expect(findCopyPasteActivities([])).toEqual([]);
    expect(findCopyPasteActivities([act('a', text, 0)])).toEqual([]);
  });

  it('rejects duplicate ids', () => {
    expect(() => findCopyPasteActivities([act('a', text, 0), act('a', text, 1)])).toThrow(
      RangeError,
    );
  });
});

describe('findCopies', () => {
  it('maps each copy to the latest earlier activity with the same content, in input order', () => {
    const copies = findCopies([
      act('c', 'Quoted the price', 50),
      act('a', 'quoted  the PRICE', 0),
      act('x', 'Visited the plant', 10),
      act('b', 'Quoted the price', 20),
    ]);
    expect([...copies]).toEqual([
      ['c', 'b'],
      ['b', 'a'],
    ]);
  });

  it('names the first by id as the original of copies recorded at the same instant', () => {
    const copies = findCopies([act('z', 'same', 1), act('m', 'same', 1), act('a', 'same', 1)]);
    expect(Object.fromEntries(copies)).toEqual({ m: 'a', z: 'm' });
  });

  it('names no original outside the 168 h window', () => {
    const copies = findCopies([act('a', 'same', 0), act('b', 'same', 169)]);
    expect(copies.size).toBe(0);
  });
});
