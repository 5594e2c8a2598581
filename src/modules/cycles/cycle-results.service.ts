import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { lockForTransaction } from '../../db/transaction-lock.js';
import { allowsAdjustment } from '../../domain/appraisal/cycle-workflow.js';
import {
  misconfiguration,
  summarise,
  type MisconfiguredReason,
} from '../../domain/appraisal/scorecard.js';
import { inTemplateOrder } from '../../domain/appraisal/template-order.js';
import { nowIso } from '../../platform/clock.js';
import {
  fieldProblem,
  invalidField,
  notFound,
  refusal,
  staleVersion,
} from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import type { CountedFilter } from '../metrics/metrics.repository.js';
import { listEvidence } from '../scorecard/evidence.service.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import { contentOf } from '../appraisal/template-content.js';
import type { MetricCatalog } from '../metrics/metric-catalog.js';
import * as templatesRepo from '../templates/templates.repository.js';
import { cycleLockName, scoringOf } from './cycle-compute.js';
import { refreshTeamScores } from './cycle-team-scores.js';
import * as repo from './cycles.repository.js';
import { assertNotClosed, getCycle } from './cycles.service.js';

/** The template version a participant of a cycle is appraised with. */
async function participantVersion(db: Db, cycleId: string, userId: string) {
  const participant = (await repo.listParticipants(db.kysely, cycleId)).find(
    (p) => p.userId === userId,
  );
  const version = participant
    ? await templatesRepo.findVersion(db.kysely, participant.templateVersionId)
    : undefined;
  if (!version) throw notFound('template_version');
  return contentOf(version);
}

/** A stored item of a result, with why it cannot be scored (null when it can). */
export type ResultItem = repo.ResultItemRow & { misconfigured: MisconfiguredReason | null };

/**
 * Marks a stored item whose floor, target and cap cannot be scored in the metric's direction
 * (docs/METRICS.md, Scoring), as the live scorecard does. An item the cycle scored, or whose
 * metric the catalogue no longer has (its direction unknown), is not marked.
 */
function withMisconfiguration(item: repo.ResultItemRow, catalog: MetricCatalog): ResultItem {
  const dir = catalog.get(item.metric)?.definition.dir;
  const misconfigured =
    item.score === null && dir !== undefined
      ? misconfiguration({ dir, floor: item.floor, target: item.target, cap: item.cap })
      : null;
  return { ...item, misconfigured };
}

/**
 * A result the actor may see (their own, or someone in their data scope); otherwise 404. Its
 * items come in the order of the person's template, each marked when it is misconfigured
 * (directions from `catalog`, the organisation's metric catalogue, loaded when not given).
 */
export async function loadResult(db: Db, actor: Actor, id: string, catalog?: MetricCatalog) {
  const result = await repo.findResultInScope(db.kysely, id, ownerScopeOf(actor));
  if (!result) throw notFound('appraisal_result');
  const [cycle, items, template, metrics] = await Promise.all([
    getCycle(db, result.cycleId),
    repo.listResultItems(db.kysely, [result.id]),
    participantVersion(db, result.cycleId, result.userId),
    catalog ?? loadMetricCatalog(db),
  ]);
  const ordered = inTemplateOrder(
    items,
    template.items.map((i) => i.metric),
  ).map((item) => withMisconfiguration(item, metrics));
  return { result, cycle, items: ordered, template };
}

/** The actor's own result in a cycle, or null when they are not appraised in it. */
export async function myResult(db: Db, actor: Actor, cycleId: string) {
  await getCycle(db, cycleId);
  const result = await repo.findResultFor(db.kysely, cycleId, actor.id);
  return result ? loadResult(db, actor, result.id) : null;
}

export async function listResults(
  db: Db,
  actor: Actor,
  cycleId: string,
  page: { limit: number; offset: number },
) {
  await getCycle(db, cycleId);
  return repo.listScopedResults(db.kysely, cycleId, ownerScopeOf(actor), page);
}

/** Nobody reviews or adjusts their own result: the refusal names the result (`id`). */
function refuseOwnResult(actor: Actor, result: repo.ResultRow, message: string): void {
  if (result.userId !== actor.id) return;
  throw refusal('own_appraisal', message, {}, [fieldProblem('id', 'own_appraisal', message)]);
}

function assertStatus(ok: boolean, status: string, message: string): void {
  if (!ok) throw refusal('result_status_not_allowed', message, { status });
}

type ResultChanges = Parameters<typeof repo.updateResult>[3];

/** Applies `changes` at the expected version and records the before/after of the audited fields. */
async function updateWithHistory(
  db: Db,
  actor: Actor,
  result: repo.ResultRow,
  version: number,
  changes: ResultChanges,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
) {
  await inTransaction(db, async (trx) => {
    if (!(await repo.updateResult(trx, result.id, version, changes)))
      throw staleVersion('appraisal_result');
    await writeHistory(trx, {
      entity: 'cycle_result',
      entityId: result.id,
      action: 'update',
      actorId: actor.id,
      before,
      after,
    });
  });
}

