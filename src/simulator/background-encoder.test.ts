import { describe, expect, it } from 'vitest';
import { decodeChanges, encodeChanges } from '../db/history-codec.js';
import { startBackgroundEncoder } from './background-encoder.js';

describe('background history encoder', () => {
  it('stores each document byte for byte as encodeChanges does, batches answered in order', async () => {
    const encoder = startBackgroundEncoder();
    try {
      const first = ['{}', '{"name":[null,"北京星河科技有限公司"],"status":[null,"potential"]}'];
      const second = [JSON.stringify({ content: [null, '跟进'.repeat(400)] })];
      const [a, b] = await Promise.all([encoder.encode(first), encoder.encode(second)]);
      expect(a.map((x) => x.toString('hex'))).toEqual(
        first.map((d) => encodeChanges(d).toString('hex')),
      );
      expect(b.map(decodeChanges)).toEqual(second);
    } finally {
      await encoder.close();
    }
  });

  it('fails a batch sent after the worker stopped instead of waiting for ever', async () => {
    const encoder = startBackgroundEncoder();
    await encoder.close();
    await expect(encoder.encode(['{}'])).rejects.toThrow();
  });
});
