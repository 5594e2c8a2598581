import { describe, expect, it } from 'vitest';
import { winLossFigures, winLossGroups } from './win-loss.js';

const won = (amountCents: number, reason: string | null = null) =>
  ({ status: 'won', amountCents, reason }) as const;
const lost = (amountCents: number, reason: string | null = null) =>
  ({ status: 'lost', amountCents, reason }) as const;

describe('winLossFigures', () => {
  it('counts and sums won and lost deals, with the win rate by count', () => {
    expect(winLossFigures([won(100), lost(300), lost(50)])).toEqual({
      wonCount: 1,
      wonCents: 100,
      lostCount: 2,
      lostCents: 350,
      winRate: 1 / 3,
    });
  });

  it('has no win rate without a closed deal', () => {
    expect(winLossFigures([]).winRate).toBeNull();
  });
});

describe('winLossGroups', () => {
  it('puts the largest groups first, then the most lost, then by key, and "not set" last', () => {
    const groups = winLossGroups(
      [
        won(1, 'price'),
        lost(2, null),
        lost(3, 'timing'),
        won(4, 'timing'),
        lost(5, 'budget'),
        lost(6, null),
      ],
      (deal) => deal.reason,
    );
    expect(groups.map((g) => [g.key, g.figures.wonCount, g.figures.lostCount])).toEqual([
      ['timing', 1, 1],
      ['budget', 0, 1],
      ['price', 1, 0],
      [null, 0, 2],
    ]);
    expect(groups[3]?.figures.lostCents).toBe(8);
  });
});
