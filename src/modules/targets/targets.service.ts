import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { builtInMetric } from '../../domain/metrics/catalog.js';
import { userTargetProblem, type UserTargetProblem } from '../../domain/scoring/user-target.js';
import { orgDay } from '../../domain/time/org-day.js';
import { periodBounds } from '../../domain/time/period.js';
import { nowIso } from '../../platform/clock.js';
import { fieldProblem, invalidField, notFound, refusal } from '../../platform/errors/app-error.js';
import { listHistory, writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { findUserInScope } from '../scorecard/scorecard.repository.js';
import { currentTemplateItem } from '../templates/templates.service.js';
import * as repo from './targets.repository.js';

export function listTargets(
  db: Db,
  actor: Actor,
  filter: { userId?: string | undefined; periodStart?: string | undefined },
) {
  return repo.listTargets(db.kysely, ownerScopeOf(actor), filter);
}

const TARGET_PROBLEMS: Record<UserTargetProblem, string> = {
  target_outside_unit_range: 'target is not a possible value of the metric’s unit',
  target_on_wrong_side_of_floor: 'target must be better than floor in the metric’s direction',
  target_equals_floor: 'target must differ from floor',
};

/** Nobody sets their own target: it decides their own score. */
function refuseOwnTarget(actor: Actor, userId: string): void {
  if (userId !== actor.id) return;
  const message = 'You cannot set your own target';
  throw refusal('own_target', message, {}, [fieldProblem('userId', 'own_target', message)]);
}

/**
 * Sets (or changes) one person's target for one metric in one month or quarter. The target
 * replaces the template's for that person only; cycles take the targets in force when they open.
 */
export async function putTarget(
  db: Db,
  actor: Actor,
  input: {
    userId: string;
    metric: string;
    period: 'month' | 'quarter';
    anchorDay: string;
    target: number;
  },
  zone: string,
) {
  const metric = builtInMetric(input.metric);
  if (!metric)
    throw invalidField('metric', 'metric_unknown', `unknown metric "${input.metric}"`, {
      metric: input.metric,
    });
  refuseOwnTarget(actor, input.userId);
  const user = await findUserInScope(db.kysely, input.userId, ownerScopeOf(actor));
  if (!user) throw notFound('user');
  const item = await currentTemplateItem(db.kysely, user.roles, input.metric);
  const problem = userTargetProblem(metric, item, input.target);
  if (problem) throw invalidField('target', problem, TARGET_PROBLEMS[problem]);
  const bounds = periodBounds(input.period, input.anchorDay, zone);
  const periodStart = orgDay(bounds.start, zone);
  const periodEnd = orgDay(new Date(bounds.end.getTime() - 1), zone);
  const now = nowIso();
  return inTransaction(db, async (trx) => {
    await writeTarget(
      trx,
      actor,
      { userId: input.userId, metric: input.metric, periodStart, periodEnd, target: input.target },
      now,
    );
    const saved = await repo.findTarget(trx, input.userId, input.metric, periodStart);
    if (!saved) throw notFound('target');
    return saved;
  });
}

/**
 * Sets a person's target for a metric and period, replacing the one there was, with its history:
 * after the checks, the write shared by the targets page and target imports. Returns its id.
 */
export async function writeTarget(
  trx: Executor,
  actor: Actor,
  t: { userId: string; metric: string; periodStart: string; periodEnd: string; target: number },
  at: string,
): Promise<string> {
  const existing = await repo.findTarget(trx, t.userId, t.metric, t.periodStart);
  const id = existing?.id ?? newId();
  if (existing) await repo.updateTargetValue(trx, id, t.target, actor.id, at);
  else await repo.insertTarget(trx, { id, ...t, setBy: actor.id, createdAt: at, updatedAt: at });
  await writeHistory(trx, {
    entity: 'user_target',
    entityId: id,
    action: existing ? 'update' : 'create',
    actorId: actor.id,
    before: existing ? { target: existing.target } : null,
    after: { userId: t.userId, metric: t.metric, periodStart: t.periodStart, target: t.target },
  });
  return id;
}

export async function removeTarget(db: Db, actor: Actor, id: string): Promise<void> {
  const target = await repo.findTargetInScope(db.kysely, id, ownerScopeOf(actor));
  if (!target) throw notFound('target');
  refuseOwnTarget(actor, target.userId);
  await inTransaction(db, async (trx) => {
    await repo.deleteTarget(trx, id);
    await writeHistory(trx, {
      entity: 'user_target',
      entityId: id,
      action: 'delete',
      actorId: actor.id,
      before: { target: target.target },
      after: { target: null },
    });
  });
}

/**
 * Throws 404 unless the target's person is in the actor's scope: the history of a target is as
 * private as the target. A removed target is found through the person its creation named.
 */
export async function assertTargetVisible(db: Db, actor: Actor, id: string): Promise<void> {
  const scope = ownerScopeOf(actor);
  if (await repo.findTargetInScope(db.kysely, id, scope)) return;
  const { items } = await listHistory(db.kysely, 'user_target', id, {
    limit: Number.MAX_SAFE_INTEGER,
    offset: 0,
  });
  const userId = items.find((h) => h.action === 'create' && h.field === 'userId')?.newValue;
  if (!userId || !(await findUserInScope(db.kysely, userId, scope))) throw notFound('target');
}
