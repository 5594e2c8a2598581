import type { Db } from '../../db/database.js';
import type { Actor } from '../../platform/policy/actor.js';
import { readAppraisalSettings } from '../appraisal/appraisal-settings.js';
import * as repo from './workbench.repository.js';
import { now as currentTime } from '../../platform/clock.js';

export type Hint =
  | { kind: 'missing_field'; field: string; count: number }
  | { kind: 'overdue_plans'; count: number }
  | { kind: 'stale_opportunities'; count: number }
  | { kind: 'uncovered_key_customers'; count: number };

const DAY = 86_400_000;

/**
 * The concrete next steps that would raise the user's own scorecard: the records that keep
 * completeness, plan execution, stale pipeline and follow-up coverage down. Only non-zero hints.
 */
export async function hintsFor(db: Db, actor: Actor, now = currentTime()): Promise<Hint[]> {
  const { keyFields } = await readAppraisalSettings(db);
  const fields = keyFields.filter((f) => f !== 'name');
  const [missing, overdue, stale, uncovered] = await Promise.all([
    repo.countMissingFields(db.kysely, actor.id, fields),
    repo.countOverduePlans(db.kysely, actor.id, now.toISOString()),
    repo.countStaleOpportunities(
      db.kysely,
      actor.id,
      new Date(now.getTime() - 14 * DAY).toISOString(),
    ),
    repo.countUncoveredKeyCustomers(
      db.kysely,
      actor.id,
      new Date(now.getTime() - 30 * DAY).toISOString(),
    ),
  ]);
  const hints: Hint[] = [
    ...Object.entries(missing).map(([field, count]) => ({
      kind: 'missing_field' as const,
      field,
      count,
    })),
    { kind: 'overdue_plans', count: overdue },
    { kind: 'stale_opportunities', count: stale },
    { kind: 'uncovered_key_customers', count: uncovered },
  ];
  return hints.filter((h) => h.count > 0).sort((a, b) => b.count - a.count);
}
