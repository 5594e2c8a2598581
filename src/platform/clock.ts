/**
 * The current instant. Services read the time only through here, so that tests can set it
 * (vitest's fake Date) and a cycle can score at its own stored time instead.
 */
export function now(): Date {
  return new Date();
}

/** Current time as an ISO-8601 UTC string, the storage form of every timestamp. */
export function nowIso(): string {
  return now().toISOString();
}
