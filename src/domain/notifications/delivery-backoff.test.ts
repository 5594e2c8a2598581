import { describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS, nextAttemptAt } from './delivery-backoff.js';

describe('delivery backoff', () => {
  const failedAt = new Date('2026-11-18T02:00:00.000Z');
  it.each([
    [1, '2026-11-18T02:01:00.000Z'],
    [2, '2026-11-18T02:02:00.000Z'],
    [3, '2026-11-18T02:04:00.000Z'],
    [4, '2026-11-18T02:08:00.000Z'],
  ])('after failure %i retries at %s', (attempts, expected) => {
    expect(nextAttemptAt(failedAt, attempts)?.toISOString()).toBe(expected);
  });

  it('gives up after the last attempt', () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBe(5);
    expect(nextAttemptAt(failedAt, 5)).toBeNull();
  });
});
