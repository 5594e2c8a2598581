import { sql } from 'kysely';
import type { Dialect, Executor } from './database.js';

/**
 * Holds a named lock until the surrounding transaction ends, so that transactions taking the
 * same name run one after another (a check-then-write such as a count against a cap becomes
 * atomic). PostgreSQL: a transaction-scoped advisory lock. SQLite: nothing to do, because the
 * process's one connection already runs transactions one at a time.
 */
export async function lockForTransaction(
  trx: Executor,
  dialect: Dialect,
  name: string,
): Promise<void> {
  if (dialect === 'postgres')
    await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
}
