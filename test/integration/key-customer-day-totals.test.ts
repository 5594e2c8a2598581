import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { refreshOwnerTotals } from '../../src/db/customer-owner-totals.js';
import { refreshKeyCustomerDayTotals } from '../../src/db/key-customer-day-totals.js';
import { useZoneForDayTotals } from '../../src/db/activity-day-totals.js';
import { refreshCustomerFollowUp } from '../../src/modules/activities/activities.repository.js';
import { orgDay } from '../../src/domain/time/org-day.js';
import { factContext } from '../../src/modules/metrics/metric-engine.js';
import { FACTS } from '../../src/modules/metrics/metric-facts.registry.js';
import { DEFAULT_KEY_FIELDS } from '../../src/modules/metrics/metric-period.js';
import { aggregateFacts } from '../../src/modules/metrics/metrics.repository.js';
import { describeDatabases } from '../support/describe-engines.js';
import {
  addStageChange,
  insertActivity,
  insertCustomer,
  insertOpportunity,
  insertOwnership,
  insertStage,
} from '../support/metric-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';
import { nonZeroTotals } from '../support/stored-totals.js';

const ZONE = 'Asia/Shanghai';
/**
 * Instants of the writes: around the edges of the coverage windows of ENDS (Shanghai days start
 * at 16:00 UTC), at one of the ends exactly, and after them all.
 */
const INSTANTS = [
  '2026-01-10T08:00:00.000Z',
  '2026-01-11T07:00:00.000Z',
  '2026-01-11T09:00:00.000Z',
  '2026-01-20T12:00:00.000Z',
  '2026-02-10T03:00:00.000Z',
  '2026-02-10T08:00:00.000Z',
  '2026-03-10T08:00:00.000Z',
] as const;
/**
 * Period ends: mid-day (the window [end − 30 days, end) starts and ends inside a day, with whole
 * days between), a local midnight (the window is whole days), and one the writes reach after.
 */
const ENDS = ['2026-02-10T08:00:00.000Z', '2026-02-20T16:00:00.000Z', '2026-02-10T03:00:00.000Z'];
const LEVELS = ['A', 'B', 'C', null] as const;
const DAY_MS = 86_400_000;

type Op =
  | { kind: 'customer'; owner: number; level: number; created: number }
  | { kind: 'level'; pick: number; level: number }
  | { kind: 'move'; pick: number; owner: number; at: number }
  | { kind: 'deleted'; pick: number; at: number }
  | { kind: 'activity'; pick: number; at: number; onDeal: boolean }
  | { kind: 'invalid'; pick: number; deleted: boolean }
  | { kind: 'deal'; pick: number; at: number; open: boolean }
  | { kind: 'close'; pick: number; at: number; open: boolean }
  | { kind: 'refresh' };

