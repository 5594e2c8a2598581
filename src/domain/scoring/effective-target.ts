// Per-user targets (业绩目标) override the template's target for that user only.

export type UserTarget = { userId: string; metricId: string; target: number };

export type TargetSource = 'template' | 'user';

export type EffectiveTarget = { target: number; source: TargetSource };

/**
 * The user's own target for a metric, or null. Two targets for the same user and metric are
 * ambiguous (which one is paid on?), so they throw instead of silently picking one.
 */
export function findUserTarget(
  targets: readonly UserTarget[],
  userId: string,
  metricId: string,
): number | null {
  const matches = targets.filter((t) => t.userId === userId && t.metricId === metricId);
  if (matches.length > 1) {
    throw new RangeError(`more than one target for user ${userId} and metric ${metricId}`);
  }
  return matches[0]?.target ?? null;
}

/** The target that applies, and where it came from (shown in the explanation). */
export function effectiveTarget(
  templateTarget: number,
  userTarget: number | null | undefined,
): EffectiveTarget {
  if (userTarget === null || userTarget === undefined) {
    return { target: templateTarget, source: 'template' };
  }
  if (!Number.isFinite(userTarget))
    throw new RangeError(`target must be finite, got ${userTarget}`);
  return { target: userTarget, source: 'user' };
}
