import type { Db } from '../../db/database.js';
import { templateRoleFor } from '../../domain/appraisal/template-item.js';
import { contentOf } from './template-content.js';
import * as repo from './appraisal.repository.js';
import type { Participant } from './score-participants.js';

/** A person as the appraisal takes them: their roles decide their template. */
export type Person = { id: string; roles: readonly string[]; managerId: string | null };

/** Who is scored against what: a role's template version and the person's targets. */
export type Assignment = {
  userId: string;
  managerId: string | null;
  role: string;
  templateVersionId: string;
  /** Per-user targets (业绩目标) by metric. */
  targets: Readonly<Record<string, number>>;
};

/**
 * The people whose role has a scorecard template, each with that template's current version
 * and their targets for the period that starts on `firstDay`. The live scorecard scores these
 * at once; a cycle stores them when it opens, so later edits do not change it.
 */
export async function assignTemplates(
  db: Db,
  people: readonly Person[],
  firstDay: string,
  options: { allTargetsOfPeriod?: boolean } = {},
): Promise<Assignment[]> {
  const [versions, targets] = await Promise.all([
    repo.currentTemplateVersions(db.kysely),
    repo.targetsOfPeriod(
      db.kysely,
      firstDay,
      options.allTargetsOfPeriod ? undefined : people.map((p) => p.id),
    ),
  ]);
  const versionByRole = new Map(versions.map((v) => [v.role, v.versionId]));
  const targetsByUser = new Map<string, Record<string, number>>();
  for (const t of targets)
    targetsByUser.set(t.userId, { ...(targetsByUser.get(t.userId) ?? {}), [t.metric]: t.target });
  return people.flatMap((person) => {
    const role = templateRoleFor(person.roles);
    const templateVersionId = role ? versionByRole.get(role) : undefined;
    if (!role || !templateVersionId) return [];
    return [
      {
        userId: person.id,
        managerId: person.managerId,
        role,
        templateVersionId,
        targets: targetsByUser.get(person.id) ?? {},
      },
    ];
  });
}

/**
 * Participants ready to score: each assignment with its template version's content and the
 * person's current join and leave dates. An assignment whose version is gone is left out.
 */
export async function participantsOf(
  db: Db,
  assignments: readonly Assignment[],
): Promise<Participant[]> {
  const [versions, tenures] = await Promise.all([
    repo.findVersions(db.kysely, [...new Set(assignments.map((a) => a.templateVersionId))]),
    repo.findTenures(
      db.kysely,
      assignments.map((a) => a.userId),
    ),
  ]);
  const contentById = new Map(versions.map((v) => [v.id, contentOf(v)]));
  const tenureOf = new Map(tenures.map((u) => [u.id, u]));
  return assignments.flatMap((assignment) => {
    const template = contentById.get(assignment.templateVersionId);
    if (!template) return [];
    const tenure = tenureOf.get(assignment.userId);
    return [
      {
        userId: assignment.userId,
        joinedOn: tenure?.joinedOn ?? null,
        leftOn: tenure?.leftOn ?? null,
        managerId: assignment.managerId,
        template,
        targets: assignment.targets,
      },
    ];
  });
}
