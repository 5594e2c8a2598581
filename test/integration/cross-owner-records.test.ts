import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { refreshCrossOwnerRecords } from '../../src/db/cross-owner-records.js';
import { describeDatabases } from '../support/describe-engines.js';
import {
  insertCustomer,
  insertOpportunity,
  insertPlan,
  insertStage,
} from '../support/metric-fixtures.js';
import { insertContract } from '../support/metric-result-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';

const KINDS = ['opportunity', 'contract', 'plan'] as const;
type Kind = (typeof KINDS)[number];
const TABLES = {
  opportunity: 'opportunities',
  contract: 'contracts',
  plan: 'followUpPlans',
} as const;

type Op =
  | { kind: 'insert'; record: Kind; customer: number; owner: number }
  | { kind: 'owner'; pick: number; owner: number }
  | { kind: 'move'; pick: number; customer: number }
  | { kind: 'deleted'; pick: number; deleted: boolean }
  | { kind: 'remove'; pick: number }
  | { kind: 'customerOwner'; customer: number; owner: number }
  | { kind: 'refresh' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      record: fc.constantFrom(...KINDS),
      customer: fc.nat(),
      owner: fc.nat(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('owner' as const), pick: fc.nat(), owner: fc.nat() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      pick: fc.nat(),
      customer: fc.nat(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deleted' as const),
      pick: fc.nat(),
      deleted: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('customerOwner' as const),
      customer: fc.nat(),
      owner: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('refresh' as const) }) },
);

/**
 * The live opportunities, contracts and plans owned by someone else than their customer's owner
 * (src/db/cross-owner-records.ts) are kept by triggers through every write to the records and to
 * their customers' owners, and decided anew by the bulk loads' settling step, equal to the rule
 * applied to the tables as they are.
 */
