import { describe, expect, it } from 'vitest';
import { groupByCategory } from './category-groups';

describe('groupByCategory', () => {
  it('keeps categories in first-seen order and rows in their order within each', () => {
    const rows = [
      { metric: 'a', category: 'process' },
      { metric: 'b', category: 'results' },
      { metric: 'c', category: 'process' },
      { metric: 'd', category: 'collaboration' },
      { metric: 'e', category: 'results' },
    ];
    expect(
      groupByCategory(rows, (r) => r.category).map((g) => [g.row.metric, g.groupSize]),
    ).toEqual([
      ['a', 2],
      ['c', 0],
      ['b', 2],
      ['e', 0],
      ['d', 1],
    ]);
  });

  it('returns nothing for no rows', () => {
    expect(groupByCategory([], () => 'x')).toEqual([]);
  });
});
