import { AsyncLocalStorage } from 'node:async_hooks';

const replayed = new AsyncLocalStorage<Date>();

/**
 * The current instant. Services read the time only through here, so that tests can set it
 * (vitest's fake Date), a cycle can score at its own stored time instead, and past actions can
 * be replayed at the time they happened (`atInstant`).
 */
export function now(): Date {
  return replayed.getStore() ?? new Date();
}

/** Current time as an ISO-8601 UTC string, the storage form of every timestamp. */
export function nowIso(): string {
  return now().toISOString();
}

/**
 * Runs `work` with `now()` answering `at`: for replaying past actions through the services
 * (the demo company's past appraisal cycles), so that what they stamp is the time they happened.
 */
export function atInstant<T>(at: Date, work: () => Promise<T>): Promise<T> {
  return replayed.run(at, work);
}
