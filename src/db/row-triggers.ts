import { sql, type Kysely, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import type { Db, Dialect } from './database.js';

/**
 * A row-level trigger that keeps a stored decision up to date, written once for both engines:
 * on PostgreSQL a plpgsql function of the same name runs `body`; on SQLite `body` is the trigger's
 * own statement list.
 */
export type RowTrigger<Row extends string> = {
  name: string;
  table: string;
  event: 'insert' | 'update' | 'delete';
  /** An update fires only when one of these columns changed. */
  watched?: readonly string[];
  /** Whose rows the body decides again (`new`, `old`, or a kind of the caller's own). */
  rows: readonly Row[];
};

/** `when (…)`: one of the watched columns differs between the old and the new row. */
function whenChanged(
  dialect: Dialect,
  watched: readonly string[] | undefined,
): RawBuilder<unknown> {
  if (!watched) return sql``;
  const differs = dialect === 'postgres' ? 'is distinct from' : 'is not';
  return sql`when (${sql.raw(watched.map((c) => `old.${c} ${differs} new.${c}`).join(' or '))})`;
}

/** Creates the triggers; `bodyOf` gives each one's statements, each ending with `;`. */
async function createRowTriggers<DB, Row extends string>(
  db: Kysely<DB>,
  dialect: Dialect,
  triggers: readonly RowTrigger<Row>[],
  bodyOf: (trigger: RowTrigger<Row>) => RawBuilder<unknown>,
): Promise<void> {
  for (const trigger of triggers) {
    const name = sql.raw(trigger.name);
    const on = sql.raw(`after ${trigger.event} on ${trigger.table} for each row`);
    const when = whenChanged(dialect, trigger.watched);
    const body = bodyOf(trigger);
    if (dialect === 'postgres') {
      await sql`create or replace function ${name}() returns trigger language plpgsql as $$
        begin ${body} return null; end $$`.execute(db);
      await sql`create trigger ${name} ${on} ${when} execute function ${name}()`.execute(db);
    } else {
      await sql`create trigger ${name} ${on} ${when} begin ${body} end`.execute(db);
    }
  }
}

/** Drops them. */
async function dropRowTriggers<DB>(
  db: Kysely<DB>,
  dialect: Dialect,
  triggers: readonly RowTrigger<string>[],
): Promise<void> {
  for (const trigger of triggers) {
    const on = dialect === 'postgres' ? ` on ${trigger.table}` : '';
    await sql`drop trigger if exists ${sql.raw(trigger.name + on)}`.execute(db);
  }
}

/**
 * A stored decision kept by row triggers (`triggers`, each running `bodyOf`), whoever writes: its
 * triggers created and dropped, and `settledAfter`, which runs a bulk pass with the triggers
 * dropped, then lets `refresh` decide every row anew in one set-based statement and puts the
 * triggers back — over a bulk load, a trigger per row costs far more. Only for a database nobody
 * else writes to meanwhile (the simulator's).
 */
export function keptByTriggers<Row extends string>(
  triggers: readonly RowTrigger<Row>[],
  bodyOf: (trigger: RowTrigger<Row>, dialect: Dialect) => RawBuilder<unknown>,
  refresh: (db: QueryExecutorProvider, dialect: Dialect) => Promise<void>,
) {
  const create = <DB>(db: Kysely<DB>, dialect: Dialect) =>
    createRowTriggers(db, dialect, triggers, (trigger) => bodyOf(trigger, dialect));
  const drop = <DB>(db: Kysely<DB>, dialect: Dialect) => dropRowTriggers(db, dialect, triggers);
  const settledAfter = async <T>(db: Db, pass: () => Promise<T>): Promise<T> => {
    await drop(db.kysely, db.dialect);
    try {
      return await pass();
    } finally {
      await refresh(db.kysely, db.dialect);
      await create(db.kysely, db.dialect);
    }
  };
  return { create, drop, settledAfter };
}

/** A bulk pass settled after: one of the modules' `with…After` functions. */
type SettledAfter<T> = (db: Db, pass: () => Promise<T>) => Promise<T>;

/** Runs `pass` inside each of `settles`, the first outermost: the first settles last. */
export function withEachSettledAfter<T>(
  db: Db,
  settles: readonly SettledAfter<T>[],
  pass: () => Promise<T>,
): Promise<T> {
  return settles.reduceRight<() => Promise<T>>((inner, settle) => () => settle(db, inner), pass)();
}
