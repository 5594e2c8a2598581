export type ParentLink = { id: string; parentId: string | null };
export type ClosurePair = { ancestorId: string; descendantId: string; depth: number };

/**
 * Every (ancestor, descendant, depth) pair of a forest, including each node with itself at
 * depth 0. Used for both the manager hierarchy and the department tree, so that "my reports at
 * any depth" and "my department and below" are one indexed lookup in a query.
 */
export function closureOf(links: ParentLink[]): ClosurePair[] {
  const parentOf = new Map(links.map((l) => [l.id, l.parentId]));
  const pairs: ClosurePair[] = [];
  for (const { id } of links) {
    let depth = 0;
    let current: string | null | undefined = id;
    const seen = new Set<string>();
    while (current !== null && current !== undefined && !seen.has(current)) {
      seen.add(current);
      if (parentOf.has(current)) pairs.push({ ancestorId: current, descendantId: id, depth });
      current = parentOf.get(current);
      depth += 1;
    }
  }
  return pairs;
}

/** Whether making `parentId` the parent of `id` would close a loop (including self-parenting). */
export function createsCycle(links: ParentLink[], id: string, parentId: string | null): boolean {
  if (parentId === null) return false;
  const parentOf = new Map(links.map((l) => [l.id, l.parentId]));
  let current: string | null | undefined = parentId;
  const seen = new Set<string>();
  while (current !== null && current !== undefined && !seen.has(current)) {
    if (current === id) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}
