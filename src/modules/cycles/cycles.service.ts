import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import {
  canTransition,
  isClosed,
  isLive,
  type CycleStatus,
} from '../../domain/appraisal/cycle-workflow.js';
import { orgDay } from '../../domain/time/org-day.js';
import { periodBounds } from '../../domain/time/period.js';
import { now, nowIso } from '../../platform/clock.js';
import { invalidField, notFound, staleVersion, refusal } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import type { GrantRow } from '../recognition/recognition.repository.js';
import {
  grantContext,
  grantForCycle,
  notifyGrants,
} from '../recognition/recognition-grants.service.js';
import { computeAndSave, scoringTimeOf } from './cycle-compute.js';
import { currentSeal, SEAL_FIELD } from './cycle-seal.js';
import { snapshotParticipants } from './cycle-participants.js';
import * as repo from './cycles.repository.js';

export async function getCycle(db: Db, id: string): Promise<repo.CycleRow> {
  const cycle = await repo.findCycle(db.kysely, id);
  if (!cycle) throw notFound('cycle');
  return cycle;
}

export async function createCycle(
  db: Db,
  actor: Actor,
  input: { name: string; kind: 'month' | 'quarter'; anchorDay: string },
  zone: string,
) {
  const period = periodBounds(input.kind, input.anchorDay, zone);
  const lastDay = orgDay(new Date(period.end.getTime() - 1), zone);
  const row = {
    id: newId(),
    name: input.name,
    kind: input.kind,
    firstDay: orgDay(period.start, zone),
    lastDay,
    periodStart: period.start.toISOString(),
    periodEnd: period.end.toISOString(),
    zone,
    status: 'draft' as const,
    createdBy: actor.id,
    createdAt: nowIso(),
    openedAt: null,
    frozenAt: null,
    publishedAt: null,
    archivedAt: null,
    computedAt: null,
    scoredAt: null,
  };
  await inTransaction(db, async (trx) => {
    await repo.insertCycle(trx, row);
    await writeHistory(trx, {
      entity: 'cycle',
      entityId: row.id,
      action: 'create',
      actorId: actor.id,
      before: null,
      after: {
        name: row.name,
        kind: row.kind,
        firstDay: row.firstDay,
        lastDay: row.lastDay,
        status: row.status,
      },
    });
  });
  return getCycle(db, row.id);
}

/** Timestamps a status change leaves on the cycle. */
function stampsFor(status: CycleStatus, at: string) {
  switch (status) {
    case 'open':
      return { openedAt: at, computedAt: at, scoredAt: at };
    case 'manager_review':
      return { frozenAt: at, computedAt: at, scoredAt: at };
    case 'published':
      return { publishedAt: at };
    case 'archived':
      return { archivedAt: at };
    default:
      return {};
  }
}

/**
 * Freezing a cycle whose period has not ended freezes its numbers so far: only on purpose.
 * The refusal says what would be frozen, so that the client can ask the person.
 */
function assertPeriodEndedOrForced(cycle: repo.CycleRow, at: Date, force: boolean): void {
  if (force || at.getTime() >= Date.parse(cycle.periodEnd)) return;
  throw refusal(
    'cycle_period_not_ended',
    `The period runs until ${cycle.lastDay}: manager review would freeze the numbers as of now`,
    { lastDay: cycle.lastDay, periodEnd: cycle.periodEnd, asOf: at.toISOString() },
  );
}

/**
 * Moves a cycle one step along draft → open → self_review → manager_review → calibrated →
 * published → archived. Opening freezes the participants (templates, targets, managers) and
 * computes; entering manager review computes one last time and freezes the numbers — before the
 * period has ended only with `force`; publishing grants the cycle's awards and badges with it.
 */
