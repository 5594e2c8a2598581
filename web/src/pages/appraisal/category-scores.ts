export type WeightedScore = {
  category: string;
  weight: number;
  /** null for an item that is N/A: it takes no part. */
  score: number | null;
};

/** Weighted mean score per category, over the items that are not N/A, in first-seen order. */
export function categoryScores(
  items: readonly WeightedScore[],
): { category: string; score: number }[] {
  const sums = new Map<string, { weighted: number; weight: number }>();
  for (const item of items) {
    if (item.score === null || item.weight <= 0) continue;
    const sum = sums.get(item.category) ?? { weighted: 0, weight: 0 };
    sum.weighted += item.weight * item.score;
    sum.weight += item.weight;
    sums.set(item.category, sum);
  }
  return [...sums].map(([category, sum]) => ({ category, score: sum.weighted / sum.weight }));
}
