import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { refreshPlanExecution } from '../../src/db/plan-execution.js';
import { describeDatabases } from '../support/describe-engines.js';
import { buildOrg } from '../support/org-fixture.js';

const HOUR = 3_600_000;
const BASE = Date.parse('2026-03-10T00:00:00.000Z');
/** Offsets that sit on and beside the ±24 h edges, and well inside and outside them. */
const OFFSETS = [-49, -25, -24, -23, -1, 0, 1, 23, 24, 25, 48].map((h) => h * HOUR);
const EDGE_MS = [0, 1, -1];
const RECORDS = ['lead-a', 'lead-b'];

const at = (offset: number, ms: number) => new Date(BASE + offset + ms).toISOString();

const timeArb = fc
  .tuple(fc.constantFrom(...OFFSETS), fc.constantFrom(...EDGE_MS))
  .map(([o, ms]) => at(o, ms));
const recordArb = fc.constantFrom(...RECORDS);
/** Mostly valid and live, as activities are. */
const validArb = fc.constantFrom<0 | 1>(1, 1, 1, 0);
const deletedArb = fc.constantFrom(false, false, false, true);

type Op =
  | { kind: 'addActivity'; record: string; occurredAt: string; valid: 0 | 1; deleted: boolean }
  | {
      kind: 'changeActivity';
      pick: number;
      change: { occurredAt?: string; valid?: 0 | 1; deleted?: boolean; record?: string };
    }
  | { kind: 'removeActivity'; pick: number }
  | { kind: 'addPlan'; record: string; dueAt: string }
  | { kind: 'changePlan'; pick: number; change: { dueAt?: string; record?: string } };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('addActivity' as const),
      record: recordArb,
      occurredAt: timeArb,
      valid: validArb,
      deleted: deletedArb,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('changeActivity' as const),
      pick: fc.nat(),
      // One column at a time, so that each trigger condition is exercised on its own.
      change: fc.oneof(
        fc.record({ occurredAt: timeArb }),
        fc.record({ valid: fc.constantFrom<0 | 1>(0, 1) }),
        fc.record({ deleted: fc.boolean() }),
        fc.record({ record: recordArb }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('removeActivity' as const), pick: fc.nat() }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('addPlan' as const),
      record: recordArb,
      dueAt: timeArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('changePlan' as const),
      pick: fc.nat(),
      change: fc.oneof(fc.record({ dueAt: timeArb }), fc.record({ record: recordArb })),
    }),
  },
);

type ActivityState = {
  id: string;
  record: string;
  occurredAt: string;
  valid: 0 | 1;
  deleted: boolean;
};
type PlanState = { id: string; record: string; dueAt: string };

/** plan_execution's "done", straight from docs/METRICS.md, over the rows as the test wrote them. */
function expectedExecuted(plan: PlanState, activities: readonly ActivityState[]): 0 | 1 {
  const due = Date.parse(plan.dueAt);
  return activities.some(
    (a) =>
      a.record === plan.record &&
      a.valid === 1 &&
      !a.deleted &&
      Math.abs(Date.parse(a.occurredAt) - due) <= 24 * HOUR,
  )
    ? 1
    : 0;
}

/**
 * A plan's stored `executed` (plan_execution's "done") is kept by triggers through every kind of
 * write to activities and plans: after each write of any sequence it equals the definition
 * evaluated on the rows as they are, and so does the set-based refresh a bulk load runs.
 */
