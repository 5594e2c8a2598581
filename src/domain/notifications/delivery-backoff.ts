/** A delivery is tried at most this many times before it is logged as failed. */
export const MAX_DELIVERY_ATTEMPTS = 5;

const FIRST_RETRY_MS = 60_000;

/**
 * When a delivery that has failed `attempts` times (1, 2, …) is tried again: after 1, 2, 4, 8
 * minutes — exponential backoff — or never (null) once it has used all its attempts.
 */
export function nextAttemptAt(failedAt: Date, attempts: number): Date | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  return new Date(failedAt.getTime() + FIRST_RETRY_MS * 2 ** (attempts - 1));
}
