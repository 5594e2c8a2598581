import type { Db } from '../../db/database.js';
import { z } from 'zod';
import { assignTemplates, type Assignment } from '../appraisal/participants.js';
import * as repo from './cycles.repository.js';

/**
 * The snapshot taken when a cycle opens: every active person whose role has a scorecard
 * template, with that template's current version, their manager and their targets for the
 * period. Later edits of templates, targets or the org chart do not change an opened cycle.
 */
export async function snapshotParticipants(
  db: Db,
  cycle: repo.CycleRow,
): Promise<repo.ParticipantRow[]> {
  const users = await repo.listActiveUsersWithRoles(db.kysely);
  // Someone who joins after the period has nothing to be measured on.
  const joinedBeforeEnd = users.filter((u) => u.joinedOn === null || u.joinedOn <= cycle.lastDay);
  const assignments = await assignTemplates(db, joinedBeforeEnd, cycle.firstDay, {
    allTargetsOfPeriod: true,
  });
  return assignments.map((a) => ({
    cycleId: cycle.id,
    userId: a.userId,
    role: a.role,
    templateVersionId: a.templateVersionId,
    managerId: a.managerId,
    targets: JSON.stringify(a.targets),
  }));
}

/** The per-user targets (业绩目标) a cycle snapshotted for a participant, as stored. */
export const storedTargets = z.record(z.string(), z.number());

/** A cycle's stored participants as the appraisal scores them. */
export function toAssignments(rows: readonly repo.ParticipantRow[]): Assignment[] {
  return rows.map((row) => ({
    userId: row.userId,
    managerId: row.managerId,
    role: row.role,
    templateVersionId: row.templateVersionId,
    targets: storedTargets.parse(JSON.parse(row.targets)),
  }));
}
