import { describe, expect, it } from 'vitest';
import { dueRetryAttempt, failureStreakJustReached, type RunOutcome } from './retry-policy.js';

const failed = (attempt: number, finishedAt: string): RunOutcome => ({
  attempt,
  status: 'failed',
  finishedAt,
});

describe('dueRetryAttempt', () => {
  const at = (iso: string) => new Date(iso);

  it('retries nothing before a first attempt, after a success, or while one runs', () => {
    expect(dueRetryAttempt([], at('2026-03-06T03:00:00Z'))).toBeNull();
    expect(
      dueRetryAttempt(
        [
          failed(1, '2026-03-06T02:16:00Z'),
          { attempt: 2, status: 'succeeded', finishedAt: '2026-03-06T02:27:00Z' },
        ],
        at('2026-03-06T05:00:00Z'),
      ),
    ).toBeNull();
    expect(
      dueRetryAttempt(
        [{ attempt: 1, status: 'running', finishedAt: null }],
        at('2026-03-06T05:00:00Z'),
      ),
    ).toBeNull();
  });

  it('waits 10 minutes after the first failure and 20 after the second', () => {
    const first = [failed(1, '2026-03-06T02:16:00Z')];
    expect(dueRetryAttempt(first, at('2026-03-06T02:25:59.999Z'))).toBeNull();
    expect(dueRetryAttempt(first, at('2026-03-06T02:26:00Z'))).toBe(2);
    const second = [...first, failed(2, '2026-03-06T02:27:00Z')];
    expect(dueRetryAttempt(second, at('2026-03-06T02:46:59.999Z'))).toBeNull();
    expect(dueRetryAttempt(second, at('2026-03-06T02:47:00Z'))).toBe(3);
  });

  it('gives up after the third attempt', () => {
    const runs = [
      failed(1, '2026-03-06T02:16:00Z'),
      failed(2, '2026-03-06T02:27:00Z'),
      failed(3, '2026-03-06T02:48:00Z'),
    ];
    expect(dueRetryAttempt(runs, at('2026-03-06T10:00:00Z'))).toBeNull();
  });
});

describe('failureStreakJustReached', () => {
  const ok: RunOutcome = { attempt: 1, status: 'succeeded', finishedAt: '2026-03-06T02:00:00Z' };
  const bad = failed(1, '2026-03-06T02:00:00Z');

  it('is true when exactly the last three runs failed', () => {
    expect(failureStreakJustReached([bad, bad, bad, ok])).toBe(true);
    expect(failureStreakJustReached([bad, bad, bad])).toBe(true);
  });

  it('is false before the third failure and after it (reported once per streak)', () => {
    expect(failureStreakJustReached([bad, bad, ok])).toBe(false);
    expect(failureStreakJustReached([bad, bad, bad, bad])).toBe(false);
    expect(failureStreakJustReached([ok, bad, bad, bad])).toBe(false);
    expect(failureStreakJustReached([])).toBe(false);
  });
});
