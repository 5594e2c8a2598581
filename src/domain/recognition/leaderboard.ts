import { shownTotal } from './shown-total.js';

export type BoardEntry = { userId: string; total: number | null };
export type RankedEntry = { userId: string; total: number; rank: number };

/**
 * Ranks the participants with a total by the total shown, highest first, ties sharing a rank
 * (competition ranking: 1, 1, 3). Ties are listed by user id so that the order is stable.
 */
export function rankEntries(entries: readonly BoardEntry[]): RankedEntry[] {
  const scored = entries
    .filter((e): e is { userId: string; total: number } => e.total !== null)
    .map((e) => ({ userId: e.userId, total: shownTotal(e.total) }))
    .sort((a, b) => b.total - a.total || (a.userId < b.userId ? -1 : 1));
  // Competition ranking: one more than the number of people shown strictly higher.
  return scored.map((e) => ({ ...e, rank: scored.filter((o) => o.total > e.total).length + 1 }));
}

export type LeaderboardView = {
  /** Everyone ranked within the top N (ties at rank N included). */
  top: RankedEntry[];
  /** The viewer's own place, when they are on the board with a total. */
  me: RankedEntry | null;
  /** Participants ranked (with a total). */
  size: number;
};

/** What a viewer may see of a board: the top and their own rank, never anyone below the top. */
export function leaderboardView(
  entries: readonly BoardEntry[],
  topN: number,
  viewerId: string,
): LeaderboardView {
  const ranked = rankEntries(entries);
  return {
    top: ranked.filter((e) => e.rank <= topN),
    me: ranked.find((e) => e.userId === viewerId) ?? null,
    size: ranked.length,
  };
}
