/** Current time as an ISO-8601 UTC string, the storage form of every timestamp. */
export function nowIso(): string {
  return new Date().toISOString();
}