/** The employee's own comment during self review. */
export async function selfReview(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; comment: string },
) {
  const { result, cycle } = await loadResult(db, actor, id);
  if (result.userId !== actor.id)
    throw refusal('not_self_review_author', 'Only the appraised person writes the self review', {});
  assertStatus(
    cycle.status === 'self_review',
    cycle.status,
    'Self review is open only while the cycle is in self review',
  );
  await updateWithHistory(
    db,
    actor,
    result,
    input.version,
    { selfComment: input.comment, selfReviewedAt: nowIso() },
    { selfComment: result.selfComment },
    { selfComment: input.comment },
  );
  return loadResult(db, actor, id);
}

/** A manager's written review of someone in their scope (never of themselves). */
export async function managerReview(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; comment: string },
) {
  const { result, cycle } = await loadResult(db, actor, id);
  assertNotClosed(cycle);
  refuseOwnResult(actor, result, 'You cannot review your own appraisal');
  assertStatus(
    allowsAdjustment(cycle.status),
    cycle.status,
    'Manager review is open during manager review and calibration',
  );
  await updateWithHistory(
    db,
    actor,
    result,
    input.version,
    { managerComment: input.comment, managerReviewedBy: actor.id, managerReviewedAt: nowIso() },
    { managerComment: result.managerComment },
    { managerComment: input.comment },
  );
  return loadResult(db, actor, id);
}

/** Adjusts one item's score with a written reason; the computed score stays beside it. */
export async function adjustItem(
  db: Db,
  actor: Actor,
  id: string,
  metric: string,
  input: { version: number; score: number; reason: string },
) {
  const { result, cycle, items, template } = await loadResult(db, actor, id);
  assertNotClosed(cycle);
  refuseOwnResult(actor, result, 'You cannot adjust your own appraisal');
  assertStatus(
    allowsAdjustment(cycle.status),
    cycle.status,
    'Scores can be adjusted during manager review and calibration',
  );
  const cap = items.find((i) => i.metric === metric)?.cap;
  if (cap === undefined) throw notFound('appraisal_item');
  if (input.score > cap)
    throw invalidField('score', 'score_above_cap', `cannot exceed the cap of ${cap}`, { cap });
  await inTransaction(db, async (trx) => {
    // Serialised with recomputes of this cycle (which replace its items): read the items again
    // under the lock, so an adjustment is never written to items a recompute just replaced.
    await lockForTransaction(trx, db.dialect, cycleLockName(cycle.id));
    const current = await repo.listResultItems(trx, [result.id]);
    const item = current.find((i) => i.metric === metric);
    if (!item) throw notFound('appraisal_item');
    const summary = summarise(
      current.map((i) => (i.metric === metric ? { ...i, adjustedScore: input.score } : i)),
      template.grades,
    );
    if (
      !(await repo.updateResult(trx, result.id, input.version, {
        total: summary.total,
        grade: summary.grade,
      }))
    )
      throw staleVersion('appraisal_result');
    await repo.updateResultItem(trx, item.id, {
      adjustedScore: input.score,
      adjustReason: input.reason,
      adjustedBy: actor.id,
      adjustedAt: nowIso(),
    });
    await refreshTeamScores(trx, cycle.id);
    await writeHistory(trx, {
      entity: 'cycle_result',
      entityId: result.id,
      action: 'update',
      actorId: actor.id,
      before: { [`${metric}.score`]: item.adjustedScore ?? item.score, total: result.total },
      after: {
        [`${metric}.score`]: input.score,
        [`${metric}.reason`]: input.reason,
        total: summary.total,
      },
    });
  });
  return loadResult(db, actor, id);
}

/** The employee acknowledges (optionally with a comment) their published result. */
export async function acknowledge(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; comment?: string | undefined },
) {
  const { result, cycle } = await loadResult(db, actor, id);
  if (result.userId !== actor.id)
    throw refusal('not_appraised_person', 'Only the appraised person acknowledges', {});
  assertStatus(
    cycle.status === 'published',
    cycle.status,
    'Results are acknowledged once published',
  );
  if (result.acknowledgedAt)
    throw refusal('result_already_acknowledged', 'Already acknowledged', {});
  await updateWithHistory(
    db,
    actor,
    result,
    input.version,
    { acknowledgedAt: nowIso(), employeeComment: input.comment ?? null },
    { acknowledged: null },
    { acknowledged: 'yes', employeeComment: input.comment ?? null },
  );
  return loadResult(db, actor, id);
}

/** The records behind one item of a result, from the cycle's period. */
export async function resultEvidence(
  db: Db,
  actor: Actor,
  id: string,
  metric: string,
  page: { limit: number; offset: number },
  counted: CountedFilter = 'all',
) {
  const { result, cycle, items } = await loadResult(db, actor, id);
  if (!items.some((i) => i.metric === metric)) throw notFound('appraisal_item');
  const scoredAt = new Date(cycle.scoredAt ?? cycle.computedAt ?? cycle.periodEnd);
  return listEvidence(db, metric, scoringOf(cycle, scoredAt), result.userId, page, counted);
}
