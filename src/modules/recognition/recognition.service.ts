import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isClosed } from '../../domain/appraisal/cycle-workflow.js';
import { leaderboardView } from '../../domain/recognition/leaderboard.js';
import { userTargetProblem } from '../../domain/scoring/user-target.js';
import { now, nowIso } from '../../platform/clock.js';
import { invalidField, notFound, refusal, staleVersion } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import { getCycle } from '../cycles/cycles.service.js';
import {
  badgeOfRow,
  listAllBadges,
  readBuiltInBadgesOff,
  writeBuiltInBadgesOff,
  type Badge,
} from './badge-catalogue.js';
import { BUILT_IN_BADGES } from '../../domain/recognition/built-in-badges.js';
import { regrantCycle } from './recognition-grants.service.js';
import { readRecognitionSettings } from './recognition-settings.js';
import * as repo from './recognition.repository.js';
import { presentGrant } from './recognition.presenter.js';

const DAY_MS = 86_400_000;

/** Awards and badges of the people in the viewer's scope, newest first. */
export async function listGrants(
  db: Db,
  actor: Actor,
  query: { userId?: string | undefined; days?: number | undefined; limit: number },
) {
  const since = query.days
    ? new Date(now().getTime() - query.days * DAY_MS).toISOString()
    : undefined;
  const rows = await repo.listGrants(db.kysely, ownerScopeOf(actor), {
    userId: query.userId,
    since,
    limit: query.limit,
  });
  return rows.map(presentGrant);
}

/**
 * The leaderboards of a closed cycle (the latest by default) that the viewer may see: the top N
 * of each and the viewer's own place, never anyone below the top.
 */
export async function leaderboards(db: Db, actor: Actor, cycleId: string | undefined) {
  const settings = await readRecognitionSettings(db);
  if (!settings.leaderboardsEnabled) return { enabled: false, cycle: null, boards: [] };
  const cycle = cycleId ? await getCycle(db, cycleId) : await repo.latestClosedCycle(db.kysely);
  if (!cycle) return { enabled: true, cycle: null, boards: [] };
  if (!isClosed(cycle.status))
    throw refusal('cycle_not_closed', 'Leaderboards are shown for published cycles only', {
      status: cycle.status,
    });
  const groups = await repo.visibleGroups(db.kysely, cycle.id, actor.id, ownerScopeOf(actor));
  const boards = [];
  for (const g of groups) {
    const members = await repo.boardMembers(db.kysely, cycle.id, g.role, g.departmentId);
    const names = new Map(members.map((m) => [m.userId, m.name]));
    const view = leaderboardView(members, settings.leaderboardSize, actor.id);
    const place = (p: { userId: string; total: number; rank: number }) => ({
      ...p,
      name: names.get(p.userId) ?? '',
    });
    boards.push({
      role: g.role,
      departmentId: g.departmentId,
      departmentName: g.departmentName,
      size: view.size,
      top: view.top.map(place),
      me: view.me ? place(view.me) : null,
    });
  }
  return { enabled: true, cycle: { id: cycle.id, name: cycle.name }, boards };
}

export function listBadges(db: Db): Promise<Badge[]> {
  return listAllBadges(db);
}

/** An admin's badge on any metric the organisation measures, with a threshold in its unit. */
export async function createBadge(
  db: Db,
  actor: Actor,
  input: Pick<Badge, 'nameZh' | 'nameEn' | 'rule'>,
): Promise<Badge> {
  const metric = (await loadMetricCatalog(db)).get(input.rule.metric)?.definition;
  if (!metric) throw invalidField('rule.metric', 'metric_unknown', 'no such metric');
  if (userTargetProblem(metric, undefined, input.rule.threshold))
    throw invalidField(
      'rule.threshold',
      'target_outside_unit_range',
      'the threshold is not a value of the metric (percentages are fractions 0..1)',
    );
  const id = newId();
  const at = nowIso();
  const row = {
    id,
    key: `custom_${id}`,
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    rule: JSON.stringify(input.rule),
    active: 1,
    createdBy: actor.id,
    createdAt: at,
    updatedAt: at,
  };
  await inTransaction(db, async (trx) => {
    await repo.insertBadge(trx, row);
    await writeHistory(trx, {
      entity: 'badge',
      entityId: id,
      action: 'create',
      actorId: actor.id,
      before: null,
      after: { nameZh: row.nameZh, nameEn: row.nameEn, rule: input.rule },
    });
  });
  return badgeOfRow((await repo.findBadge(db.kysely, id)) as repo.BadgeRow);
}

/** Switches an admin's badge on or off; badges already granted stay. */
export async function setBadgeActive(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; active: boolean },
): Promise<Badge> {
  const badge = await repo.findBadge(db.kysely, id);
  if (!badge) throw notFound('badge');
  await inTransaction(db, async (trx) => {
    if (!(await repo.setBadgeActive(trx, id, input.version, input.active, nowIso())))
      throw staleVersion('badge');
    await writeHistory(trx, {
      entity: 'badge',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: { active: badge.active === 1 },
      after: { active: input.active },
    });
  });
  return badgeOfRow((await repo.findBadge(db.kysely, id)) as repo.BadgeRow);
}

/** Switches a built-in badge on or off for the organisation; badges already granted stay. */
export async function setBuiltInBadgeActive(
  db: Db,
  actor: Actor,
  key: string,
  active: boolean,
): Promise<Badge> {
  if (!BUILT_IN_BADGES.some((b) => b.key === key)) throw notFound('badge');
  const off = new Set((await readBuiltInBadgesOff(db)).keys);
  if (active) off.delete(key);
  else off.add(key);
  await writeBuiltInBadgesOff(db, actor, { keys: [...off].sort() });
  const badge = (await listAllBadges(db)).find((b) => b.builtIn && b.key === key);
  if (!badge) throw notFound('badge');
  return badge;
}

/** Grants a closed cycle's awards and badges again: only what is missing is added. */
export async function grantCycleAgain(db: Db, cycleId: string): Promise<number> {
  const cycle = await getCycle(db, cycleId);
  if (!isClosed(cycle.status))
    throw refusal('cycle_not_closed', 'Awards are granted when a cycle is published', {
      status: cycle.status,
    });
  return (await regrantCycle(db, cycle, now())).length;
}
