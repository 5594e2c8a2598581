import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { builtInMetric } from '../../domain/metrics/catalog.js';
import { nowIso } from '../../platform/clock.js';
import {
  AppError,
  notFound,
  staleVersion,
  fieldProblem,
  refusal,
} from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { validateDefinition, type CustomMetricDefinition } from './custom-metric-definition.js';
import * as repo from './custom-metrics.repository.js';
import type { CreateCustomMetricInput, UpdateCustomMetricInput } from './custom-metrics.schema.js';

function assertValid(definition: CustomMetricDefinition): void {
  const problems = validateDefinition(definition);
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      'The metric definition is invalid',
      problems.map((problem) =>
        fieldProblem(problem.path, problem.code, problem.message, problem.params),
      ),
    );
}

const snapshot = (row: {
  nameZh: string;
  nameEn: string;
  unit: string;
  dir: string;
  definition: string;
  active: number;
}) => ({
  nameZh: row.nameZh,
  nameEn: row.nameEn,
  unit: row.unit,
  dir: row.dir,
  definition: row.definition,
  active: row.active,
});

export async function createCustomMetric(db: Db, actor: Actor, input: CreateCustomMetricInput) {
  assertValid(input.definition);
  if (builtInMetric(input.key) || (await repo.findCustomMetricByKey(db.kysely, input.key))) {
    throw refusal(
      'metric_key_in_use',
      `A metric called "${input.key}" exists already`,
      {
        key: input.key,
      },
      [fieldProblem('key', 'already_used', 'already used')],
    );
  }
  const now = nowIso();
  const row = {
    id: newId(),
    key: input.key,
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    definition: JSON.stringify(input.definition),
    unit: input.unit,
    dir: input.dir,
    active: 1,
    createdBy: actor.id,
    createdAt: now,
    updatedAt: now,
  };
  await inTransaction(db, async (trx) => {
    await repo.insertCustomMetric(trx, row);
    await writeHistory(trx, {
      entity: 'custom_metric',
      entityId: row.id,
      action: 'create',
      actorId: actor.id,
      before: null,
      after: { key: row.key, ...snapshot(row) },
    });
  });
  return getCustomMetric(db, row.id);
}

export async function updateCustomMetric(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateCustomMetricInput,
) {
  assertValid(input.definition);
  const before = await getCustomMetric(db, id);
  const changes = {
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    unit: input.unit,
    dir: input.dir,
    definition: JSON.stringify(input.definition),
    active: input.active ? 1 : 0,
    updatedAt: nowIso(),
  };
  await inTransaction(db, async (trx) => {
    if (!(await repo.updateCustomMetric(trx, id, input.version, changes)))
      throw staleVersion('metric');
    await writeHistory(trx, {
      entity: 'custom_metric',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: snapshot(before),
      after: snapshot(changes),
    });
  });
  return getCustomMetric(db, id);
}

export async function getCustomMetric(db: Db, id: string) {
  const row = await repo.findCustomMetric(db.kysely, id);
  if (!row) throw notFound('metric');
  return row;
}

export function listCustomMetrics(db: Db) {
  return repo.listCustomMetrics(db.kysely, false);
}
