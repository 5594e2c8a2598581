import { AsyncLocalStorage } from 'node:async_hooks';

const replayed = new AsyncLocalStorage<Date>();

/**
 * Runs `work` with `nowIso()` answering `at`: for replaying past actions through the services
 * (the demo company's past appraisal cycles), so that what they stamp is the time they happened.
 */
export function atInstant<T>(at: Date, work: () => Promise<T>): Promise<T> {
  return replayed.run(at, work);
}

/** Current time as an ISO-8601 UTC string, the storage form of every timestamp. */
export function nowIso(): string {
  return (replayed.getStore() ?? new Date()).toISOString();
}
