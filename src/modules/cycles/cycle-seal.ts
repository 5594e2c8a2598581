import { createHash } from 'node:crypto';
import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import type { BrokenLink } from '../../platform/history/history-audit.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import * as repo from './cycles.repository.js';

/**
 * The field of a cycle's history row that seals its stored results: written when the cycle
 * closes (published, archived) and with every audited recompute of a closed cycle. The history
 * row is in the hash chain, so the seal cannot be changed unseen, and the seal covers every
 * number of the results: a direct edit of a closed cycle's score no longer matches it.
 */
export const SEAL_FIELD = 'resultsSeal';

/**
 * sha256 over the results as stored: each person's total, grade and applicable share, and each
 * item's rule, value, score and adjustment (reviews and acknowledgements are history rows of
 * their own). People in id order, items in metric order, so the seal does not depend on the
 * order the engine returns rows in.
 */
export function sealOf(
  results: readonly repo.ResultRow[],
  items: readonly repo.ResultItemRow[],
): string {
  const itemsOf = new Map<string, repo.ResultItemRow[]>();
  for (const item of items)
    itemsOf.set(item.resultId, [...(itemsOf.get(item.resultId) ?? []), item]);
  const canonical = [...results]
    .sort((a, b) => a.userId.localeCompare(b.userId))
    .map((r) => [
      r.userId,
      r.total,
      r.grade,
      r.applicableShare,
      (itemsOf.get(r.id) ?? [])
        .sort((a, b) => a.metric.localeCompare(b.metric))
        .map((i) => [
          i.metric,
          i.weight,
          i.floor,
          i.target,
          i.cap,
          i.minSample,
          i.value,
          i.numerator,
          i.denominator,
          i.naReason,
          i.score,
          i.adjustedScore,
          i.adjustReason,
          i.adjustedBy,
          i.adjustedAt,
        ]),
    ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** The seal of a cycle's results as they are stored now. */
export async function currentSeal(executor: Executor, cycleId: string): Promise<string> {
  const results = await repo.listResults(executor, cycleId);
  const items = await repo.listResultItems(
    executor,
    results.map((r) => r.id),
  );
  return sealOf(results, items);
}

export type SealReport = { sealed: number; broken: BrokenLink | null };

/**
 * Compares every closed cycle's stored results with the last seal its history recorded, in the
 * chain's order of those seals; the first mismatch is the broken link. A cycle closed before
 * seals were recorded has none to compare with until `sealUnsealedCycles` gives it one.
 */
export async function verifyCycleSeals(executor: Executor): Promise<SealReport> {
  const closed = await repo.listCyclesInStatus(executor, ['published', 'archived']);
  const sealRows = await repo.listSealRows(
    executor,
    closed.map((c) => c.id),
    SEAL_FIELD,
  );
  const lastSeal = new Map<string, { seq: number; seal: string }>();
  for (const row of sealRows)
    if (row.value) lastSeal.set(row.entityId, { seq: row.seq, seal: row.value });
  const inChainOrder = [...lastSeal.entries()].sort(([, a], [, b]) => a.seq - b.seq);
  for (const [cycleId, { seq, seal }] of inChainOrder) {
    const found = await currentSeal(executor, cycleId);
    if (found !== seal)
      return {
        sealed: lastSeal.size,
        broken: { table: 'cycle_results', id: cycleId, seq, what: 'seal', expected: seal, found },
      };
  }
  return { sealed: lastSeal.size, broken: null };
}

/**
 * Seals, as they are stored now, the closed cycles that have no seal yet (closed before seals were
 * recorded), so that from then on a direct edit of their results is detected. The seal is a
 * history row by nobody (the system), in the chain like any other. Runs when the database is
 * prepared; a sealed cycle is left alone. Returns how many cycles it sealed.
 */
export async function sealUnsealedCycles(db: Db): Promise<number> {
  const closed = await repo.listCyclesInStatus(db.kysely, ['published', 'archived']);
  const sealRows = await repo.listSealRows(
    db.kysely,
    closed.map((c) => c.id),
    SEAL_FIELD,
  );
  const sealed = new Set(sealRows.map((row) => row.entityId));
  const unsealed = closed.filter((cycle) => !sealed.has(cycle.id));
  for (const cycle of unsealed)
    await inTransaction(db, async (trx) =>
      writeHistory(trx, {
        entity: 'cycle',
        entityId: cycle.id,
        action: 'update',
        actorId: null,
        before: {},
        after: { [SEAL_FIELD]: await currentSeal(trx, cycle.id) },
      }),
    );
  return unsealed.length;
}
