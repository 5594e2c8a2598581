import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { refreshCustomerOpportunities } from '../../src/db/customer-open-opportunities.js';
import { factContext } from '../../src/modules/metrics/metric-engine.js';
import { FACTS } from '../../src/modules/metrics/metric-facts.registry.js';
import { aggregateFacts } from '../../src/modules/metrics/metrics.repository.js';
import { DEFAULT_KEY_FIELDS } from '../../src/modules/metrics/metric-period.js';
import { describeDatabases } from '../support/describe-engines.js';
import {
  addStageChange,
  insertCustomer,
  insertOpportunity,
  insertStage,
} from '../support/metric-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';
import {
  expectedOpportunityStates,
  storedOpportunityStates,
} from '../support/customer-opportunity-state.js';

const INSTANTS = [
  '2026-01-10T08:00:00.000Z',
  '2026-02-10T08:00:00.000Z',
  '2026-03-10T08:00:00.000Z',
] as const;
/** Period ends before, between and exactly at the instants the writes use. */
const ENDS = ['2026-01-01', '2026-01-20', '2026-02-10T08:00:00Z', '2026-02-20', '2026-04-01'];
const STATUSES = ['open', 'won', 'lost'] as const;
type Status = (typeof STATUSES)[number];

type Op =
  | { kind: 'insert'; customer: number; created: number; status: Status }
  | { kind: 'status'; pick: number; status: Status; at: number }
  | { kind: 'touch'; pick: number; at: number }
  | { kind: 'deleted'; pick: number; at: number }
  | { kind: 'move'; pick: number; customer: number }
  | { kind: 'created'; pick: number; at: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'refresh' };

const instant = fc.nat({ max: INSTANTS.length - 1 });
/** An instant, or (the last choice) none. */
const instantOrNone = fc.nat({ max: INSTANTS.length });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      customer: fc.nat(),
      created: instant,
      status: fc.constantFrom<Status>('open', 'open', 'won', 'lost'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      pick: fc.nat(),
      status: fc.constantFrom(...STATUSES),
      at: instant,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('touch' as const),
      pick: fc.nat(),
      at: instantOrNone,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deleted' as const),
      pick: fc.nat(),
      at: instantOrNone,
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
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('created' as const), pick: fc.nat(), at: instant }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('refresh' as const) }) },
);

/**
 * Each customer's stored open opportunities and their latest change
 * (src/db/customer-open-opportunities.ts) are kept by triggers through every kind of write to
 * opportunities, and follow_up_coverage, which reads them, counts the customers that have an
 * opportunity open at any period's end as METRICS.md defines it.
 */
