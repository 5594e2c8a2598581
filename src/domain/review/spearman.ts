/**
 * 1-based ranks, ties sharing the average of the ranks they span: [10, 20, 20, 30] → [1, 2.5,
 * 2.5, 4].
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j += 1;
    const rank = (i + j) / 2 + 1; // mean of the 1-based ranks i+1 … j+1
    for (let k = i; k <= j; k += 1) {
      const entry = order[k];
      if (entry !== undefined) ranks[entry.index] = rank;
    }
    i = j + 1;
  }
  return ranks;
}

/**
 * Spearman's rank correlation of paired values: the Pearson correlation of their average ranks
 * (exact with ties, unlike the 1 − 6Σd²/(n(n²−1)) shortcut). Pairs where either side is null
 * (an N/A user) are left out. null when fewer than 3 pairs remain or either side has no
 * variation — a correlation is then undefined, not 0.
 */
export function spearmanRankCorrelation(
  xs: readonly (number | null)[],
  ys: readonly (number | null)[],
): number | null {
  if (xs.length !== ys.length) throw new RangeError('xs and ys must be paired (same length)');
  const pairs: [number, number][] = [];
  xs.forEach((x, i) => {
    const y = ys[i];
    if (x !== null && y !== null && y !== undefined) pairs.push([x, y]);
  });
  if (pairs.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) {
    throw new RangeError('values must be finite');
  }
  if (pairs.length < 3) return null;
  const rx = averageRanks(pairs.map(([x]) => x));
  const ry = averageRanks(pairs.map(([, y]) => y));
  const mean = (pairs.length + 1) / 2; // the mean of 1…n, also with average ranks
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  rx.forEach((r, i) => {
    const dx = r - mean;
    const dy = (ry[i] ?? mean) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  if (sxx === 0 || syy === 0) return null;
  return Math.min(1, Math.max(-1, sxy / Math.sqrt(sxx * syy)));
}
