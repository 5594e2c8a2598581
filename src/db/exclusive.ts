import { sql } from 'kysely';
import type { Db } from './database.js';

/** Names being run right now through each database handle (one handle per process). */
const runningHere = new WeakMap<Db, Set<string>>();

/**
 * Runs `work` in at most one place at a time; a caller that finds it running gets false at once.
 * Within a process a set of names decides; across processes on PostgreSQL (several app processes
 * sharing one database) a session advisory lock, held on one pooled connection for the duration.
 */
export async function runExclusively(
  db: Db,
  name: string,
  work: () => Promise<void>,
): Promise<boolean> {
  const running = runningHere.get(db) ?? new Set<string>();
  runningHere.set(db, running);
  if (running.has(name)) return false;
  running.add(name);
  try {
    return db.dialect === 'sqlite' ? (await work(), true) : await acrossProcesses(db, name, work);
  } finally {
    running.delete(name);
  }
}

async function acrossProcesses(db: Db, name: string, work: () => Promise<void>): Promise<boolean> {
  return db.kysely.connection().execute(async (connection) => {
    const { rows } = await sql<{
      ok: boolean;
    }>`select pg_try_advisory_lock(hashtext(${name})) as ok`.execute(connection);
    if (!rows[0]?.ok) return false;
    try {
      await work();
      return true;
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(connection);
    }
  });
}
