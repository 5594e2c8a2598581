export const BACKFILL_THRESHOLD_MS = 72 * 60 * 60 * 1000;

/**
 * Q6: recorded more than 72 h after it occurred (exactly 72 h is not a backfill). The activity
 * stays valid; it is also late for update_timeliness.
 */
export function isBackfill(occurredAt: Date, recordedAt: Date): boolean {
  return recordedAt.getTime() - occurredAt.getTime() > BACKFILL_THRESHOLD_MS;
}
