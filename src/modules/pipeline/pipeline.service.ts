import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import { AppError, notFound, staleVersion, refusal } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { DEFAULT_STAGES } from './default-stages.js';
import { stageSnapshot } from './pipeline.presenter.js';
import * as repo from './pipeline.repository.js';
import type { CreateStageInput, UpdateStageInput } from './pipeline.schema.js';

/** Seeds the default pipeline when an installation has no stages at all; otherwise does nothing. */
export async function ensureDefaultStages(db: Db): Promise<void> {
  if ((await repo.countStages(db.kysely)) > 0) return;
  const now = nowIso();
  await repo.insertStages(
    db.kysely,
    DEFAULT_STAGES.map((stage, index) => ({
      ...stage,
      sortOrder: (index + 1) * 10,
      active: 1,
      createdAt: now,
      updatedAt: now,
    })),
  );
}

export function listStages(db: Db, includeInactive: boolean) {
  return repo.listStages(db.kysely, includeInactive);
}

export async function createStage(db: Db, actor: Actor, input: CreateStageInput) {
  const now = nowIso();
  const id = newId();
  return inTransaction(db, async (trx) => {
    await repo.insertStages(trx, [{ id, ...input, active: 1, createdAt: now, updatedAt: now }]);
    const stored = await repo.findStage(trx, id);
    if (!stored) throw new AppError('internal', 'stage vanished after insert');
    await writeHistory(trx, {
      entity: 'pipeline_stage',
      entityId: id,
      action: 'create',
      actorId: actor.id,
      before: null,
      after: stageSnapshot(stored),
    });
    return stored;
  });
}

export async function loadStage(db: Db, id: string) {
  const stage = await repo.findStage(db.kysely, id);
  if (!stage) throw notFound('pipeline_stage');
  return stage;
}

export async function updateStage(db: Db, actor: Actor, id: string, input: UpdateStageInput) {
  const before = await loadStage(db, id);
  if (before.version !== input.version) throw staleVersion('pipeline_stage');
  const { version, active, ...fields } = input;
  if (
    fields.kind !== undefined &&
    fields.kind !== before.kind &&
    (await repo.isStageUsed(db.kysely, id))
  ) {
    throw refusal(
      'stage_kind_locked',
      'Opportunities have been in this stage, so its kind (open/won/lost) can no longer change',
      {},
    );
  }
  const changes = {
    ...fields,
    ...(active !== undefined ? { active: active ? 1 : 0 } : {}),
    updatedAt: nowIso(),
  };
  return inTransaction(db, async (trx) => {
    if (!(await repo.updateStageVersioned(trx, id, version, changes)))
      throw staleVersion('pipeline_stage');
    const stored = await repo.findStage(trx, id);
    if (!stored) throw notFound('pipeline_stage');
    await writeHistory(trx, {
      entity: 'pipeline_stage',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: stageSnapshot(before),
      after: stageSnapshot(stored),
    });
    return stored;
  });
}
