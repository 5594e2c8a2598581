import type { Db } from '../../db/database.js';
import { templateRoleFor } from '../../domain/appraisal/template-item.js';
import { z } from 'zod';
import { contentOf } from '../templates/template-content.js';
import * as templatesRepo from '../templates/templates.repository.js';
import type { Participant } from '../scorecard/score-participants.js';
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
  const [users, templates, targets] = await Promise.all([
    repo.listActiveUsersWithRoles(db.kysely),
    templatesRepo.listTemplates(db.kysely),
    repo.targetsForPeriod(db.kysely, cycle.firstDay),
  ]);
  const versionByRole = new Map(
    templates.flatMap((t) => (t.currentVersionId ? [[t.role, t.currentVersionId] as const] : [])),
  );
  const targetsByUser = new Map<string, Record<string, number>>();
  for (const t of targets)
    targetsByUser.set(t.userId, { ...(targetsByUser.get(t.userId) ?? {}), [t.metric]: t.target });
  // Someone who joins after the period has nothing to be measured on.
  const joinedBeforeEnd = (joinedOn: string | null) =>
    joinedOn === null || joinedOn <= cycle.lastDay;
  return users.flatMap((user) => {
    const role = templateRoleFor(user.roles);
    const versionId = role ? versionByRole.get(role) : undefined;
    if (!role || !versionId || !joinedBeforeEnd(user.joinedOn)) return [];
    return [
      {
        cycleId: cycle.id,
        userId: user.id,
        role,
        templateVersionId: versionId,
        managerId: user.managerId,
        targets: JSON.stringify(targetsByUser.get(user.id) ?? {}),
      },
    ];
  });
}

const storedTargets = z.record(z.string(), z.number());

/** Participants ready to score: their snapshot plus their current join/leave dates. */
export async function toParticipants(
  db: Db,
  rows: readonly repo.ParticipantRow[],
): Promise<Participant[]> {
  const [versions, users] = await Promise.all([
    templatesRepo.findVersions(db.kysely, [...new Set(rows.map((r) => r.templateVersionId))]),
    repo.findUsersByIds(
      db.kysely,
      rows.map((r) => r.userId),
    ),
  ]);
  const contentById = new Map(versions.map((v) => [v.id, contentOf(v)]));
  const userById = new Map(users.map((u) => [u.id, u]));
  return rows.flatMap((row) => {
    const template = contentById.get(row.templateVersionId);
    if (!template) return [];
    const user = userById.get(row.userId);
    return [
      {
        userId: row.userId,
        joinedOn: user?.joinedOn ?? null,
        leftOn: user?.leftOn ?? null,
        managerId: row.managerId,
        template,
        targets: storedTargets.parse(JSON.parse(row.targets)),
      },
    ];
  });
}
