import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { refreshCustomerFirstContract } from '../../src/db/customer-first-contract.js';
import { factContext } from '../../src/modules/metrics/metric-engine.js';
import { FACTS } from '../../src/modules/metrics/metric-facts.registry.js';
import { DEFAULT_KEY_FIELDS } from '../../src/modules/metrics/metric-period.js';
import { aggregateFacts } from '../../src/modules/metrics/metrics.repository.js';
import { describeDatabases } from '../support/describe-engines.js';
import { insertCustomer } from '../support/metric-fixtures.js';
import { insertContract } from '../support/metric-result-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';

/** Signing days around the edges of the periods below (org zone Asia/Shanghai). */
const DAYS = [
  '2025-12-31',
  '2026-01-01',
  '2026-02-15',
  '2026-03-31',
  '2026-04-01',
  '2026-05-10',
] as const;
/** Periods as [first day, end day) and their UTC bounds: Q1 2026, February, Q2 2026. */
const PERIODS = [
  {
    firstDay: '2026-01-01',
    endDay: '2026-04-01',
    start: '2025-12-31T16:00:00Z',
    end: '2026-03-31T16:00:00Z',
  },
  {
    firstDay: '2026-02-01',
    endDay: '2026-03-01',
    start: '2026-01-31T16:00:00Z',
    end: '2026-02-28T16:00:00Z',
  },
  {
    firstDay: '2026-04-01',
    endDay: '2026-07-01',
    start: '2026-03-31T16:00:00Z',
    end: '2026-06-30T16:00:00Z',
  },
] as const;

type Op =
  | { kind: 'insert'; customer: number; day: number; renewal: boolean }
  | { kind: 'signed'; pick: number; day: number }
  | { kind: 'deleted'; pick: number; deleted: boolean }
  | { kind: 'move'; pick: number; customer: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'refresh' };

const day = fc.nat({ max: DAYS.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      customer: fc.nat(),
      day,
      renewal: fc.constantFrom(false, false, false, true),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('signed' as const), pick: fc.nat(), day }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deleted' as const),
      pick: fc.nat(),
      deleted: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      pick: fc.nat(),
      customer: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('refresh' as const) }) },
);

/**
 * Each customer's stored first contract (src/db/customer-first-contract.ts) is kept by triggers
 * through every kind of write to contracts, and repurchase_rate, which reads it, counts the
 * customers as METRICS.md defines it.
 */
