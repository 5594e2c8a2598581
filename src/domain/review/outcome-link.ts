import { spearmanRankCorrelation } from './spearman.js';

/** One person's item scores over a review window (several cycles: several scores). */
export type PersonScores = ReadonlyMap<string, readonly (number | null)[]>;

/** The mean of the non-N/A scores, null when there is none. */
export function meanScore(scores: readonly (number | null)[] | undefined): number | null {
  const values = (scores ?? []).filter((s): s is number => s !== null);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Spearman's rank correlation, across people, of each process item with each result item
 * (docs/METRICS.md, "Outcome link"); a person's score is the mean over the window.
 */
export function outcomeLinks(
  people: readonly PersonScores[],
  processMetrics: readonly string[],
  resultMetrics: readonly string[],
): { process: string; result: string; people: number; rho: number | null }[] {
  return processMetrics.flatMap((process) =>
    resultMetrics.map((result) => {
      const xs = people.map((p) => meanScore(p.get(process)));
      const ys = people.map((p) => meanScore(p.get(result)));
      const paired = xs.filter((x, i) => x !== null && ys[i] !== null).length;
      return { process, result, people: paired, rho: spearmanRankCorrelation(xs, ys) };
    }),
  );
}
