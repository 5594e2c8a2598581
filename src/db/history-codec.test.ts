import { describe, expect, it } from 'vitest';
import { changesDocument } from './history-diff.js';
import { decodeChanges, dictionaryDigest, encodeChanges } from './history-codec.js';

const activityCreation = changesDocument(
  Object.entries({
    id: '019071d4-ea67-7846-8000-a4c878bde4a7',
    type: 'meeting',
    recordType: 'customer',
    recordId: '01906c80-bcb7-7143-8000-a266cd74b690',
    customerId: '01906c80-bcb7-7143-8000-a266cd74b690',
    content: '来电咨询，对比了竞品的价格和实施周期，整理会议纪要发给对方确认。',
    occurredAt: '2024-07-02T03:03:16.088Z',
    recordedAt: '2024-07-02T05:04:57.447Z',
    actorId: '019045d3-6400-7965-8000-0027fed2be0f',
    ownerId: '019045d3-6400-7965-8000-0027fed2be0f',
    valid: '1',
    timely: '1',
  }).map(([field, newValue]) => ({ field, oldValue: null, newValue })),
);

describe('history changes codec', () => {
  it.each([
    ['an empty document', '{}'],
    ['a creation', activityCreation],
    ['an update', '{"status":["open","won"],"closedAt":[null,"2026-03-31T15:59:59.999Z"]}'],
    ['fields the dictionary does not know', '{"未来字段":["旧","新"],"x":[null,"😀\\u0000"]}'],
    ['a long text', JSON.stringify({ note: [null, '跟进'.repeat(5_000)] })],
  ])('gives back exactly the text it stored: %s', (_, document) => {
    expect(decodeChanges(encodeChanges(document))).toBe(document);
  });

  it('stores a creation in under 60 % of its text, behind its version byte', () => {
    const stored = encodeChanges(activityCreation);
    expect(stored[0]).toBe(1);
    expect(stored.length).toBeLessThan(Buffer.byteLength(activityCreation) * 0.6);
  });

  it('reads a stored value that sits inside a larger buffer (as drivers may return it)', () => {
    const stored = encodeChanges(activityCreation);
    const pooled = Buffer.concat([Buffer.from('padding'), stored, Buffer.from('tail')]);
    const view = pooled.subarray(7, 7 + stored.length);
    expect(decodeChanges(view)).toBe(activityCreation);
  });

  it('refuses a stored form it does not know and bytes that do not inflate', () => {
    const stored = encodeChanges(activityCreation);
    expect(() => decodeChanges(Buffer.concat([Buffer.of(2), stored.subarray(1)]))).toThrow(
      /unknown stored form 2/,
    );
    expect(() => decodeChanges(Buffer.of())).toThrow(/unknown stored form/);
    expect(() => decodeChanges(stored.subarray(0, 8))).toThrow();
  });

  it('keeps the version 1 dictionary as it was released: rows written with it must read forever', () => {
    expect(dictionaryDigest()).toBe(
      '0df21a522bad402bbbf8286b9e938a692461725568e0e759d3bb58f2b9b8e6e6',
    );
  });
});
