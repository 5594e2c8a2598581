import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler, sharedAnswer } from './shared-answer.js';

/** A response schema whose encoding counts how often it ran. */
function countingSchema() {
  const encoded = { count: 0 };
  const amount = z.codec(z.string(), z.number(), {
    decode: (text) => Number(text),
    encode: (value) => {
      encoded.count++;
      return String(value);
    },
  });
  const schema = z.object({ total: amount });
  const serialize = serializerCompiler({ schema, method: 'GET', url: '/answer' });
  return { encoded, serialize };
}

describe('shared answers', () => {
  it('encodes and serialises a shared answer once, whoever receives it', () => {
    const { encoded, serialize } = countingSchema();
    const answer = sharedAnswer({ total: 12.5 });
    expect([serialize(answer), serialize(answer), serialize(answer)]).toEqual([
      '{"total":"12.5"}',
      '{"total":"12.5"}',
      '{"total":"12.5"}',
    ]);
    expect(encoded.count).toBe(1);
  });

  it('encodes every other answer on its own, equal ones included', () => {
    const { encoded, serialize } = countingSchema();
    const answer = { total: 3 };
    expect(serialize(answer)).toBe('{"total":"3"}');
    answer.total = 4;
    expect(serialize(answer)).toBe('{"total":"4"}');
    expect(serialize(sharedAnswer({ total: 4 }))).toBe('{"total":"4"}');
    expect(encoded.count).toBe(3);
  });

  it('still refuses a shared answer its schema does not allow', () => {
    const { serialize } = countingSchema();
    expect(() => serialize(sharedAnswer({ total: 'many' }))).toThrow();
  });
});
