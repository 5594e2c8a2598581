import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Executor } from '../../src/db/database.js';
import { inTransaction } from '../../src/db/transaction.js';
import { describeDatabases } from '../support/describe-engines.js';

/** A promise resolved from outside. */
function signal() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve: () => resolve() };
}

describeDatabases('transactions', (use, engine) => {
  const bump = (trx: Executor, key: string) =>
    trx
      .updateTable('settings')
      .set({ value: sql<string>`cast(cast(value as integer) + 1 as text)` })
      .where('key', '=', key)
      .execute();
  const valueOf = async (key: string) =>
    (
      await use()
        .db.kysely.selectFrom('settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirstOrThrow()
    ).value;

  it('runs again a transaction given up for a deadlock, so that both writers succeed', async () => {
    const { db } = use();
    await db.kysely
      .insertInto('settings')
      .values([
        { key: 'crossing-a', value: '0' },
        { key: 'crossing-b', value: '0' },
      ])
      .execute();
    let attempts = 0;
    // Each writer takes its first row, waits until the other holds its own, then takes the other
    // row. SQLite's one connection cannot start the second writer before the first commits, so
    // there the first goes on at once.
    const holding = { a: signal(), b: signal() };
    const writer = (first: 'a' | 'b', second: 'a' | 'b') =>
      inTransaction(db, async (trx) => {
        attempts++;
        await bump(trx, `crossing-${first}`);
        holding[first].resolve();
        if (engine === 'postgres') await holding[second].promise;
        await bump(trx, `crossing-${second}`);
        return first;
      });

    expect(await Promise.all([writer('a', 'b'), writer('b', 'a')])).toEqual(['a', 'b']);
    expect([await valueOf('crossing-a'), await valueOf('crossing-b')]).toEqual(['2', '2']);
    // PostgreSQL broke the deadlock by aborting one of them, which ran again; SQLite never
    // deadlocks.
    expect(attempts).toBe(engine === 'postgres' ? 3 : 2);
  });

  it('does not run again a transaction that failed for any other reason', async () => {
    let attempts = 0;
    await expect(
      inTransaction(use().db, async (trx) => {
        attempts++;
        await trx.insertInto('settings').values({ key: 'twice', value: '1' }).execute();
        await trx.insertInto('settings').values({ key: 'twice', value: '2' }).execute();
      }),
    ).rejects.toThrow();
    expect(attempts).toBe(1);
    expect(
      await use()
        .db.kysely.selectFrom('settings')
        .select('key')
        .where('key', '=', 'twice')
        .execute(),
    ).toEqual([]);
  });
});
