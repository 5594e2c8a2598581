import type { Db, Executor } from './database.js';

/** Runs `work` in one transaction: everything it writes commits together or not at all. */
export function inTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): Promise<T> {
  return db.kysely.transaction().execute(work);
}
