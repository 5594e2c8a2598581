import type { Insertable } from 'kysely';
import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { lockForTransaction } from '../../db/transaction-lock.js';
import { refusal } from '../../platform/errors/app-error.js';
import type { CycleResultItemsTable, CycleResultsTable } from '../../db/tables/appraisal.table.js';
import { now, nowIso } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { inSlices } from '../../domain/appraisal/team-order.js';
import { participantsOf } from '../appraisal/participants.js';
import {
  managerOfWithin,
  scoreParticipants,
  sliceSizeFor,
  yieldToOthers,
  type Participant,
} from '../appraisal/score-participants.js';
import { toAssignments } from './cycle-participants.js';
import * as repo from './cycles.repository.js';

/** The period of a cycle as the metric engine takes it. */
export const periodOf = (cycle: repo.CycleRow) => ({
  start: new Date(cycle.periodStart),
  end: new Date(cycle.periodEnd),
});

/**
 * When a cycle is scored: now while it follows the data; once its numbers are frozen, always the
 * instant they were frozen at, so a later (audited) recompute does not depend on the wall clock.
 */
export function scoringTimeOf(cycle: repo.CycleRow, frozen: boolean): Date {
  const stored = cycle.scoredAt ?? cycle.frozenAt;
  return frozen && stored ? new Date(stored) : now();
}

/** The cycle as the scorecard engine scores it. */
export const scoringOf = (cycle: repo.CycleRow, scoredAt: Date) => ({
  period: periodOf(cycle),
  zone: cycle.zone,
  scoredAt,
});

export type ComputedSlice = {
  results: Insertable<CycleResultsTable>[];
  items: Insertable<CycleResultItemsTable>[];
};

/** Adjustments and recomputes of one cycle take this lock, so that they run one at a time. */
export const cycleLockName = (cycleId: string) => `cycle:${cycleId}`;

/**
 * Which stored results a slice's computation depended on, as one comparable string: every
 * adjustment (and every review) bumps its result's version, so an unchanged string under the
 * cycle's lock means nothing the slice carried over has changed since it was read.
 */
function versionsOf(results: readonly repo.ResultRow[]): string {
  return results
    .map((r) => `${r.id}:${r.version}`)
    .sort()
    .join('|');
}

/** The slice's own results; all of the cycle's when it scores a manager (whose team score
 * counts every report's total). */
function resultsDependedOn(
  results: readonly repo.ResultRow[],
  slice: readonly Participant[],
  managerOf: ReadonlyMap<string, string | null>,
): repo.ResultRow[] {
  const managers = new Set(managerOf.values());
  if (slice.some((p) => managers.has(p.userId))) return [...results];
  const inSlice = new Set(slice.map((p) => p.userId));
  return results.filter((r) => inSlice.has(r.userId));
}

/**
 * Scores one slice of a cycle's participants from the records (reads only). Managers'
 * adjustments survive a recompute: the new computed score is stored beside the adjusted one, and
 * the total uses the adjusted score where there is one. A manager's team score counts the stored
 * totals of reports scored in earlier slices.
 */
