import { percentile } from '../review/percentile.js';

/** One stay of an opportunity in a stage that it left, with its length in days. */
export type StageStay = { stageId: string; days: number };

export type StageDuration = {
  stageId: string;
  stays: number;
  medianDays: number | null;
  p80Days: number | null;
  bottleneck: boolean;
};

const DAY_MS = 86_400_000;

/** Length of a stay in days, exact, from its start and end instants (ISO strings). */
export function stayDays(enteredAt: string, leftAt: string): number {
  return (Date.parse(leftAt) - Date.parse(enteredAt)) / DAY_MS;
}

/**
 * Median and p80 days per stage, in the given stage order; the bottleneck is the stage with the
 * highest median, a tie going to the higher p80 and then to the earlier stage (METRICS.md
 * "Stage durations").
 */
export function stageDurations(
  stageOrder: readonly string[],
  stays: readonly StageStay[],
): StageDuration[] {
  const rows = stageOrder.map((stageId) => {
    const days = stays.filter((s) => s.stageId === stageId).map((s) => s.days);
    return {
      stageId,
      stays: days.length,
      medianDays: percentile(days, 0.5),
      p80Days: percentile(days, 0.8),
      bottleneck: false,
    };
  });
  let slowest: StageDuration | undefined;
  for (const row of rows) {
    if (row.medianDays === null) continue;
    if (
      slowest === undefined ||
      row.medianDays > (slowest.medianDays ?? 0) ||
      (row.medianDays === slowest.medianDays && (row.p80Days ?? 0) > (slowest.p80Days ?? 0))
    ) {
      slowest = row;
    }
  }
  return rows.map((row) => (row === slowest ? { ...row, bottleneck: true } : row));
}
