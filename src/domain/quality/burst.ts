export const BURST_MIN_COUNT = 10;
export const BURST_WINDOW_MS = 10 * 60 * 1000;

/** An activity's creation instant is its recorded_at (when it was entered). */
export type TimedActivity = { id: string; recordedAt: Date };

/**
 * Q5 for ONE user's activities: ids of all activities that lie in some 10-minute window holding
 * ≥ 10 of them (flagged for review; they stay valid). Windows are half-open [t, t + 10 min), like
 * periods: ten activities from 09:00:00 to 09:10:00 exactly span more than the window and are not
 * a burst; ten from 09:00:00 to 09:09:59.999 are. Returned in input order.
 */
export function findBursts(activities: readonly TimedActivity[]): string[] {
  const sorted = [...activities].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  const times = sorted.map((a) => a.recordedAt.getTime());
  const flagged = new Set<string>();
  let end = 0;
  // Everything before this index is flagged already: windows overlap, each activity is added once.
  let flaggedUntil = 0;
  // A window holding ≥ 10 activities can slide right until it starts at its first activity
  // without losing any, so it is enough to test the windows starting at each activity.
  for (let start = 0; start < times.length; start += 1) {
    const from = times[start] ?? 0;
    end = Math.max(end, start);
    while (end < times.length && (times[end] ?? 0) < from + BURST_WINDOW_MS) end += 1;
    if (end - start < BURST_MIN_COUNT) continue;
    for (let i = Math.max(start, flaggedUntil); i < end; i += 1) {
      const activity = sorted[i];
      if (activity) flagged.add(activity.id);
    }
    flaggedUntil = end;
  }
  return activities.filter((a) => flagged.has(a.id)).map((a) => a.id);
}
