import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { isClosed } from '../../domain/appraisal/cycle-workflow.js';
import { nowIso } from '../../platform/clock.js';
import { notFound, refusal, staleVersion } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import * as cyclesRepo from '../cycles/cycles.repository.js';
import { getCycle } from '../cycles/cycles.service.js';
import { contentOf } from '../appraisal/template-content.js';
import * as templatesRepo from '../templates/templates.repository.js';
import * as repo from './review.repository.js';

const present = (row: repo.ItemFeedbackRow) => ({
  id: row.id,
  metric: row.metric,
  unfair: row.unfair === 1,
  comment: row.comment,
  updatedAt: row.updatedAt,
  version: row.version,
});

/**
 * Two first saves of the same item at once (two tabs): the one that lost the race on the
 * one-per-person-item-cycle index is told the feedback changed meanwhile, as for a stale version.
 */
async function saveOnce(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw staleVersion('appraisal_item');
    throw error;
  }
}

/** The actor's own feedback on the items of their scorecard in a cycle. */
export async function ownFeedback(db: Db, actor: Actor, cycleId: string) {
  await getCycle(db, cycleId);
  return (await repo.listOwnFeedback(db.kysely, cycleId, actor.id)).map(present);
}

/**
 * An employee's comment and "unfair" vote on one item of their own scorecard, while the cycle
 * runs (open to calibrated): one per person, item and cycle, changed at its version, every
 * change in the history.
 */
export async function giveFeedback(
  db: Db,
  actor: Actor,
  cycleId: string,
  metric: string,
  input: { unfair: boolean; comment: string | null; version?: number | undefined },
) {
  const cycle = await getCycle(db, cycleId);
  if (cycle.status === 'draft' || isClosed(cycle.status))
    throw refusal('result_status_not_allowed', 'Feedback on items is given while the cycle runs', {
      status: cycle.status,
    });
  const participant = (await cyclesRepo.listParticipants(db.kysely, cycleId)).find(
    (p) => p.userId === actor.id,
  );
  const version = participant
    ? await templatesRepo.findVersion(db.kysely, participant.templateVersionId)
    : undefined;
  if (!version || !contentOf(version).items.some((i) => i.metric === metric))
    throw notFound('appraisal_item');
  const comment = input.comment === '' ? null : input.comment;
  const unfair = input.unfair ? 1 : 0;
  const at = nowIso();
  await saveOnce(() =>
    inTransaction(db, async (trx) => {
      const existing = await repo.findFeedback(trx, cycleId, actor.id, metric);
      if (existing) {
        if (input.version === undefined) throw staleVersion('appraisal_item');
        if (
          !(await repo.updateFeedback(trx, existing.id, input.version, {
            unfair,
            comment,
            updatedAt: at,
          }))
        )
          throw staleVersion('appraisal_item');
      } else {
        await repo.insertFeedback(trx, {
          id: newId(),
          cycleId,
          userId: actor.id,
          metric,
          unfair,
          comment,
          createdAt: at,
          updatedAt: at,
        });
      }
      const saved = await repo.findFeedback(trx, cycleId, actor.id, metric);
      if (!saved) throw notFound('appraisal_item');
      await writeHistory(trx, {
        entity: 'item_feedback',
        entityId: saved.id,
        action: existing ? 'update' : 'create',
        actorId: actor.id,
        before: existing ? { unfair: existing.unfair === 1, comment: existing.comment } : null,
        after: { cycleId, metric, unfair: input.unfair, comment },
      });
    }),
  );
  const saved = await repo.findFeedback(db.kysely, cycleId, actor.id, metric);
  if (!saved) throw notFound('appraisal_item');
  return present(saved);
}
