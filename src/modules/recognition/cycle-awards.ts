import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { RecognitionGrantsTable } from '../../db/tables/recognition.table.js';
import {
  AWARD_NAMES,
  bestCrmUser,
  mostImproved,
  type AwardCandidate,
  type AwardDecision,
} from '../../domain/recognition/awards.js';
import { newId } from '../../platform/ids.js';
import type { CycleRow } from '../cycles/cycles.repository.js';
import * as repo from './recognition.repository.js';

type Member = Awaited<ReturnType<typeof repo.cycleMembers>>[number];

/** The award groups of a cycle: its participants by role and department. */
export function groupsOf(members: readonly Member[]): Member[][] {
  const groups = new Map<string, Member[]>();
  for (const m of members) {
    const key = `${m.role}\u0000${m.departmentId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()];
}

/**
 * The awards of a closed cycle (docs/METRICS.md "Recognition"), decided per group, as grant rows
 * with each decision as its evidence. Reads through `executor` (the publishing transaction).
 */
export async function cycleAwardGrants(
  executor: Executor,
  cycle: CycleRow,
  maxOpenFlags: number,
  at: string,
): Promise<Insertable<RecognitionGrantsTable>[]> {
  const members = await repo.cycleMembers(executor, cycle.id);
  const flags = await repo.openFlagCounts(
    executor,
    members.map((m) => m.userId),
    cycle.periodEnd,
  );
  const previous = await repo.previousClosedCycle(executor, cycle);
  const before = new Map(
    previous ? (await repo.totalsIn(executor, previous.id)).map((r) => [r.userId, r]) : [],
  );
  const rows: Insertable<RecognitionGrantsTable>[] = [];
  for (const group of groupsOf(members)) {
    const { role, departmentId } = group[0] as Member;
    const candidates: AwardCandidate[] = group.map((m) => {
      const earlier = before.get(m.userId);
      return {
        userId: m.userId,
        total: m.total ?? null,
        applicableShare: m.applicableShare ?? 0,
        openFlags: flags.get(m.userId) ?? 0,
        previousTotal: earlier && earlier.role === role ? earlier.total : null,
      };
    });
    const decisions: AwardDecision[] = [
      bestCrmUser(candidates, maxOpenFlags),
      mostImproved(candidates, maxOpenFlags, previous !== undefined),
    ];
    for (const decision of decisions)
      for (const winner of decision.winners)
        rows.push({
          id: newId(),
          kind: 'award',
          key: decision.kind,
          userId: winner.userId,
          occasion: `${cycle.id}:${role}:${departmentId ?? ''}`,
          cycleId: cycle.id,
          role,
          departmentId,
          ...AWARD_NAMES[decision.kind],
          evidence: JSON.stringify({
            cycleName: cycle.name,
            previousCycleId: previous?.id ?? null,
            maxOpenFlags,
            winner,
            groupSize: decision.groupSize,
            eligible: decision.eligible,
            excluded: decision.excluded,
          }),
          grantedAt: at,
        });
  }
  return rows;
}