async function computeSlice(
  db: Db,
  cycle: repo.CycleRow,
  slice: readonly Participant[],
  managerOf: ReadonlyMap<string, string | null>,
  scoredAt: Date,
): Promise<ComputedSlice & { seen: string }> {
  const existing = await repo.listResults(db.kysely, cycle.id);
  const inSlice = new Set(slice.map((p) => p.userId));
  const dependsOn = resultsDependedOn(existing, slice, managerOf);
  const resultIdOf = new Map(existing.map((r) => [r.userId, r.id]));
  const existingItems = await repo.listResultItems(
    db.kysely,
    existing.filter((r) => inSlice.has(r.userId)).map((r) => r.id),
  );
  const adjustmentOf = new Map(
    existingItems
      .filter((i) => i.adjustedScore !== null)
      .map((i) => [`${i.resultId}:${i.metric}`, i]),
  );
  const participants = slice.map((p) => {
    const resultId = resultIdOf.get(p.userId);
    const own = existingItems.filter((i) => i.resultId === resultId && i.adjustedScore !== null);
    return {
      ...p,
      adjustments: Object.fromEntries(own.map((i) => [i.metric, i.adjustedScore ?? 0])),
    };
  });
  const cards = await scoreParticipants(db, scoringOf(cycle, scoredAt), participants, {
    managerOf,
    totals: new Map(existing.map((r) => [r.userId, r.total])),
  });
  const computedAt = nowIso();
  const computed: ComputedSlice & { seen: string } = {
    results: [],
    items: [],
    seen: versionsOf(dependsOn),
  };
  for (const participant of participants) {
    const card = cards.get(participant.userId);
    if (!card) continue;
    const resultId = resultIdOf.get(participant.userId) ?? newId();
    for (const item of card.items) {
      const adjustment = adjustmentOf.get(`${resultId}:${item.metric}`);
      computed.items.push({
        id: newId(),
        resultId,
        metric: item.metric,
        weight: item.weight,
        floor: item.floor,
        target: item.target,
        cap: item.cap,
        minSample: item.minSample,
        value: item.value.value,
        numerator: item.value.numerator,
        denominator: item.value.denominator,
        naReason: item.value.naReason,
        score: item.score,
        adjustedScore: adjustment?.adjustedScore ?? null,
        adjustReason: adjustment?.adjustReason ?? null,
        adjustedBy: adjustment?.adjustedBy ?? null,
        adjustedAt: adjustment?.adjustedAt ?? null,
        pace: item.pace ? JSON.stringify(item.pace) : null,
      });
    }
    computed.results.push({
      id: resultId,
      cycleId: cycle.id,
      userId: participant.userId,
      total: card.total,
      grade: card.grade,
      applicableShare: card.applicableShare,
      computedAt,
    });
  }
  return computed;
}

/** The results a slice depended on, read again (under the cycle's lock). */
async function versionsNow(
  trx: Executor,
  cycleId: string,
  slice: readonly Participant[],
  managerOf: ReadonlyMap<string, string | null>,
): Promise<string> {
  return versionsOf(resultsDependedOn(await repo.listResults(trx, cycleId), slice, managerOf));
}

class AdjustedMeanwhile extends Error {}

/** What a computation writes besides the scores, each step in its own transaction. */
export type ComputeSteps = {
  /** Before any score: claims the cycle (its version) so that two computations never overlap. */
  first: (trx: Executor) => Promise<void>;
  /** After the last slice, e.g. the history row that seals a closed cycle's results. */
  last?: (trx: Executor) => Promise<void>;
};

/**
 * Computes a cycle and saves it one slice of participants at a time, each slice in its own short
 * transaction under the cycle's lock, yielding to other requests in between (a recompute never
 * holds SQLite's one connection for long). An adjustment saved while a slice was computed would
 * be lost with the replaced items, so then that slice computes again (at most three times, then
 * 409; the slices saved so far stay, and a new recompute brings the rest).
 */
export async function computeAndSave(
  db: Db,
  cycle: repo.CycleRow,
  participantRows: readonly repo.ParticipantRow[],
  scoredAt: Date,
  steps: ComputeSteps,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await lockForTransaction(trx, db.dialect, cycleLockName(cycle.id));
    await steps.first(trx);
  });
  const participants = await participantsOf(db, toAssignments(participantRows));
  const managerOf = managerOfWithin(participants);
  for (const slice of inSlices(participants, managerOf, sliceSizeFor(db.dialect))) {
    await yieldToOthers();
    await saveSlice(db, cycle, slice, managerOf, scoredAt);
  }
  const last = steps.last;
  if (last)
    await inTransaction(db, async (trx) => {
      await lockForTransaction(trx, db.dialect, cycleLockName(cycle.id));
      await last(trx);
    });
}

async function saveSlice(
  db: Db,
  cycle: repo.CycleRow,
  slice: readonly Participant[],
  managerOf: ReadonlyMap<string, string | null>,
  scoredAt: Date,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const computed = await computeSlice(db, cycle, slice, managerOf, scoredAt);
    try {
      await inTransaction(db, async (trx) => {
        await lockForTransaction(trx, db.dialect, cycleLockName(cycle.id));
        if ((await versionsNow(trx, cycle.id, slice, managerOf)) !== computed.seen)
          throw new AdjustedMeanwhile();
        await repo.saveResults(trx, computed.results, computed.items);
      });
      return;
    } catch (error) {
      if (!(error instanceof AdjustedMeanwhile)) throw error;
      if (attempt === 3)
        throw refusal(
          'cycle_adjusted_meanwhile',
          'Scores were adjusted while the cycle was computed; try again',
          {},
        );
    }
  }
}