describeDatabases('plan execution kept at write', (use) => {
  let userId = '';
  let serial = 0;

  beforeAll(async () => {
    userId = (await buildOrg(use().db)).users.rep1.id;
  });

  const stored = async () =>
    new Map(
      (
        await use()
          .db.kysely.selectFrom('followUpPlans')
          .select(['id', 'executed'])
          .where('recordId', 'in', RECORDS)
          .execute()
      ).map((p) => [p.id, Number(p.executed)]),
    );

  it('equals the definition after every write of any sequence, and equals a full refresh', async () => {
    const { kysely } = use().db;
    const seen = [0, 0];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 30 }), async (ops) => {
        await kysely.deleteFrom('activities').where('recordId', 'in', RECORDS).execute();
        await kysely.deleteFrom('followUpPlans').where('recordId', 'in', RECORDS).execute();
        const activities: ActivityState[] = [];
        const plans: PlanState[] = [];
        let expected = new Map<string, 0 | 1>();
        for (const op of ops) {
          await apply(op, activities, plans);
          expected = new Map(plans.map((p) => [p.id, expectedExecuted(p, activities)]));
          for (const done of expected.values()) seen[done] = (seen[done] ?? 0) + 1;
          expect(await stored()).toEqual(expected);
        }
        await refreshPlanExecution(kysely, use().db.dialect);
        expect(await stored()).toEqual(expected);
      }),
      { numRuns: 80, seed: 20261203 },
    );
    // Both outcomes were reached often: the sequences exercised the triggers, not only empty tables.
    expect(seen[0]).toBeGreaterThan(100);
    expect(seen[1]).toBeGreaterThan(100);
  });

  async function apply(op: Op, activities: ActivityState[], plans: PlanState[]) {
    const { kysely } = use().db;
    const now = '2026-03-12T00:00:00.000Z';
    switch (op.kind) {
      case 'addActivity': {
        const id = `pe-activity-${++serial}`;
        await kysely
          .insertInto('activities')
          .values({
            id,
            type: 'call',
            recordType: 'lead',
            recordId: op.record,
            customerId: null,
            content: 'Called about the renewal terms',
            occurredAt: op.occurredAt,
            recordedAt: now,
            actorId: userId,
            ownerId: userId,
            valid: op.valid,
            timely: 1,
            planId: null,
            deletedAt: op.deleted ? now : null,
            importJobId: null,
          })
          .execute();
        activities.push({ id, ...op });
        return;
      }
      case 'changeActivity': {
        const target = activities[op.pick % Math.max(1, activities.length)];
        if (!target) return;
        const { occurredAt, valid, deleted, record } = op.change;
        await kysely
          .updateTable('activities')
          .set({
            ...(occurredAt !== undefined ? { occurredAt } : {}),
            ...(valid !== undefined ? { valid } : {}),
            ...(deleted !== undefined ? { deletedAt: deleted ? now : null } : {}),
            ...(record !== undefined ? { recordId: record } : {}),
            content: 'Edited',
          })
          .where('id', '=', target.id)
          .execute();
        Object.assign(target, {
          ...(occurredAt !== undefined ? { occurredAt } : {}),
          ...(valid !== undefined ? { valid } : {}),
          ...(deleted !== undefined ? { deleted } : {}),
          ...(record !== undefined ? { record } : {}),
        });
        return;
      }
      case 'removeActivity': {
        const index = op.pick % Math.max(1, activities.length);
        const target = activities[index];
        if (!target) return;
        await kysely.deleteFrom('activities').where('id', '=', target.id).execute();
        activities.splice(index, 1);
        return;
      }
      case 'addPlan': {
        const id = `pe-plan-${++serial}`;
        await kysely
          .insertInto('followUpPlans')
          .values({
            id,
            recordType: 'lead',
            recordId: op.record,
            customerId: null,
            ownerId: userId,
            dueAt: op.dueAt,
            note: null,
            completedAt: null,
            completedByActivityId: null,
            createdBy: userId,
            createdAt: now,
            updatedAt: now,
            deletedAt: null,
          })
          .execute();
        plans.push({ id, record: op.record, dueAt: op.dueAt });
        return;
      }
      case 'changePlan': {
        const target = plans[op.pick % Math.max(1, plans.length)];
        if (!target) return;
        const { dueAt, record } = op.change;
        await kysely
          .updateTable('followUpPlans')
          .set({
            ...(dueAt !== undefined ? { dueAt } : {}),
            ...(record !== undefined ? { recordId: record } : {}),
            note: 'Moved',
          })
          .where('id', '=', target.id)
          .execute();
        Object.assign(target, {
          ...(dueAt !== undefined ? { dueAt } : {}),
          ...(record !== undefined ? { record } : {}),
        });
        return;
      }
    }
  }
});
