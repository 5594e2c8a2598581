import type { Db } from '../../src/db/database.js';
import {
  entriesOf,
  readableHistoryRow,
  type HistoryEntry,
} from '../../src/platform/history/history.repository.js';

/**
 * The stored history as field-level entries (what the history endpoints show), straight from
 * the table in write order: for tests that look past a route (deleted records, settings).
 */
export async function historyEntries(
  db: Db,
  where: { entity?: string; entityId?: string | readonly string[] },
): Promise<HistoryEntry[]> {
  let query = db.kysely
    .selectFrom('history')
    .select(['id', 'entity', 'entityId', 'action', 'changes', 'actorId', 'at'])
    .orderBy('seq');
  if (where.entity !== undefined) query = query.where('entity', '=', where.entity);
  if (typeof where.entityId === 'string') query = query.where('entityId', '=', where.entityId);
  else if (where.entityId) query = query.where('entityId', 'in', where.entityId);
  return (await query.execute()).flatMap((row) => entriesOf(readableHistoryRow(row)));
}
