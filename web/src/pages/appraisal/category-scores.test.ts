import { describe, expect, it } from 'vitest';
import { categoryScores } from './category-scores';

describe('categoryScores', () => {
  it('weights the scores within each category and leaves N/A items out', () => {
    expect(
      categoryScores([
        { category: 'process', weight: 10, score: 100 },
        { category: 'result', weight: 15, score: 60 },
        { category: 'process', weight: 30, score: 80 },
        { category: 'result', weight: 5, score: null },
        { category: 'collaboration', weight: 5, score: null },
      ]),
    ).toEqual([
      { category: 'process', score: 85 },
      { category: 'result', score: 60 },
    ]);
  });
});
