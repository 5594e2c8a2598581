import type { Executor } from '../../db/database.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import type { MovedRecord } from './merge.repository.js';

/** The later of two ISO timestamps or dates (either may be missing). */
export function latest<T extends string | null>(a: T, b: T): T {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/** One history entry per record a merge moved (and per contact it stopped being primary). */
export async function logMoves(
  trx: Executor,
  actorId: string,
  merge: { from: string; to: string; moved: MovedRecord[]; demoted: string[] },
): Promise<void> {
  for (const id of merge.demoted) {
    await writeHistory(trx, {
      entity: 'contact',
      entityId: id,
      action: 'update',
      actorId,
      before: { isPrimary: 1 },
      after: { isPrimary: 0 },
    });
  }
  for (const record of merge.moved) {
    await writeHistory(trx, {
      entity: record.entity,
      entityId: record.id,
      action: 'update',
      actorId,
      before: { [record.field]: merge.from },
      after: { [record.field]: merge.to },
    });
  }
}
