export const COPY_PASTE_WINDOW_MS = 168 * 60 * 60 * 1000;

export type ContentActivity = { id: string; content: string | null; recordedAt: Date };

/**
 * Q4 normal form: NFKC (full-width letters and digits become ASCII), whitespace runs collapsed
 * to one space, trimmed, lower-cased.
 */
export function normaliseContent(content: string | null | undefined): string {
  if (content === null || content === undefined) return '';
  return content.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function compareRecorded(a: ContentActivity, b: ContentActivity): number {
  const diff = a.recordedAt.getTime() - b.recordedAt.getTime();
  if (diff !== 0) return diff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Q4 for ONE user's activities: each activity whose normalised content equals that of another of
 * the user's activities recorded in the 168 h before this one's recorded_at (the later-recorded
 * one is invalid), mapped to the latest such earlier activity (the one it copies). In input order.
 * - The window is [recordedAt − 168 h, recordedAt): an earlier copy recorded exactly 168 h
 *   before still counts, like every other window in the spec, closed at its start.
 * - Equal recorded_at (a double submit, an import): neither is "before" the other, but keeping
 *   both would count one piece of work twice, so they are ordered by id and all but the first
 *   are invalid — deterministic, and exactly one survives.
 * - The earlier activity counts whether or not it is itself invalid, as the spec says "another of
 *   that user's activities": the same text pasted every 4 days stays invalid after the first.
 */
export function findCopies(activities: readonly ContentActivity[]): Map<string, string> {
  const ids = new Set(activities.map((a) => a.id));
  if (ids.size !== activities.length) throw new RangeError('activity ids must be unique');
  const lastSeen = new Map<string, ContentActivity>();
  const copyOf = new Map<string, string>();
  for (const activity of [...activities].sort(compareRecorded)) {
    const key = normaliseContent(activity.content);
    const previous = lastSeen.get(key);
    if (
      previous !== undefined &&
      activity.recordedAt.getTime() - previous.recordedAt.getTime() <= COPY_PASTE_WINDOW_MS
    )
      copyOf.set(activity.id, previous.id);
    lastSeen.set(key, activity);
  }
  const inInputOrder = new Map<string, string>();
  for (const a of activities) {
    const original = copyOf.get(a.id);
    if (original !== undefined) inInputOrder.set(a.id, original);
  }
  return inInputOrder;
}

/** The ids of `findCopies`: the activities that Q4 makes invalid, in input order. */
export function findCopyPasteActivities(activities: readonly ContentActivity[]): string[] {
  return [...findCopies(activities).keys()];
}
