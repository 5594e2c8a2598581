import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { periodBounds } from '../../domain/time/period.js';
import { nowIso } from '../../platform/clock.js';
import { fieldProblem, notFound, refusal } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { dayRangeToInstants } from '../../platform/http/day-range.js';
import { pageWindow } from '../../platform/http/list-query.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { settleValidity } from './activity-checks.service.js';
import { canClearFlag } from './quality.policy.js';
import type { ListFlagsQuery } from './quality.schema.js';
import * as repo from './quality-flags.repository.js';
import { runQualityRules } from './quality-run.service.js';

/** A flag about a user within the actor's data scope; anything else is "not found". */
export async function loadFlag(db: Db, actor: Actor, id: string): Promise<repo.FlagRow> {
  const found = await repo.findFlag(db.kysely, id, ownerScopeOf(actor));
  if (!found || Number(found.inScope) !== 1) throw notFound('quality_flag');
  const { inScope: _inScope, ...flag } = found;
  return flag;
}

/** A page of flags, each with its record (when it happened, its name, its customer). */
export async function listFlags(db: Db, actor: Actor, query: ListFlagsQuery, zone: string) {
  const created = dayRangeToInstants(query.createdFrom, query.createdTo, zone);
  const page = await repo.listFlags(
    db.kysely,
    ownerScopeOf(actor),
    {
      userId: query.userId,
      rule: query.rule,
      status: query.status,
      entity: query.entity,
      recordId: query.recordId,
      createdFrom: created.from,
      createdBefore: created.before,
    },
    query.order,
    pageWindow(query),
  );
  const records = await repo.findFlaggedRecords(db.kysely, page.items);
  return {
    total: page.total,
    totalCapped: page.totalCapped,
    items: page.items.map((flag) => ({
      flag,
      record: records.get(`${flag.entity}:${flag.recordId}`) ?? null,
    })),
  };
}

const refuseClearing = () =>
  refusal(
    'quality_flag_clear_not_allowed',
    'Only a manager of this person (or HR, an executive, an admin) clears a flag, never on themselves',
    {},
  );

/** Clears one open flag in the caller's transaction; false when it was already cleared. */
async function clearInside(
  trx: Executor,
  actor: Actor,
  flag: repo.FlagRow,
  reason: string,
  at: string,
): Promise<boolean> {
  if (!(await repo.clearOpenFlag(trx, flag.id, { by: actor.id, at, reason }))) return false;
  if (flag.entity === 'activity') await settleValidity(trx, [flag.recordId]);
  await writeHistory(trx, {
    entity: 'quality_flag',
    entityId: flag.id,
    action: 'update',
    actorId: actor.id,
    before: { status: flag.status, clearedBy: null, clearedReason: null },
    after: { status: 'cleared', clearedBy: actor.id, clearedReason: reason },
  });
  return true;
}

/**
 * Clears an open flag with the manager's reason, audited in the history (entity 'quality_flag').
 * Clearing a Q3/Q4 flag makes the activity valid again (validity follows the open flags). A flag
 * already cleared answers 409 Conflict: the request raced another clearing or repeats one, and
 * the first reason stands.
 */
export async function clearFlag(db: Db, actor: Actor, id: string, reason: string) {
  const flag = await loadFlag(db, actor, id);
  if (!canClearFlag(actor, flag)) throw refuseClearing();
  const at = nowIso();
  return inTransaction(db, async (trx) => {
    if (!(await clearInside(trx, actor, flag, reason, at)))
      throw refusal('quality_flag_already_cleared', 'This flag is already cleared', {}, [
        fieldProblem('status', 'not_allowed_from_status', 'already cleared', { status: 'cleared' }),
      ]);
    return {
      ...flag,
      status: 'cleared' as const,
      clearedBy: actor.id,
      clearedAt: at,
      clearedReason: reason,
    };
  });
}

/**
 * Clears several flags with one reason, all or none: every flag must be in the actor's scope
 * (else 404) and theirs to clear (else 403). Flags already cleared are left as they were and
 * counted; each one cleared is audited like a single clearing.
 */
export async function clearFlags(db: Db, actor: Actor, ids: readonly string[], reason: string) {
  const flags: repo.FlagRow[] = [];
  for (const id of new Set(ids)) flags.push(await loadFlag(db, actor, id));
  const open = flags.filter((flag) => flag.status === 'open');
  if (open.some((flag) => !canClearFlag(actor, flag))) throw refuseClearing();
  const at = nowIso();
  return inTransaction(db, async (trx) => {
    let cleared = 0;
    for (const flag of open) if (await clearInside(trx, actor, flag, reason, at)) cleared += 1;
    return { cleared, alreadyCleared: flags.length - cleared };
  });
}

/** Open flags per user in the actor's scope, by rule, for flags created in the org-zone days. */
export async function flagSummary(
  db: Db,
  actor: Actor,
  range: { from?: string | undefined; to?: string | undefined },
  zone: string,
) {
  const created = dayRangeToInstants(range.from, range.to, zone);
  const rows = await repo.countOpenFlags(db.kysely, ownerScopeOf(actor), {
    createdFrom: created.from,
    createdBefore: created.before,
  });
  const byUser = new Map<
    string,
    { userId: string; open: number; byRule: Record<string, number> }
  >();
  for (const row of rows) {
    const entry = byUser.get(row.userId) ?? { userId: row.userId, open: 0, byRule: {} };
    entry.open += row.n;
    entry.byRule[row.rule] = row.n;
    byUser.set(row.userId, entry);
  }
  return { items: [...byUser.values()] };
}

/** The bulk run over whole org-zone days [from, to]. */
export async function runQuality(db: Db, range: { from: string; to: string }, zone: string) {
  const period = periodBounds('custom', { firstDay: range.from, lastDay: range.to }, zone);
  return runQualityRules(db, period, zone);
}
