import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { RecognitionGrantsTable } from '../../db/tables/recognition.table.js';
import { evaluateBadge, type BadgeObservation } from '../../domain/recognition/badge-rule.js';
import { newId } from '../../platform/ids.js';
import type { CycleRow } from '../cycles/cycles.repository.js';
import type { LiveBadge } from './badge-catalogue.js';
import * as repo from './recognition.repository.js';

/**
 * The "cycles running" badges earned when `cycle` closes: for each of its participants and each
 * such badge, the metric's stored values in the last n closed cycles of the kind, this one last.
 */
export async function cycleBadgeGrants(
  executor: Executor,
  cycle: CycleRow,
  badges: readonly LiveBadge[],
  at: string,
): Promise<Insertable<RecognitionGrantsTable>[]> {
  const rules = badges.flatMap((b) =>
    b.rule.window.kind === 'cycles' ? [{ badge: b, count: b.rule.window.count }] : [],
  );
  if (rules.length === 0) return [];
  const deepest = Math.max(...rules.map((r) => r.count));
  const cycles = (await repo.closedCyclesUpTo(executor, cycle, deepest)).reverse();
  if (cycles.at(-1)?.id !== cycle.id) return [];
  const values = new Map<string, number | null>();
  for (const v of await repo.itemValues(
    executor,
    cycles.map((c) => c.id),
    [...new Set(rules.map((r) => r.badge.rule.metric))],
  ))
    values.set(`${v.cycleId}:${v.userId}:${v.metric}`, v.value);
  const held = await repo.holdersOf(
    executor,
    rules.map((r) => r.badge.key),
  );
  const members = await repo.cycleMembers(executor, cycle.id);
  const rows: Insertable<RecognitionGrantsTable>[] = [];
  for (const { badge, count } of rules)
    for (const m of members) {
      if (held.has(`${badge.key}:${m.userId}`)) continue;
      const observations: BadgeObservation[] = cycles.slice(-count).map((c) => ({
        occasion: c.id,
        value: values.get(`${c.id}:${m.userId}:${badge.rule.metric}`) ?? null,
      }));
      const evidence = evaluateBadge(badge.rule, badge.dir, observations);
      if (evidence)
        rows.push({
          id: newId(),
          kind: 'badge',
          key: badge.key,
          userId: m.userId,
          occasion: '',
          cycleId: cycle.id,
          role: m.role,
          departmentId: m.departmentId,
          nameZh: badge.nameZh,
          nameEn: badge.nameEn,
          evidence: JSON.stringify(evidence),
          grantedAt: at,
        });
    }
  return rows;
}
