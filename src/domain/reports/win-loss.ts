/** A closed opportunity as the win/loss report counts it. */
export type ClosedDeal = { status: 'won' | 'lost'; amountCents: number };

export type WinLossFigures = {
  wonCount: number;
  wonCents: number;
  lostCount: number;
  lostCents: number;
  /** won / (won + lost) by count; null without any closed deal. */
  winRate: number | null;
};

/** Won and lost counts and amounts of the deals, with the win rate (METRICS.md "Win/loss"). */
export function winLossFigures(deals: readonly ClosedDeal[]): WinLossFigures {
  let wonCount = 0;
  let wonCents = 0;
  let lostCount = 0;
  let lostCents = 0;
  for (const deal of deals) {
    if (deal.status === 'won') {
      wonCount += 1;
      wonCents += deal.amountCents;
    } else {
      lostCount += 1;
      lostCents += deal.amountCents;
    }
  }
  const closed = wonCount + lostCount;
  return {
    wonCount,
    wonCents,
    lostCount,
    lostCents,
    winRate: closed === 0 ? null : wonCount / closed,
  };
}

/**
 * The deals grouped by a key (null: the field is not set), each group with its figures; the
 * largest groups first (most deals, then most lost), ties by key, "not set" last.
 */
export function winLossGroups<T extends ClosedDeal>(
  deals: readonly T[],
  keyOf: (deal: T) => string | null,
): { key: string | null; figures: WinLossFigures }[] {
  const groups = new Map<string | null, T[]>();
  for (const deal of deals) {
    const key = keyOf(deal);
    const list = groups.get(key) ?? [];
    list.push(deal);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .map(([key, list]) => ({ key, figures: winLossFigures(list) }))
    .sort((a, b) => {
      if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
      const size = (g: typeof a) => g.figures.wonCount + g.figures.lostCount;
      return (
        size(b) - size(a) ||
        b.figures.lostCount - a.figures.lostCount ||
        (a.key ?? '').localeCompare(b.key ?? '')
      );
    });
}
