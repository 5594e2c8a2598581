import type { Insertable } from 'kysely';
import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { lockForTransaction } from '../../db/transaction-lock.js';
import { refusal } from '../../platform/errors/app-error.js';
import type { CycleResultItemsTable, CycleResultsTable } from '../../db/tables/appraisal.table.js';
import { now, nowIso } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { participantsOf } from '../appraisal/participants.js';
import { scoreParticipants } from '../appraisal/score-participants.js';
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

export type ComputedCycle = {
  results: Insertable<CycleResultsTable>[];
  items: Insertable<CycleResultItemsTable>[];
  /** The managers' adjustments the computation carried over (see `adjustmentsFingerprint`). */
  adjustmentsSeen: string;
};

/** Adjustments and recomputes of one cycle take this lock, so that they run one at a time. */
export const cycleLockName = (cycleId: string) => `cycle:${cycleId}`;

/** Which adjustments exist, as one comparable string. */
function fingerprint(items: readonly repo.ResultItemRow[]): string {
  return items
    .filter((i) => i.adjustedScore !== null)
    .map((i) => `${i.resultId}:${i.metric}:${i.adjustedScore}:${i.adjustedAt}`)
    .sort()
    .join('|');
}

async function adjustmentsFingerprint(executor: Executor, cycleId: string): Promise<string> {
  const results = await repo.listResults(executor, cycleId);
  return fingerprint(
    await repo.listResultItems(
      executor,
      results.map((r) => r.id),
    ),
  );
}

/**
 * Computes every participant's scorecard from the records (reads only; the caller saves the
 * outcome in its transaction). Managers' adjustments survive a recompute: the new computed score
 * is stored beside the adjusted one, and the total uses the adjusted score where there is one.
 */
export async function computeCycle(
  db: Db,
  cycle: repo.CycleRow,
  participantRows: readonly repo.ParticipantRow[],
  scoredAt: Date,
): Promise<ComputedCycle> {
  const existing = await repo.listResults(db.kysely, cycle.id);
  const resultIdOf = new Map(existing.map((r) => [r.userId, r.id]));
  const existingItems = await repo.listResultItems(
    db.kysely,
    existing.map((r) => r.id),
  );
  const adjusted = existingItems.filter((i) => i.adjustedScore !== null);
  const adjustmentOf = new Map(adjusted.map((i) => [`${i.resultId}:${i.metric}`, i]));
  const participants = (await participantsOf(db, toAssignments(participantRows))).map((p) => {
    const resultId = resultIdOf.get(p.userId);
    const own = adjusted.filter((i) => i.resultId === resultId);
    return {
      ...p,
      adjustments: Object.fromEntries(own.map((i) => [i.metric, i.adjustedScore ?? 0])),
    };
  });
  const cards = await scoreParticipants(db, scoringOf(cycle, scoredAt), participants);
  const computedAt = nowIso();
  const computed: ComputedCycle = {
    results: [],
    items: [],
    adjustmentsSeen: fingerprint(existingItems),
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

class AdjustedMeanwhile extends Error {}

/**
 * Computes a cycle (outside any transaction: it reads a lot) and saves the outcome together with
 * `alsoWrite`, under the cycle's lock. An adjustment saved between the two would be lost with the
 * replaced items, so then it computes again (at most three times, then answers 409).
 */
export async function computeAndSave(
  db: Db,
  cycle: repo.CycleRow,
  participants: readonly repo.ParticipantRow[],
  scoredAt: Date,
  alsoWrite: (trx: Executor) => Promise<void>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const computed = await computeCycle(db, cycle, participants, scoredAt);
    try {
      await inTransaction(db, async (trx) => {
        await lockForTransaction(trx, db.dialect, cycleLockName(cycle.id));
        if ((await adjustmentsFingerprint(trx, cycle.id)) !== computed.adjustmentsSeen)
          throw new AdjustedMeanwhile();
        await alsoWrite(trx);
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
