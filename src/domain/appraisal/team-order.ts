/**
 * The order in which managers' totals must be computed: a manager's team score needs the totals
 * of every report below them, including managers below them, so the lowest managers come first.
 * `managerOf` maps each participant to their manager (null at the top).
 */
export function managersBottomUp(managerOf: ReadonlyMap<string, string | null>): string[] {
  const reports = new Map<string, string[]>();
  for (const [user, manager] of managerOf) {
    if (manager === null) continue;
    reports.set(manager, [...(reports.get(manager) ?? []), user]);
  }
  const height = new Map<string, number>();
  const heightOf = (user: string, path: Set<string>): number => {
    const known = height.get(user);
    if (known !== undefined) return known;
    if (path.has(user)) return 0; // a loop in bad data: stop rather than recurse forever
    path.add(user);
    const h = Math.max(0, ...(reports.get(user) ?? []).map((r) => heightOf(r, path) + 1));
    path.delete(user);
    height.set(user, h);
    return h;
  };
  return [...reports.keys()].sort(
    (a, b) => heightOf(a, new Set()) - heightOf(b, new Set()) || a.localeCompare(b),
  );
}

/** Everyone below `manager`, at any depth. */
export function allReports(
  manager: string,
  managerOf: ReadonlyMap<string, string | null>,
): string[] {
  const below: string[] = [];
  for (const user of managerOf.keys()) {
    let current = managerOf.get(user) ?? null;
    const seen = new Set<string>();
    while (current !== null && !seen.has(current)) {
      if (current === manager) {
        below.push(user);
        break;
      }
      seen.add(current);
      current = managerOf.get(current) ?? null;
    }
  }
  return below;
}

/**
 * People in slices of `size` for scoring slice by slice: everyone who manages no one first, then
 * the managers lowest first, so that every report is scored in an earlier slice than (or the
 * same slice as) their manager.
 */
export function inSlices<T extends { userId: string }>(
  people: readonly T[],
  managerOf: ReadonlyMap<string, string | null>,
  size: number,
): T[][] {
  const managers = managersBottomUp(managerOf);
  const isManager = new Set(managers);
  const byId = new Map(people.map((p) => [p.userId, p]));
  const ordered = [
    ...people.filter((p) => !isManager.has(p.userId)),
    ...managers.flatMap((id) => byId.get(id) ?? []),
  ];
  const slices: T[][] = [];
  for (let i = 0; i < ordered.length; i += size) slices.push(ordered.slice(i, i + size));
  return slices;
}
