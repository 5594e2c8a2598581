import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { verifyAudit } from '../../src/cli/audit.js';
import { encodeChanges } from '../../src/db/history-codec.js';
import { historyRowHash } from '../../src/db/history-chain.js';
import { verifyHistoryChain } from '../../src/platform/history/history-audit.js';
import { readableHistoryRow } from '../../src/platform/history/history.repository.js';
import { createCustomer } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD } from '../support/org-fixture.js';

describeEngines('history hash chain', (use) => {
  let rep: string;
  beforeAll(async () => {
    await buildOrg(use().db);
    rep = await use().login('rep1@example.com', PASSWORD);
    for (const name of ['链一', '链二', '链三']) await createCustomer(use(), rep, { name });
  });

  const rows = async () =>
    (
      await use()
        .db.kysely.selectFrom('history')
        .select(['seq', 'id', 'changes'])
        .orderBy('seq')
        .execute()
    ).map(readableHistoryRow);
  /** The row of the creation of the customer named `name`, and the row after it. */
  const rowNaming = async (name: string) => {
    const all = await rows();
    const i = all.findIndex((r) => r.changes.includes(`"${name}"`));
    const row = all[i];
    const next = all[i + 1];
    if (!row || !next) throw new Error(`no row naming ${name} with a row after it`);
    return { row, next };
  };
  const audit = async () => {
    const lines: string[] = [];
    const code = await verifyAudit(use().db, (line) => lines.push(line));
    return { code, text: lines.join('\n') };
  };

  it('writes one row per write, numbered without gaps, and verifies as intact (exit 0)', async () => {
    const all = await rows();
    expect(all.map((r) => Number(r.seq))).toEqual(all.map((_, i) => i + 1));
    const { code, text } = await audit();
    expect(code).toBe(0);
    expect(text).toBe(`History chain intact: ${all.length} rows verified.`);
  });

  it('keeps the chain whole when writes race (one lock on PostgreSQL, one connection on SQLite)', async () => {
    const before = (await rows()).length;
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        use().request({
          method: 'POST',
          url: '/api/v1/customers',
          as: rep,
          payload: { name: `并发${i}` },
        }),
      ),
    );
    expect(created.map((r) => r.statusCode)).toEqual(created.map(() => 201));
    const all = await rows();
    expect(all.length).toBe(before + 12);
    expect(all.map((r) => Number(r.seq))).toEqual(all.map((_, i) => i + 1));
    expect((await verifyHistoryChain(use().db.kysely)).broken).toBeNull();
  });

  it('detects a row edited in place, names it, and is intact again once it is put back', async () => {
    const { row: victim } = await rowNaming('链三');
    const forged = victim.changes.replace('链三', '链叁');
    expect(forged).not.toBe(victim.changes);
    const k = use().db.kysely;
    await k
      .updateTable('history')
      .set({ changes: encodeChanges(forged) })
      .where('seq', '=', victim.seq)
      .execute();
    const { code, text } = await audit();
    expect(code).toBe(1);
    const { broken } = await verifyHistoryChain(k);
    expect(broken).toMatchObject({
      table: 'history',
      id: victim.id,
      seq: Number(victim.seq),
      what: 'hash',
    });
    expect(text).toContain(victim.id);
    expect(text).toContain(`expected: ${broken?.expected}`);
    await k
      .updateTable('history')
      .set({ changes: encodeChanges(victim.changes) })
      .where('seq', '=', victim.seq)
      .execute();
    expect((await audit()).code).toBe(0);
  });

  it('detects a forged hash that hides an edit: the next row no longer links to it', async () => {
    const k = use().db.kysely;
    const { row: second, next: third } = await rowNaming('链二');
    const stored = (seq: number) =>
      k.selectFrom('history').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
    const original = await stored(Number(second.seq));
    const previous = await stored(Number(second.seq) - 1);
    // Rewrite the row and recompute its own hash as a careful forger would.
    const changes = second.changes.replace('链二', '链贰');
    const hash = historyRowHash({
      ...original,
      seq: Number(original.seq),
      changes,
      prevHash: previous.hash.toString('hex'),
    });
    await k
      .updateTable('history')
      .set({ changes: encodeChanges(changes), hash: Buffer.from(hash, 'hex') })
      .where('seq', '=', second.seq)
      .execute();
    // The next row's hash covers the hash before it: it no longer computes to what is stored.
    expect((await verifyHistoryChain(k)).broken).toMatchObject({
      table: 'history',
      id: third.id,
      what: 'hash',
      found: (await stored(Number(third.seq))).hash.toString('hex'),
    });
    await k
      .updateTable('history')
      .set({ changes: original.changes, hash: original.hash })
      .where('seq', '=', second.seq)
      .execute();
    expect((await verifyHistoryChain(k)).broken).toBeNull();
  });

  it('stores each document compressed, and names a row whose stored bytes no longer read', async () => {
    const k = use().db.kysely;
    const { row } = await rowNaming('链二');
    const stored = await k
      .selectFrom('history')
      .select('changes')
      .where('seq', '=', row.seq)
      .executeTakeFirstOrThrow();
    expect(stored.changes.length).toBeLessThan(Buffer.byteLength(row.changes));
    const garbled = Buffer.from(stored.changes);
    garbled[0] = 0x7f;
    await k.updateTable('history').set({ changes: garbled }).where('seq', '=', row.seq).execute();
    expect((await verifyHistoryChain(k)).broken).toMatchObject({
      table: 'history',
      id: row.id,
      what: 'changes',
    });
    await k
      .updateTable('history')
      .set({ changes: stored.changes })
      .where('seq', '=', row.seq)
      .execute();
    expect((await verifyHistoryChain(k)).broken).toBeNull();
  });

  it('detects a deleted row, at the end (through the head) and in the middle', async () => {
    const k = use().db.kysely;
    const last = (await rows()).at(-1);
    if (!last) throw new Error('no rows');
    await sql`delete from history where seq = ${last.seq}`.execute(k);
    expect((await verifyHistoryChain(k)).broken).toMatchObject({
      table: 'history_chain',
      what: 'head',
      seq: Number(last.seq) - 1,
    });
    expect((await audit()).code).toBe(1);

    const { row: middle, next } = await rowNaming('链一');
    await sql`delete from history where seq = ${middle.seq}`.execute(k);
    const { code, text } = await audit();
    expect(code).toBe(1);
    expect((await verifyHistoryChain(k)).broken).toMatchObject({
      table: 'history',
      id: next.id,
      seq: Number(next.seq),
      what: 'seq',
      expected: String(middle.seq),
      found: String(next.seq),
    });
    expect(text).toContain(next.id);
  });
});
