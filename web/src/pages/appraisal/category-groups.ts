/**
 * Rows grouped by category, the categories in the order they first appear and the rows of each
 * in their own order (a template's order), with where each group starts and how long it is.
 */
export function groupByCategory<T>(
  rows: readonly T[],
  categoryOf: (row: T) => string,
): { row: T; category: string; groupSize: number }[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const category = categoryOf(row);
    groups.set(category, [...(groups.get(category) ?? []), row]);
  }
  return [...groups].flatMap(([category, members]) =>
    members.map((row, index) => ({ row, category, groupSize: index === 0 ? members.length : 0 })),
  );
}