describeDatabases('records owned by someone else than their customer’s owner', (use) => {
  let people: string[] = [];
  let customers: string[] = [];
  let stage = '';

  beforeAll(async () => {
    const { db } = use();
    const { users } = await buildOrg(db);
    people = [users.rep1.id, users.rep2.id, users.lead.id];
    stage = await insertStage(db, 'open');
    customers = [];
    for (const ownerId of people)
      customers.push(await insertCustomer(db, { owners: [{ ownerId, from: '2026-01-01' }] }));
  });

  /** Every record of the three tables, in one order. */
  async function records() {
    const { kysely } = use().db;
    const rows = await Promise.all(
      KINDS.map(async (kind) =>
        (
          await kysely
            .selectFrom(TABLES[kind])
            .select(['id', 'ownerId', 'customerId', 'deletedAt'])
            .orderBy('id')
            .execute()
        ).map((row) => ({ kind, ...row })),
      ),
    );
    return rows.flat();
  }

  const stored = async () =>
    (
      await use()
        .db.kysely.selectFrom('crossOwnerRecords')
        .select(['recordType', 'recordId', 'ownerId', 'customerId'])
        .execute()
    )
      .map((r) => `${r.recordType}:${r.recordId}:${r.ownerId}:${r.customerId}`)
      .sort();

  /** The rule, in JavaScript: live, with a customer, and not owned by the customer's owner. */
  async function expected() {
    const owners = new Map(
      (await use().db.kysely.selectFrom('customers').select(['id', 'ownerId']).execute()).map(
        (c) => [c.id, c.ownerId],
      ),
    );
    return (await records())
      .filter(
        (r) =>
          r.deletedAt === null && r.customerId !== null && r.ownerId !== owners.get(r.customerId),
      )
      .map((r) => `${r.kind}:${r.id}:${r.ownerId}:${r.customerId}`)
      .sort();
  }

  const person = (n: number) => people[n % people.length] ?? '';
  /** A customer, or for a plan (whose customer is optional) possibly none. */
  const customerOf = (n: number, kind: Kind) =>
    kind === 'plan' && n % (customers.length + 1) === customers.length
      ? null
      : (customers[n % customers.length] ?? '');

  async function apply(op: Op) {
    const { db } = use();
    if (op.kind === 'refresh') {
      // Decided anew from whatever the table held: a bulk load's settling step.
      await db.kysely.deleteFrom('crossOwnerRecords').execute();
      await db.kysely
        .insertInto('crossOwnerRecords')
        .values({ recordType: 'plan', recordId: 'stale', ownerId: person(0), customerId: 'gone' })
        .execute();
      await refreshCrossOwnerRecords(db.kysely);
      return;
    }
    if (op.kind === 'customerOwner') {
      // The last choice releases the customer to the public pool.
      const ownerId = op.owner % (people.length + 1) === people.length ? null : person(op.owner);
      await db.kysely
        .updateTable('customers')
        .set({ ownerId })
        .where('id', '=', customers[op.customer % customers.length] ?? '')
        .execute();
      return;
    }
    if (op.kind === 'insert') {
      const ownerId = person(op.owner);
      const customerId = customerOf(op.customer, op.record);
      if (op.record === 'plan')
        await insertPlan(db, {
          ownerId,
          dueAt: '2026-02-01T08:00:00Z',
          record: { type: 'customer', id: customerId ?? 'a-lead' },
          ...(customerId ? { customerId } : {}),
        });
      else if (op.record === 'contract')
        await insertContract(db, {
          customerId: customerId ?? '',
          ownerId,
          owners: [{ ownerId, from: '2026-01-05' }],
          amountCents: 10_000,
          signedOn: '2026-01-05',
        });
      else
        await insertOpportunity(db, {
          customerId: customerId ?? '',
          ownerId,
          createdAt: '2026-01-05T00:00:00Z',
          changes: [{ stageId: stage, status: 'open', effectiveAt: '2026-01-05T00:00:00Z' }],
        });
      return;
    }
    const all = await records();
    const picked = all[op.pick % Math.max(1, all.length)];
    if (!picked) return;
    const table = TABLES[picked.kind];
    if (op.kind === 'remove') {
      if (picked.kind === 'opportunity')
        await db.kysely.deleteFrom('stageChanges').where('opportunityId', '=', picked.id).execute();
      await db.kysely.deleteFrom(table).where('id', '=', picked.id).execute();
      return;
    }
    const update = db.kysely.updateTable(table).where('id', '=', picked.id);
    if (op.kind === 'owner') await update.set({ ownerId: person(op.owner) }).execute();
    else if (op.kind === 'deleted')
      await update.set({ deletedAt: op.deleted ? '2026-02-01T00:00:00.000Z' : null }).execute();
    else {
      const customerId = customerOf(op.customer, picked.kind);
      if (customerId !== null || picked.kind === 'plan')
        await db.kysely
          .updateTable(table)
          .set({ customerId })
          .where('id', '=', picked.id)
          .execute();
    }
  }

  it('follow every write of the records and of their customers’ owners', async () => {
    const { db } = use();
    let [steps, crossOwner] = [0, 0];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 20 }), async (ops) => {
        await db.kysely.deleteFrom('stageChanges').execute();
        for (const kind of KINDS) await db.kysely.deleteFrom(TABLES[kind]).execute();
        for (const [i, customerId] of customers.entries())
          await db.kysely
            .updateTable('customers')
            .set({ ownerId: person(i) })
            .where('id', '=', customerId)
            .execute();
        expect(await stored()).toEqual([]);
        for (const op of ops) {
          await apply(op);
          steps++;
          const rows = await expected();
          expect(await stored()).toEqual(rows);
          crossOwner += rows.length;
        }
      }),
      { numRuns: 25, seed: 49 },
    );
    // The runs made such records, not only empty tables.
    expect(steps).toBeGreaterThan(100);
    expect(crossOwner).toBeGreaterThan(steps / 2);
  });
});