describeDatabases('customer first contract', (use) => {
  let rep = '';
  let customers: string[] = [];

  beforeAll(async () => {
    const { db } = use();
    rep = (await buildOrg(db)).users.rep1.id;
    customers = [];
    for (let i = 0; i < 2; i++)
      customers.push(
        await insertCustomer(db, { owners: [{ ownerId: rep, from: '2025-06-01T00:00:00Z' }] }),
      );
  });

  const contracts = () =>
    use()
      .db.kysely.selectFrom('contracts')
      .select(['id', 'customerId', 'signedOn', 'renewalOf', 'deletedAt'])
      .orderBy('id')
      .execute();

  /** The rule in JavaScript: the earliest signing day of a customer's contracts not deleted. */
  const expectedFirst = async () => {
    const first = new Map<string, string | null>(customers.map((c) => [c, null]));
    for (const k of await contracts()) {
      if (k.deletedAt !== null) continue;
      const known = first.get(k.customerId) ?? null;
      if (known === null || k.signedOn < known) first.set(k.customerId, k.signedOn);
    }
    return first;
  };

  const storedFirst = async () => {
    const rows = await use()
      .db.kysely.selectFrom('customers')
      .select(['id', 'firstContractOn'])
      .where('id', 'in', customers)
      .execute();
    return new Map(rows.map((r) => [r.id, r.firstContractOn]));
  };

  async function apply(op: Op) {
    const { db } = use();
    const all = await contracts();
    if (op.kind === 'refresh') {
      // Decided anew from whatever the customers held: a bulk load's settling step.
      await db.kysely
        .updateTable('customers')
        .set({ firstContractOn: '2020-01-01' })
        .where('id', 'in', customers)
        .execute();
      await refreshCustomerFirstContract(db.kysely);
      return;
    }
    if (op.kind === 'insert') {
      const renewed = op.renewal ? all[0] : undefined;
      await insertContract(db, {
        customerId: customers[op.customer % customers.length] ?? '',
        owners: [{ ownerId: rep, from: '2025-06-01T00:00:00Z' }],
        amountCents: 100_00,
        signedOn: DAYS[op.day] ?? DAYS[0],
        ...(renewed ? { renewalOf: renewed.id } : {}),
      });
      return;
    }
    const picked = all[op.pick % Math.max(1, all.length)];
    if (!picked) return;
    const where = db.kysely.updateTable('contracts').where('id', '=', picked.id);
    if (op.kind === 'signed') await where.set({ signedOn: DAYS[op.day] ?? DAYS[0] }).execute();
    else if (op.kind === 'deleted')
      await where.set({ deletedAt: op.deleted ? '2026-02-01T00:00:00.000Z' : null }).execute();
    else if (op.kind === 'move')
      await where.set({ customerId: customers[op.customer % customers.length] ?? '' }).execute();
    else {
      await db.kysely
        .updateTable('contracts')
        .set({ renewalOf: null })
        .where('renewalOf', '=', picked.id)
        .execute();
      await db.kysely.deleteFrom('ownershipPeriods').where('recordId', '=', picked.id).execute();
      await db.kysely.deleteFrom('contracts').where('id', '=', picked.id).execute();
    }
  }

  /** METRICS.md's repurchase_rate of the rep, who owns every customer throughout. */
  const expectedRepurchase = async (period: (typeof PERIODS)[number]) => {
    const live = (await contracts()).filter((k) => k.deletedAt === null);
    const base = customers.filter((c) =>
      live.some((k) => k.customerId === c && k.signedOn < period.firstDay),
    );
    const repeated = base.filter((c) =>
      live.some(
        (k) =>
          k.customerId === c &&
          k.renewalOf === null &&
          k.signedOn >= period.firstDay &&
          k.signedOn < period.endDay,
      ),
    );
    return { num: repeated.length, den: base.length };
  };

  it('follow every write of contracts, and repurchase_rate counts the customers they make repeat buyers', async () => {
    const { db } = use();
    let [steps, based, repeated] = [0, 0, 0];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 20 }), async (ops) => {
        await db.kysely.updateTable('contracts').set({ renewalOf: null }).execute();
        await db.kysely.deleteFrom('ownershipPeriods').where('entity', '=', 'contract').execute();
        await db.kysely.deleteFrom('contracts').execute();
        expect(await storedFirst()).toEqual(await expectedFirst());
        for (const op of ops) {
          await apply(op);
          steps++;
          expect(await storedFirst(), `after ${op.kind}`).toEqual(await expectedFirst());
          for (const period of PERIODS) {
            const ctx = factContext(
              db.dialect,
              { start: new Date(period.start), end: new Date(period.end) },
              'Asia/Shanghai',
              { keyFields: DEFAULT_KEY_FIELDS, scoredAt: new Date('2026-12-01T00:00:00Z') },
            );
            const facts = FACTS.repurchase_rate?.(ctx);
            if (!facts) throw new Error('no facts for repurchase_rate');
            const expected = await expectedRepurchase(period);
            based += expected.den;
            repeated += expected.num;
            const rows = await aggregateFacts(db.kysely, facts);
            const mine = rows.find((r) => r.userId === rep);
            expect(
              { num: mine?.num ?? 0, den: mine?.den ?? 0 },
              `${period.firstDay} after ${op.kind}`,
            ).toEqual(expected);
          }
        }
      }),
      { numRuns: 20, seed: 20261207 },
    );
    // Customers were counted in the base and as repeat buyers, not only none.
    expect(based).toBeGreaterThan(steps);
    expect(repeated).toBeGreaterThan(steps / 4);
  });
});
