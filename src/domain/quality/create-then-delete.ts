export const CREATE_THEN_DELETE_WINDOW_MS = 24 * 60 * 60 * 1000;
export const CREATE_THEN_DELETE_USER_THRESHOLD = 5;

/**
 * Q7: a record deleted within 24 h of its creation (exactly 24 h included, as "within") never
 * counts. A deletion stamped before the creation (clock skew) is treated the same: the record
 * never lived.
 */
export function isCreateThenDelete(createdAt: Date, deletedAt: Date | null): boolean {
  if (deletedAt === null) return false;
  return deletedAt.getTime() - createdAt.getTime() <= CREATE_THEN_DELETE_WINDOW_MS;
}

/** Q7 user flag: ≥ 5 create-then-delete records by one user in a period. */
export function isCreateThenDeleteUser(countInPeriod: number): boolean {
  return countInPeriod >= CREATE_THEN_DELETE_USER_THRESHOLD;
}