export async function transitionCycle(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; status: CycleStatus; force?: boolean | undefined },
) {
  const cycle = await getCycle(db, id);
  if (cycle.version !== input.version) throw staleVersion('cycle');
  if (!canTransition(cycle.status, input.status)) {
    throw refusal(
      'cycle_transition_not_allowed',
      `A cycle in "${cycle.status}" cannot move to "${input.status}"`,
      { from: cycle.status, to: input.status },
    );
  }
  const at = now();
  if (input.status === 'manager_review') assertPeriodEndedOrForced(cycle, at, input.force ?? false);
  const opening = input.status === 'open';
  const publishing = input.status === 'published';
  const recognition = publishing ? await grantContext(db) : null;
  let granted: GrantRow[] = [];
  const participants = opening
    ? await snapshotParticipants(db, cycle)
    : await repo.listParticipants(db.kysely, id);
  const writeStep = async (trx: Executor) => {
    if (
      !(await repo.updateCycle(trx, id, input.version, {
        status: input.status,
        ...stampsFor(input.status, at.toISOString()),
      }))
    )
      throw staleVersion('cycle');
    if (opening) await repo.insertParticipants(trx, participants);
    // Results stop changing here: the history row (in the chain) seals them.
    const seal = isClosed(input.status) ? { [SEAL_FIELD]: await currentSeal(trx, id) } : {};
    if (recognition)
      granted = await grantForCycle(trx, { ...cycle, status: input.status }, recognition, at);
    await writeHistory(trx, {
      entity: 'cycle',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: { status: cycle.status },
      after: { status: input.status, ...seal },
    });
  };
  if (opening || input.status === 'manager_review')
    await computeAndSave(db, cycle, participants, at, { first: writeStep });
  else await inTransaction(db, writeStep);
  await notifyGrants(db, granted, at);
  return getCycle(db, id);
}

/**
 * Recomputes from the current records. While the cycle is live this is routine; once numbers are
 * frozen it is an explicit act that needs a reason and is recorded in the cycle's history.
 */
export async function recomputeCycle(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; reason?: string | undefined },
) {
  const cycle = await getCycle(db, id);
  if (cycle.version !== input.version) throw staleVersion('cycle');
  if (cycle.status === 'draft') throw refusal('cycle_not_open', 'Open the cycle first', {});
  const live = isLive(cycle.status);
  if (!live && !input.reason)
    throw invalidField(
      'reason',
      'reason_required',
      'scores are frozen: recomputing needs a written reason',
    );
  await recompute(
    db,
    cycle,
    live
      ? undefined
      : async (trx) => {
          await writeHistory(trx, {
            entity: 'cycle',
            entityId: id,
            action: 'update',
            actorId: actor.id,
            before: { recomputedAt: cycle.computedAt },
            after: {
              recomputedAt: nowIso(),
              recomputeReason: input.reason ?? null,
              ...(isClosed(cycle.status) ? { [SEAL_FIELD]: await currentSeal(trx, id) } : {}),
            },
          });
        },
  );
  return getCycle(db, id);
}

/**
 * Scores a cycle again from the current records at its scoring time (now while live, the frozen
 * instant once frozen): stamps it first (claiming its version), then scores it slice by slice;
 * `last` runs in a transaction after the last slice.
 */
async function recompute(
  db: Db,
  cycle: repo.CycleRow,
  last?: (trx: Executor) => Promise<void>,
): Promise<void> {
  const scoredAt = scoringTimeOf(cycle, !isLive(cycle.status));
  await computeAndSave(db, cycle, await repo.listParticipants(db.kysely, cycle.id), scoredAt, {
    first: async (trx) => {
      const stamps = { computedAt: nowIso(), scoredAt: scoredAt.toISOString() };
      if (!(await repo.updateCycle(trx, cycle.id, cycle.version, stamps)))
        throw staleVersion('cycle');
    },
    last,
  });
}

export type NightlyRecompute = { recomputed: number; failed: { cycleId: string; error: string }[] };

/**
 * The nightly recompute: every cycle that still follows the data (open, self review) scored
 * again, so its numbers are at most a day old even if nobody asks. A cycle that cannot be scored
 * now (moved by someone meanwhile, adjusted during every attempt) does not stop the others: it
 * is reported, and the next run scores it again.
 */
export async function recomputeLiveCycles(db: Db): Promise<NightlyRecompute> {
  const live = await repo.listCyclesInStatus(db.kysely, ['open', 'self_review']);
  const outcome: NightlyRecompute = { recomputed: 0, failed: [] };
  for (const cycle of live) {
    try {
      await recompute(db, cycle);
      outcome.recomputed += 1;
    } catch (error) {
      outcome.failed.push({
        cycleId: cycle.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return outcome;
}

/** Refuses any change to a published or archived cycle. */
export function assertNotClosed(cycle: repo.CycleRow): void {
  if (isClosed(cycle.status))
    throw refusal('cycle_closed', 'This cycle is closed; its results no longer change', {
      status: cycle.status,
    });
}

export function listCycles(db: Db, page: { limit: number; offset: number }) {
  return repo.listCycles(db.kysely, page);
}
