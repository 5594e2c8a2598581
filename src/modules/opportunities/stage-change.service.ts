import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { updateVersioned } from '../../db/versioned-writes.js';
import { isTimely } from '../../domain/quality/timeliness.js';
import { nowIso } from '../../platform/clock.js';
import { invalidField, staleVersion } from '../../platform/errors/app-error.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { findStage } from '../pipeline/pipeline.repository.js';
import { loadOpportunity, logOpportunityUpdate } from './opportunities.service.js';
import * as repo from './opportunities.repository.js';
import type { ChangeStageInput } from './opportunities.schema.js';
import { planStageChange } from './stage-transition.js';

/**
 * Moves an opportunity to another stage, saying when that really happened. Winning, losing and
 * reopening are stage changes too. Each is stored with its effective and recorded times, the
 * owner at the effective time and whether it was recorded within 24 h (update_timeliness).
 */
export async function changeStage(db: Db, actor: Actor, id: string, input: ChangeStageInput) {
  const { opportunity: before, access } = await loadOpportunity(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('opportunity');
  const target = await findStage(db.kysely, input.stageId);
  if (!target) throw invalidField('stageId', 'stage_unknown', 'no such stage');
  const recordedAt = nowIso();
  // The field schema tolerates a minute of clock skew; a "now" slightly ahead is stored as now.
  const asked = input.effectiveAt ? new Date(input.effectiveAt).toISOString() : recordedAt;
  const effectiveAt = asked > recordedAt ? recordedAt : asked;
  const after = await inTransaction(db, async (trx) => {
    const previous = await repo.latestStageChange(trx, id);
    const plan = planStageChange({
      current: { stageId: before.stageId, lastTouchedAt: before.lastTouchedAt },
      target: { id: target.id, kind: target.kind, active: target.active === 1 },
      effectiveAt,
      reason: input.reason,
      previousEffectiveAt: previous?.effectiveAt ?? before.createdAt,
    });
    if (!plan.ok) throw invalidField(plan.path, plan.code, plan.message);
    if (
      !(await updateVersioned(trx, 'opportunities', id, input.version, {
        ...plan.changes,
        updatedAt: recordedAt,
      }))
    )
      throw staleVersion('opportunity');
    await repo.insertStageChange(trx, {
      id: newId(),
      opportunityId: id,
      fromStageId: before.stageId,
      toStageId: target.id,
      fromStatus: before.status,
      toStatus: plan.changes.status,
      effectiveAt,
      recordedAt,
      actorId: actor.id,
      ownerId: (await repo.ownerAt(trx, id, effectiveAt)) ?? before.ownerId,
      reason: input.reason?.trim() ? input.reason.trim() : null,
      timely: isTimely(new Date(effectiveAt), new Date(recordedAt)) ? 1 : 0,
    });
    return logOpportunityUpdate(trx, actor.id, before);
  });
  return { opportunity: after, access };
}

export async function listStageChanges(
  db: Db,
  actor: Actor,
  id: string,
  page: { limit: number; offset: number },
) {
  await loadOpportunity(db, actor, id);
  return repo.listStageChanges(db.kysely, id, page);
}
