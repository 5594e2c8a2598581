import type { Db, Executor } from './database.js';

type CommitHook = () => Promise<void>;

/** Work to do at the end of a transaction opened by inTransaction, just before it commits. */
const commitHooks = new WeakMap<Executor, Map<string, CommitHook>>();

/** Runs `work` in one transaction: everything it writes commits together or not at all. */
export function inTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): Promise<T> {
  return db.kysely.transaction().execute(async (trx) => {
    const hooks = new Map<string, CommitHook>();
    commitHooks.set(trx, hooks);
    const result = await work(trx);
    // A hook may register another (under another key); run until none is left.
    while (hooks.size > 0) {
      const [key, hook] = hooks.entries().next().value as [string, CommitHook];
      hooks.delete(key);
      await hook();
    }
    commitHooks.delete(trx);
    return result;
  });
}

/**
 * Asks the transaction `trx` (opened by inTransaction) to run `hook` once, after its work and
 * just before it commits; a second call with the same key is a no-op. Work that must take a
 * lock shared by every writer (appending to the history chain) goes here, so that the lock is
 * the last one the transaction takes and is held only for its final statements.
 * Returns false when `trx` is not such a transaction: the caller does the work itself.
 */
export function beforeCommit(trx: Executor, key: string, hook: CommitHook): boolean {
  const hooks = commitHooks.get(trx);
  if (!hooks) return false;
  if (!hooks.has(key)) hooks.set(key, hook);
  return true;
}
