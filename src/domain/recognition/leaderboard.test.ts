import { describe, expect, it } from 'vitest';
import { leaderboardView, rankEntries } from './leaderboard.js';

const board = [
  { userId: 'a', total: 70 },
  { userId: 'b', total: 91.26 },
  { userId: 'c', total: 91.34 },
  { userId: 'd', total: 85 },
  { userId: 'e', total: null },
  { userId: 'f', total: 60 },
];

describe('rankEntries', () => {
  it('ranks by the total shown with shared ranks (1, 1, 3) and leaves N/A totals out', () => {
    expect(rankEntries(board)).toEqual([
      { userId: 'b', total: 91.3, rank: 1 },
      { userId: 'c', total: 91.3, rank: 1 },
      { userId: 'd', total: 85, rank: 3 },
      { userId: 'a', total: 70, rank: 4 },
      { userId: 'f', total: 60, rank: 5 },
    ]);
  });
});

describe('leaderboardView', () => {
  it('shows the top N and the viewer below it, nobody else below the top', () => {
    const view = leaderboardView(board, 2, 'f');
    expect(view.top.map((e) => e.userId)).toEqual(['b', 'c']);
    expect(view.me).toEqual({ userId: 'f', total: 60, rank: 5 });
    expect(view.size).toBe(5);
  });

  it('includes everyone tied at rank N', () => {
    expect(leaderboardView(board, 1, 'a').top.map((e) => e.userId)).toEqual(['b', 'c']);
  });

  it('has no own rank for a viewer without a total or not on the board', () => {
    expect(leaderboardView(board, 3, 'e').me).toBeNull();
    expect(leaderboardView(board, 3, 'zz').me).toBeNull();
  });
});
