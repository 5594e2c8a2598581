import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { markFlaggedRecords } from '../../src/db/record-flags.js';
import { describeDatabases } from '../support/describe-engines.js';
import { insertActivity, insertCustomer } from '../support/metric-fixtures.js';
import { insertLead } from '../support/metric-result-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';

type Entity = 'activity' | 'customer' | 'lead';
type Target = { entity: Entity; id: string };
type FlagState = { id: string; target: number; status: 'open' | 'cleared' };

type Op =
  | { kind: 'add'; target: number; status: 'open' | 'cleared' }
  | { kind: 'setStatus'; pick: number; status: 'open' | 'cleared' }
  | { kind: 'move'; pick: number; target: number }
  | { kind: 'remove'; pick: number };

/** Two records of each entity, so that a flag can move between records (a merge) and entities. */
const TARGETS = 6;
const targetArb = fc.nat({ max: TARGETS - 1 });
const statusArb = fc.constantFrom<'open' | 'cleared'>('open', 'open', 'cleared');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      target: targetArb,
      status: statusArb,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('setStatus' as const),
      pick: fc.nat(),
      status: statusArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), target: targetArb }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
);

/**
 * `flagged` on activities, customers and leads (data_flag_rate's numerator) is kept by triggers
 * through every kind of write to quality_flags: after each write of any sequence it equals "has an
 * open flag" evaluated on the flags as they are, and so does the set-based marking a migration runs.
 */
describeDatabases('record flags kept at write', (use) => {
  const targets: Target[] = [];
  let userId = '';
  let serial = 0;

  beforeAll(async () => {
    const { db } = use();
    userId = (await buildOrg(db)).users.rep1.id;
    for (let i = 0; i < 2; i++) {
      const customer = await insertCustomer(db, {
        owners: [{ ownerId: userId, from: '2026-01-05T00:00:00Z' }],
      });
      const activity = await insertActivity(db, {
        actorId: userId,
        occurredAt: '2026-02-02T09:00:00Z',
        record: { type: 'customer', id: customer, customerId: customer },
      });
      const lead = await insertLead(db, { createdBy: userId, createdAt: '2026-01-06T00:00:00Z' });
      targets.push(
        { entity: 'activity', id: activity },
        { entity: 'customer', id: customer },
        { entity: 'lead', id: lead },
      );
    }
  });

  const tableOf = { activity: 'activities', customer: 'customers', lead: 'leads' } as const;
  const stored = async () => {
    const { kysely } = use().db;
    const flagged = new Map<string, number>();
    for (const entity of ['activity', 'customer', 'lead'] as const) {
      const rows = await kysely
        .selectFrom(tableOf[entity])
        .select(['id', 'flagged'])
        .where(
          'id',
          'in',
          targets.filter((t) => t.entity === entity).map((t) => t.id),
        )
        .execute();
      for (const row of rows) flagged.set(row.id, Number(row.flagged));
    }
    return flagged;
  };
  const expected = (flags: readonly FlagState[]) =>
    new Map(
      targets.map((t, i) => [
        t.id,
        flags.some((f) => f.target === i && f.status === 'open') ? 1 : 0,
      ]),
    );

  it('equals "has an open flag" after every write of any sequence, and equals a full marking', async () => {
    const { kysely } = use().db;
    const seen = [0, 0];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 6, maxLength: 25 }), async (ops) => {
        await kysely
          .deleteFrom('qualityFlags')
          .where(
            'recordId',
            'in',
            targets.map((t) => t.id),
          )
          .execute();
        const flags: FlagState[] = [];
        let want = expected(flags);
        expect(await stored()).toEqual(want);
        for (const op of ops) {
          await apply(op, flags);
          want = expected(flags);
          for (const value of want.values()) seen[value] = (seen[value] ?? 0) + 1;
          expect(await stored()).toEqual(want);
        }
        for (const table of Object.values(tableOf))
          await kysely.updateTable(table).set({ flagged: 0 }).execute();
        await markFlaggedRecords(kysely);
        expect(await stored()).toEqual(want);
      }),
      { numRuns: 60, seed: 20261203 },
    );
    // Both values were reached often: the sequences exercised the triggers, not only empty tables.
    expect(seen[0]).toBeGreaterThan(200);
    expect(seen[1]).toBeGreaterThan(200);
  });

  async function apply(op: Op, flags: FlagState[]) {
    const { kysely } = use().db;
    const picked = flags[('pick' in op ? op.pick : 0) % Math.max(1, flags.length)];
    switch (op.kind) {
      case 'add': {
        const target = targets[op.target];
        if (!target) return;
        const id = `rf-flag-${++serial}`;
        await kysely
          .insertInto('qualityFlags')
          .values({
            id,
            rule: 'Q6',
            entity: target.entity,
            recordId: target.id,
            field: null,
            userId,
            detail: null,
            status: op.status,
            createdAt: '2026-03-01T00:00:00.000Z',
            clearedBy: op.status === 'cleared' ? userId : null,
            clearedAt: op.status === 'cleared' ? '2026-03-02T00:00:00.000Z' : null,
            clearedReason: op.status === 'cleared' ? 'checked with the customer' : null,
          })
          .execute();
        flags.push({ id, target: op.target, status: op.status });
        return;
      }
      case 'setStatus': {
        if (!picked) return;
        await kysely
          .updateTable('qualityFlags')
          .set({ status: op.status, detail: 'reviewed' })
          .where('id', '=', picked.id)
          .execute();
        picked.status = op.status;
        return;
      }
      case 'move': {
        const target = targets[op.target];
        if (!picked || !target) return;
        await kysely
          .updateTable('qualityFlags')
          .set({ entity: target.entity, recordId: target.id })
          .where('id', '=', picked.id)
          .execute();
        picked.target = op.target;
        return;
      }
      case 'remove': {
        if (!picked) return;
        await kysely.deleteFrom('qualityFlags').where('id', '=', picked.id).execute();
        flags.splice(flags.indexOf(picked), 1);
        return;
      }
    }
  }
});