describeDatabases('customer open opportunities', (use) => {
  let rep = '';
  let stages: Record<Status, string> = { open: '', won: '', lost: '' };
  let customers: string[] = [];

  beforeAll(async () => {
    const { db } = use();
    rep = (await buildOrg(db)).users.rep1.id;
    stages = {
      open: await insertStage(db, 'open'),
      won: await insertStage(db, 'won'),
      lost: await insertStage(db, 'lost'),
    };
    // Level C: only an open opportunity puts them among the customers follow-up covers.
    customers = [];
    for (let i = 0; i < 3; i++)
      customers.push(
        await insertCustomer(db, { owners: [{ ownerId: rep, from: '2025-06-01' }], level: 'C' }),
      );
  });

  const opportunities = () =>
    use()
      .db.kysely.selectFrom('opportunities')
      .select(['id', 'customerId', 'status', 'createdAt', 'lastTouchedAt', 'deletedAt'])
      .orderBy('id')
      .execute();

  /**
   * METRICS.md: customers with an opportunity open at `end` — created before it, not deleted
   * before it, and open then: its current status when its last touch is before `end`, else the
   * status of its latest stage change effective before `end`.
   */
  const withOpenOpportunityAt = async (end: string) => {
    const at = Date.parse(end);
    const changes = await use()
      .db.kysely.selectFrom('stageChanges')
      .select(['opportunityId', 'toStatus', 'effectiveAt', 'recordedAt', 'id'])
      .execute();
    const statusAt = (opportunityId: string) =>
      changes
        .filter((s) => s.opportunityId === opportunityId && Date.parse(s.effectiveAt) < at)
        .sort(
          (a, b) =>
            Date.parse(b.effectiveAt) - Date.parse(a.effectiveAt) ||
            Date.parse(b.recordedAt) - Date.parse(a.recordedAt) ||
            b.id.localeCompare(a.id),
        )[0]?.toStatus;
    const open = (await opportunities()).filter(
      (o) =>
        Date.parse(o.createdAt) < at &&
        (o.deletedAt === null || Date.parse(o.deletedAt) >= at) &&
        (o.lastTouchedAt !== null && Date.parse(o.lastTouchedAt) < at
          ? o.status === 'open'
          : statusAt(o.id) === 'open'),
    );
    return new Set(open.map((o) => o.customerId)).size;
  };

  async function apply(op: Op) {
    const { db } = use();
    const ids = (await opportunities()).map((o) => o.id);
    if (op.kind === 'refresh') {
      // Decided anew from whatever the customers held: a bulk load's settling step.
      await db.kysely
        .updateTable('customers')
        .set({ openOpportunities: 7, opportunitiesChangedAt: INSTANTS[0] })
        .execute();
      await refreshCustomerOpportunities(db.kysely, db.dialect);
      return;
    }
    if (op.kind === 'insert') {
      const createdAt = INSTANTS[op.created] ?? INSTANTS[0];
      await insertOpportunity(db, {
        customerId: customers[op.customer % customers.length] ?? '',
        ownerId: rep,
        createdAt,
        changes: [{ stageId: stages[op.status], status: op.status, effectiveAt: createdAt }],
      });
      return;
    }
    const picked = ids[op.pick % Math.max(1, ids.length)];
    if (!picked) return;
    const where = db.kysely.updateTable('opportunities').where('id', '=', picked);
    const at = 'at' in op ? (INSTANTS[op.at] ?? null) : null;
    if (op.kind === 'status')
      await addStageChange(db, picked, {
        stageId: stages[op.status],
        status: op.status,
        effectiveAt: at ?? INSTANTS[0],
      });
    else if (op.kind === 'touch') await where.set({ lastTouchedAt: at }).execute();
    else if (op.kind === 'deleted') await where.set({ deletedAt: at }).execute();
    else if (op.kind === 'created') await where.set({ createdAt: at ?? INSTANTS[0] }).execute();
    else if (op.kind === 'move')
      await where.set({ customerId: customers[op.customer % customers.length] ?? '' }).execute();
    else {
      await db.kysely.deleteFrom('stageChanges').where('opportunityId', '=', picked).execute();
      await db.kysely.deleteFrom('opportunities').where('id', '=', picked).execute();
    }
  }

  it('follow every write of opportunities, and follow-up coverage counts the customers they make key', async () => {
    const { db } = use();
    let [steps, decidedByStore, lookedUp, keyCounted] = [0, 0, 0, 0];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 20 }), async (ops) => {
        await db.kysely.deleteFrom('stageChanges').execute();
        await db.kysely.deleteFrom('opportunities').execute();
        expect(await storedOpportunityStates(db)).toEqual(await expectedOpportunityStates(db));
        for (const op of ops) {
          await apply(op);
          steps++;
          const state = await expectedOpportunityStates(db);
          expect(await storedOpportunityStates(db)).toEqual(state);
          for (const end of ENDS) {
            const changed = [...state.values()].map((s) => s.changedAt);
            if (changed.some((at) => at !== null && at < Date.parse(end))) decidedByStore++;
            if (changed.some((at) => at !== null && at >= Date.parse(end))) lookedUp++;
            const period = { start: new Date('2025-10-01T00:00:00Z'), end: new Date(end) };
            const ctx = factContext(db.dialect, period, 'Asia/Shanghai', {
              keyFields: DEFAULT_KEY_FIELDS,
            });
            const facts = FACTS.follow_up_coverage?.(ctx);
            if (!facts) throw new Error('no facts for follow_up_coverage');
            const key = await withOpenOpportunityAt(end);
            keyCounted += key;
            const rows = await aggregateFacts(db.kysely, facts);
            expect(rows.find((r) => r.userId === rep)?.den ?? 0, `${end} after ${op.kind}`).toBe(
              key,
            );
          }
        }
      }),
      { numRuns: 20, seed: 20261206 },
    );
    // Both ways of deciding were taken often, and customers were counted, not only none.
    expect(decidedByStore).toBeGreaterThan(steps);
    expect(lookedUp).toBeGreaterThan(steps);
    expect(keyCounted).toBeGreaterThan(steps);
  });
});
