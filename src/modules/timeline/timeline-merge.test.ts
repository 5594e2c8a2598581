import { describe, expect, it } from 'vitest';
import { mergeTimeline, type TimelineItem, type TimelineKind } from './timeline-merge.js';

const item = (kind: TimelineKind, id: string, at: string): TimelineItem => ({
  kind,
  id,
  at,
  allDay: false,
  title: id,
  summary: null,
  actorId: null,
  refId: null,
  amountCents: null,
  currency: null,
});

describe('mergeTimeline', () => {
  const activities = [
    item('activity', 'a2', '2026-03-05T10:00:00.000Z'),
    item('activity', 'a1', '2026-03-01T10:00:00.000Z'),
  ];
  const contracts = [item('contract', 'c1', '2026-03-03T16:00:00.000Z')];
  const tickets = [item('ticket', 't1', '2026-03-05T10:00:00.000Z')];

  it('orders every kind together, newest first, with a stable tie-break', () => {
    expect(mergeTimeline([activities, contracts, tickets], 0, 10).map((i) => i.id)).toEqual([
      'a2',
      't1',
      'c1',
      'a1',
    ]);
  });

  it('pages over the merged order', () => {
    expect(mergeTimeline([activities, contracts, tickets], 1, 2).map((i) => i.id)).toEqual([
      't1',
      'c1',
    ]);
    expect(mergeTimeline([activities, contracts, tickets], 4, 2)).toEqual([]);
  });
});