const instant = fc.nat({ max: INSTANTS.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('customer' as const),
      // The third owner is none: the public pool.
      owner: fc.nat({ max: 2 }),
      level: fc.nat({ max: LEVELS.length - 1 }),
      created: fc.nat({ max: 2 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('level' as const),
      pick: fc.nat(),
      level: fc.nat({ max: LEVELS.length - 1 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      pick: fc.nat(),
      owner: fc.nat({ max: 2 }),
      at: instant,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deleted' as const),
      pick: fc.nat(),
      // The last choice restores the customer.
      at: fc.nat({ max: INSTANTS.length }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('activity' as const),
      pick: fc.nat(),
      // Mostly inside the windows.
      at: fc.constantFrom(1, 2, 3, 3, 4, 4, 5, 6),
      onDeal: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('invalid' as const),
      pick: fc.nat(),
      deleted: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deal' as const),
      pick: fc.nat(),
      at: instant,
      open: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('close' as const),
      pick: fc.nat(),
      at: instant,
      open: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('refresh' as const) }) },
);

/**
 * The owners' key customers and their days of last follow-up (src/db/customer-owner-totals.ts,
 * src/db/key-customer-day-totals.ts) are kept by triggers through every kind of write that moves
 * them — a customer's owner, level and deletion, activities (its last follow-up), opportunities
 * (its open ones) — and follow-up coverage added up from them, put right one by one, gives what
 * the customers themselves give (the way a period scored later is counted) at every end.
 */
describeDatabases('key customer day totals', (use) => {
  let reps: [string, string] = ['', ''];
  let stages = { open: '', won: '' };

  beforeAll(async () => {
    const { db } = use();
    const org = await buildOrg(db);
    reps = [org.users.rep1.id, org.users.rep2.id];
    stages = { open: await insertStage(db, 'open'), won: await insertStage(db, 'won') };
  });

  const customers = () =>
    use()
      .db.kysely.selectFrom('customers')
      .select([
        'id',
        'ownerId',
        'ownerSince',
        'createdAt',
        'level',
        'deletedAt',
        'lastFollowUpAt',
        'openOpportunities',
      ])
      .orderBy('id')
      .execute();

  const pick = async <T>(rows: Promise<T[]>, n: number) => {
    const all = await rows;
    return all[n % Math.max(1, all.length)];
  };

  /** The rules of both modules, applied in JavaScript to the customers as stored. */
  const expected = async (zone = ZONE) => {
    const owners: Record<string, number[]> = {};
    const days: Record<string, number[]> = {};
    for (const c of await customers()) {
      const key = c.level === 'A' || c.level === 'B' || Number(c.openOpportunities) > 0;
      if (c.ownerId === null || c.deletedAt !== null || !key) continue;
      owners[c.ownerId] = [(owners[c.ownerId]?.[0] ?? 0) + 1];
      if (c.lastFollowUpAt === null) continue;
      const day = `${c.ownerId} ${orgDay(new Date(c.lastFollowUpAt), zone)}`;
      days[day] = [(days[day]?.[0] ?? 0) + 1];
    }
    return { owners, days };
  };

  const stored = async () => {
    const { kysely } = use().db;
    const owners = await kysely
      .selectFrom('customerOwnerTotals')
      .select(['ownerId', 'keyCustomers'])
      .execute();
    const days = await kysely.selectFrom('keyCustomerDayTotals').selectAll().execute();
    return {
      owners: nonZeroTotals(
        owners.map((r): [string, number[]] => [r.ownerId, [Number(r.keyCustomers)]]),
      ),
      days: nonZeroTotals(
        days.map((r): [string, number[]] => [
          `${r.ownerId} ${String(r.day).slice(0, 10)}`,
          [Number(r.customers)],
        ]),
      ),
    };
  };

  async function apply(op: Op) {
    const { db } = use();
    const { kysely } = db;
    if (op.kind === 'refresh') {
      // Added up anew from whatever the tables held: a bulk load's settling step.
      await kysely.updateTable('customerOwnerTotals').set({ keyCustomers: 9 }).execute();
      await kysely.updateTable('keyCustomerDayTotals').set({ customers: 9 }).execute();
      await refreshOwnerTotals(kysely);
      await refreshKeyCustomerDayTotals(kysely, db.dialect);
      return;
    }
    if (op.kind === 'customer') {
      const owner = reps[op.owner];
      const from = INSTANTS[op.created] ?? INSTANTS[0];
      await insertCustomer(db, {
        owners: owner ? [{ ownerId: owner, from }] : [],
        createdAt: from,
        level: LEVELS[op.level] ?? null,
      });
      return;
    }
    const customer = await pick(customers(), op.pick);
    if (!customer) return;
    const at = 'at' in op ? INSTANTS[op.at] : undefined;
    const customerWhere = kysely.updateTable('customers').where('id', '=', customer.id);
    if (op.kind === 'level') {
      await customerWhere.set({ level: LEVELS[op.level] ?? null }).execute();
    } else if (op.kind === 'deleted') {
      const deletedAt = at && at > customer.createdAt ? at : at ? customer.createdAt : null;
      await customerWhere.set({ deletedAt }).execute();
    } else if (op.kind === 'move') {
      const owner = reps[op.owner] ?? null;
      if (owner === customer.ownerId || !at) return;
      // Ownership moves forward in time: never before the current owner's start.
      const since = [at, customer.ownerSince ?? '', customer.createdAt].sort().at(-1) ?? at;
      await kysely
        .updateTable('ownershipPeriods')
        .set({ endedAt: since })
        .where('entity', '=', 'customer')
        .where('recordId', '=', customer.id)
        .where('endedAt', 'is', null)
        .execute();
      if (owner)
        await insertOwnership(db, 'customer', customer.id, [{ ownerId: owner, from: since }]);
      await customerWhere.set({ ownerId: owner, ownerSince: owner ? since : null }).execute();
    } else if (op.kind === 'activity') {
      const deal = op.onDeal
        ? await kysely
            .selectFrom('opportunities')
            .select('id')
            .where('customerId', '=', customer.id)
            .executeTakeFirst()
        : undefined;
      await insertActivity(db, {
        actorId: customer.ownerId ?? reps[0],
        occurredAt: at ?? INSTANTS[0],
        record: deal
          ? { type: 'opportunity', id: deal.id, customerId: customer.id }
          : { type: 'customer', id: customer.id, customerId: customer.id },
      });
    } else if (op.kind === 'invalid') {
      const activity = await pick(
        kysely.selectFrom('activities').select(['id', 'customerId']).orderBy('id').execute(),
        op.pick,
      );
      if (!activity?.customerId) return;
      await kysely
        .updateTable('activities')
        .set(op.deleted ? { deletedAt: INSTANTS[6] } : { valid: 0 })
        .where('id', '=', activity.id)
        .execute();
      await refreshCustomerFollowUp(kysely, activity.customerId);
    } else if (op.kind === 'deal') {
      const status = op.open ? 'open' : 'won';
      await insertOpportunity(db, {
        customerId: customer.id,
        ownerId: customer.ownerId ?? reps[0],
        createdAt: at ?? INSTANTS[0],
        changes: [{ stageId: stages[status], status, effectiveAt: at ?? INSTANTS[0] }],
      });
    } else {
      const deal = await pick(
        kysely.selectFrom('opportunities').select('id').orderBy('id').execute(),
        op.pick,
      );
      if (!deal) return;
      const status = op.open ? 'open' : 'won';
      await addStageChange(db, deal.id, {
        stageId: stages[status],
        status,
        effectiveAt: at ?? INSTANTS[0],
      });
    }
  }

  /** follow_up_coverage of both reps at `end`, scored at `scoredAt`, optionally for them only. */
  const coverage = async (end: string, scoredAt: string, subjects?: string[]) => {
    const { db } = use();
    const period = { start: new Date('2025-10-01T00:00:00Z'), end: new Date(end) };
    const ctx = factContext(db.dialect, period, ZONE, {
      keyFields: DEFAULT_KEY_FIELDS,
      scoredAt: new Date(scoredAt),
      dayTotalsZone: ZONE,
      ...(subjects ? { subjects } : {}),
    });
    const facts = FACTS.follow_up_coverage?.(ctx);
    if (!facts) throw new Error('no facts for follow_up_coverage');
    const rows = await aggregateFacts(db.kysely, facts);
    return {
      fromTotals: typeof facts === 'object' && 'sums' in facts,
      counts: reps.map((rep) => {
        const row = rows.find((r) => r.userId === rep);
        return { num: row?.num ?? 0, den: row?.den ?? 0 };
      }),
    };
  };

  it('follow every write that moves a key customer, and coverage from them equals coverage from the customers', async () => {
    const { db } = use();
    let [steps, counted, covered] = [0, 0, 0];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 16 }), async (ops) => {
        await db.kysely.deleteFrom('activities').execute();
        await db.kysely.deleteFrom('stageChanges').execute();
        await db.kysely.deleteFrom('opportunities').execute();
        await db.kysely.deleteFrom('ownershipPeriods').where('entity', '=', 'customer').execute();
        await db.kysely.deleteFrom('customers').execute();
        expect(await stored()).toEqual(await expected());
        // Each run starts with a key customer of each rep and one that is not key.
        for (const [owner, level] of [
          [0, 0],
          [1, 1],
          [0, 2],
        ] as const)
          await apply({ kind: 'customer', owner, level, created: 0 });
        for (const op of ops) {
          await apply(op);
          steps++;
          expect(await stored(), `after ${op.kind}`).toEqual(await expected());
          for (const end of ENDS) {
            const later = new Date(Date.parse(end) + 40 * DAY_MS).toISOString();
            const fromCustomers = await coverage(end, later);
            const fromTotals = await coverage(end, end);
            const forReps = await coverage(end, end, reps);
            expect(fromCustomers.fromTotals).toBe(false);
            expect(fromTotals.fromTotals).toBe(true);
            expect(fromTotals.counts, `${end} after ${op.kind}`).toEqual(fromCustomers.counts);
            expect(forReps.counts, `${end} for the reps after ${op.kind}`).toEqual(
              fromCustomers.counts,
            );
            for (const { num, den } of fromCustomers.counts) {
              counted += den;
              covered += num;
            }
          }
        }
      }),
      { numRuns: 25, seed: 20261207 },
    );
    // Customers were counted and covered, not only none.
    expect(counted).toBeGreaterThan(steps * 3);
    expect(covered).toBeGreaterThan(steps / 2);
  });

  it('are added up anew in the new zone when the organisation’s zone changes', async () => {
    const { db } = use();
    const customerId = await insertCustomer(db, {
      owners: [{ ownerId: reps[0], from: INSTANTS[0] }],
      level: 'A',
    });
    // The 7th of March in New York, the 8th in Shanghai.
    await insertActivity(db, {
      actorId: reps[0],
      occurredAt: '2026-03-08T04:30:00.000Z',
      record: { type: 'customer', id: customerId, customerId },
    });
    await useZoneForDayTotals(db, 'America/New_York');
    const inNewYork = await expected('America/New_York');
    expect(inNewYork.days[`${reps[0]} 2026-03-07`]).toBeDefined();
    expect((await stored()).days).toEqual(inNewYork.days);
    await useZoneForDayTotals(db, ZONE);
    expect((await stored()).days).toEqual((await expected()).days);
  });
});
