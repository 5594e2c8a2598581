import type { Db } from '../../src/db/database.js';
import { statementsSideBySide } from '../../src/db/statements-side-by-side.js';
import type { FactContext } from '../../src/modules/metrics/metric-period.js';
import { REFERENCE_SQL, type ReferenceQuery } from './reference-sql.js';

/** The reference statement of a metric; a metric without one has no baseline to be measured against. */
export function referenceOf(metric: string): ReferenceQuery | undefined {
  return (REFERENCE_SQL as Record<string, ReferenceQuery | undefined>)[metric];
}

/**
 * Runs the reference SQL of the given metrics for one period side by side through the same gate as
 * the engine's fact queries (`statementsSideBySide`). Metrics without a reference (team_score,
 * custom metrics) are left out and returned.
 */
export async function runReferences(
  db: Db,
  ctx: FactContext,
  metrics: readonly string[],
): Promise<{ ran: string[]; without: string[] }> {
  const ran = metrics.filter((m) => referenceOf(m) !== undefined);
  const oneCoreEach = statementsSideBySide();
  await Promise.all(
    ran.map((m) => oneCoreEach(async () => referenceOf(m)?.(ctx).execute(db.kysely))),
  );
  return { ran, without: metrics.filter((m) => !ran.includes(m)) };
}
