import type { Db, Executor } from './database.js';

type CommitHook = () => Promise<void>;

/** Work to do at the end of a transaction opened by inTransaction, just before it commits. */
const commitHooks = new WeakMap<Executor, Map<string, CommitHook>>();

/** How many times a transaction runs at most when PostgreSQL aborts it for a conflict. */
const ATTEMPTS = 3;

/**
 * PostgreSQL gave the transaction up so that another could go on: a deadlock (two writers
 * taking the same rows in opposite orders, such as customers changing hands between two owners
 * at once, each change updating both owners' totals) or a serialisation failure. Run again, it
 * succeeds; SQLite's one connection runs transactions one after another and never conflicts.
 */
function isTransientConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/**
 * Runs `work` in one transaction: everything it writes commits together or not at all. A
 * transaction that PostgreSQL aborts for a conflict with another runs again from the start, so
 * `work` must act only through `trx` (messages to send are written to the outbox, not sent).
 */
export async function inTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptTransaction(db, work);
    } catch (error) {
      if (attempt === ATTEMPTS || !isTransientConflict(error)) throw error;
    }
  }
}

function attemptTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): Promise<T> {
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
