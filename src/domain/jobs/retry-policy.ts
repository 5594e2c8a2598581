/** A daily job is tried this many times a day at most: the scheduled run and two retries. */
export const MAX_DAILY_ATTEMPTS = 3;

/** The wait after a failed attempt before the next: 10 minutes, then 20. */
export const RETRY_BACKOFF_MINUTES = 10;

/** A periodic job that failed this many runs in a row is reported to the admins. */
export const PERIODIC_FAILURES_REPORTED = 3;

export type RunOutcome = {
  attempt: number;
  status: 'running' | 'succeeded' | 'failed';
  finishedAt: string | null;
};

/**
 * The attempt a retry should make now for a day's runs of a daily job, or null: only after a
 * failed last attempt, once its backoff (10 min × 2^(attempt − 1)) has passed, and while fewer
 * than MAX_DAILY_ATTEMPTS were made.
 */
export function dueRetryAttempt(runs: readonly RunOutcome[], now: Date): number | null {
  const last = runs.reduce<RunOutcome | null>(
    (latest, run) => (latest === null || run.attempt > latest.attempt ? run : latest),
    null,
  );
  if (last === null || last.status !== 'failed' || last.finishedAt === null) return null;
  if (last.attempt >= MAX_DAILY_ATTEMPTS) return null;
  const wait = RETRY_BACKOFF_MINUTES * 2 ** (last.attempt - 1) * 60_000;
  return now.getTime() >= Date.parse(last.finishedAt) + wait ? last.attempt + 1 : null;
}

/**
 * Whether the newest runs (newest first) of a periodic job have just reached the reported
 * streak of failures: exactly the last PERIODIC_FAILURES_REPORTED failed, so a job that keeps
 * failing is reported once per streak, not on every run.
 */
export function failureStreakJustReached(newestFirst: readonly RunOutcome[]): boolean {
  const streak = newestFirst.findIndex((run) => run.status !== 'failed');
  const failedInARow = streak === -1 ? newestFirst.length : streak;
  return failedInARow === PERIODIC_FAILURES_REPORTED;
}
