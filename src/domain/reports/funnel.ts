/** Funnel steps, each with its conversion from the previous step (null for the first, or after 0). */
export type WithConversion<T> = T & { conversion: number | null };

/** Conversion per step = count / previous step's count (METRICS.md "Sales funnel"). */
export function funnelSteps<T extends { count: number }>(steps: readonly T[]): WithConversion<T>[] {
  return steps.map((step, index) => {
    const previous = index === 0 ? undefined : steps[index - 1];
    const conversion =
      previous === undefined || previous.count === 0 ? null : step.count / previous.count;
    return { ...step, conversion };
  });
}
