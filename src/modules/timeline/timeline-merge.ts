export type TimelineKind =
  'activity' | 'stage_change' | 'contract' | 'payment' | 'ticket' | 'feedback';

export type TimelineItem = {
  kind: TimelineKind;
  id: string;
  /** ISO instant; a date-only event (contract signed, payment received) sits at the start of its org-zone day. */
  at: string;
  allDay: boolean;
  title: string;
  summary: string | null;
  actorId: string | null;
  /** The record the item belongs to: a stage change's opportunity, a payment's contract. */
  refId: string | null;
  amountCents: number | null;
  currency: string | null;
};

/** Newest first; equal times fall back to kind, then id (newest id first), so pages are stable. */
function compare(a: TimelineItem, b: TimelineItem): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * One page of the merged timeline. Each list holds the newest `offset + limit` items of its
 * kind (already newest first), which is all the merge needs: no item further down any list can
 * rank within the first `offset + limit` of the whole.
 */
export function mergeTimeline(
  lists: TimelineItem[][],
  offset: number,
  limit: number,
): TimelineItem[] {
  return lists
    .flat()
    .sort(compare)
    .slice(offset, offset + limit);
}
