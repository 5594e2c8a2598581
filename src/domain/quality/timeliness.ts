export const TIMELY_THRESHOLD_MS = 24 * 60 * 60 * 1000;

/**
 * update_timeliness: recorded_at − effective_at ≤ 24 h (exactly 24 h is timely). An event
 * recorded before its effective time (e.g. a payment recorded on its received_on day, whose
 * effective time is the start of that day, or a stage change dated later) has a negative delay
 * and is timely: it was not late.
 */
export function isTimely(effectiveAt: Date, recordedAt: Date): boolean {
  return recordedAt.getTime() - effectiveAt.getTime() <= TIMELY_THRESHOLD_MS;
}
