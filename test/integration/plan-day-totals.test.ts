import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { dayTotalsZone, useZoneForDayTotals } from '../../src/db/activity-day-totals.js';
import { orgDay } from '../../src/domain/time/org-day.js';
import { factContext } from '../../src/modules/metrics/metric-engine.js';
import { FACTS } from '../../src/modules/metrics/metric-facts.registry.js';
import { aggregateFacts, oneQuery } from '../../src/modules/metrics/metrics.repository.js';
import { DEFAULT_KEY_FIELDS } from '../../src/modules/metrics/metric-period.js';
import { describeDatabases } from '../support/describe-engines.js';
import { buildOrg } from '../support/org-fixture.js';
import { nonZeroTotals } from '../support/stored-totals.js';

/**
 * Instants around local midnights in Shanghai and New York and New York's switch to summer time,
 * two of them exactly a plan's window (24 h) apart.
 */
const INSTANTS = [
  '2026-03-06T23:00:00.000Z',
  '2026-03-07T15:59:59.999Z',
  '2026-03-07T16:00:00.000Z',
  '2026-03-08T04:59:59.999Z',
  '2026-03-08T05:00:00.000Z',
  '2026-03-08T06:30:00.000Z',
  '2026-03-08T16:00:00.000Z',
  '2026-03-09T03:59:59.999Z',
  '2026-03-09T04:00:00.000Z',
  '2026-03-09T06:30:00.000Z',
  '2026-03-09T10:15:00.000Z',
  '2026-03-10T06:30:00.000Z',
];
/** Every plan and activity is on one record, so that activities complete plans and stop doing so. */
const RECORD = { recordType: 'customer', recordId: 'pdt-record' } as const;
const PLAN_FIELDS = ['ownerId', 'dueAt', 'deletedAt'] as const;
const ACTIVITY_FIELDS = ['occurredAt', 'valid', 'deletedAt'] as const;

type Op =
  | { kind: 'plan'; owner: number; due: number }
  | { kind: 'planUpdate'; pick: number; field: (typeof PLAN_FIELDS)[number]; value: number }
  | { kind: 'planDelete'; pick: number }
  | { kind: 'activity'; occurred: number }
  | {
      kind: 'activityUpdate';
      pick: number;
      field: (typeof ACTIVITY_FIELDS)[number];
      value: number;
    };

const instant = fc.nat({ max: INSTANTS.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('plan' as const),
      owner: fc.nat({ max: 1 }),
      due: instant,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('planUpdate' as const),
      pick: fc.nat(),
      field: fc.constantFrom(...PLAN_FIELDS),
      value: fc.nat({ max: 20 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('planDelete' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('activity' as const), occurred: instant }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('activityUpdate' as const),
      pick: fc.nat(),
      field: fc.constantFrom(...ACTIVITY_FIELDS),
      value: fc.nat({ max: 20 }),
    }),
  },
);

const time = (at: string | Date) => new Date(at).getTime();

/**
 * The plans' day totals (src/db/plan-day-totals.ts) are kept by triggers through every write of a
 * plan — and of an activity, which decides whether plans were executed — and plan_execution, which
 * reads them, gives what its evidence adds up to, for any period, in the totals' zone and in another.
 */
describeDatabases('plan day totals', (use) => {
  let owners: [string, string] = ['', ''];
  let serial = 0;

  beforeAll(async () => {
    const org = await buildOrg(use().db);
    owners = [org.users.rep1.id, org.users.rep2.id];
  });

  const totalsStored = async () => {
    const rows = await use().db.kysely.selectFrom('planDayTotals').selectAll().execute();
    return nonZeroTotals(
      rows.map((r): [string, number[]] => [
        `${r.ownerId} ${String(r.day).slice(0, 10)}`,
        [r.plans, r.executed].map(Number),
      ]),
    );
  };

  /** The rule of METRICS.md, applied in JavaScript to the plans as stored, day by day. */
  const totalsExpected = async (zone: string) => {
    const plans = await use()
      .db.kysely.selectFrom('followUpPlans')
      .select(['ownerId', 'dueAt', 'deletedAt', 'executed'])
      .execute();
    const totals: Record<string, number[]> = {};
    for (const plan of plans) {
      const cancelled =
        plan.deletedAt !== null && time(plan.deletedAt) < time(plan.dueAt) + 24 * 3_600_000;
      if (cancelled) continue;
      const counts = (totals[`${plan.ownerId} ${orgDay(new Date(plan.dueAt), zone)}`] ??= [0, 0]);
      counts[0] = (counts[0] ?? 0) + 1;
      counts[1] = (counts[1] ?? 0) + Number(plan.executed);
    }
    return nonZeroTotals(Object.entries(totals));
  };

  async function apply(op: Op, plans: string[], activities: string[]) {
    const { kysely } = use().db;
    const value = 'value' in op ? op.value : 0;
    const at = INSTANTS[value % INSTANTS.length] ?? '';
    if (op.kind === 'plan') {
      const id = `pdt-plan-${++serial}`;
      const now = '2026-03-01T00:00:00.000Z';
      await kysely
        .insertInto('followUpPlans')
        .values({
          id,
          ...RECORD,
          customerId: null,
          ownerId: owners[op.owner] ?? '',
          dueAt: INSTANTS[op.due] ?? '',
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      plans.push(id);
      return;
    }
    if (op.kind === 'activity') {
      const id = `pdt-activity-${++serial}`;
      await kysely
        .insertInto('activities')
        .values({
          id,
          type: 'call',
          ...RECORD,
          customerId: null,
          content: 'Went through the open questions on the quote.',
          occurredAt: INSTANTS[op.occurred] ?? '',
          recordedAt: INSTANTS[op.occurred] ?? '',
          actorId: owners[0],
          ownerId: null,
          valid: 1,
          timely: 1,
          planId: null,
          deletedAt: null,
        })
        .execute();
      activities.push(id);
      return;
    }
    const pool = op.kind === 'activityUpdate' ? activities : plans;
    const picked = pool[op.pick % Math.max(1, pool.length)];
    if (!picked) return;
    if (op.kind === 'planDelete') {
      await kysely.deleteFrom('followUpPlans').where('id', '=', picked).execute();
      plans.splice(plans.indexOf(picked), 1);
    } else if (op.kind === 'planUpdate') {
      const change = {
        ownerId: { ownerId: owners[value % 2] ?? '' },
        dueAt: { dueAt: at },
        deletedAt: { deletedAt: value % 3 === 0 ? null : at },
      }[op.field];
      await kysely.updateTable('followUpPlans').set(change).where('id', '=', picked).execute();
    } else {
      const change = {
        occurredAt: { occurredAt: at },
        valid: { valid: (value % 2) as 0 | 1 },
        deletedAt: { deletedAt: value % 2 === 0 ? null : at },
      }[op.field];
      await kysely.updateTable('activities').set(change).where('id', '=', picked).execute();
    }
  }

  const clear = async () => {
    await use().db.kysely.deleteFrom('activities').execute();
    await use().db.kysely.deleteFrom('followUpPlans').execute();
  };

  it.each(['Asia/Shanghai', 'America/New_York'])(
    'equal the plans added up by due day after every write of any sequence, in %s',
    async (zone) => {
      const { db } = use();
      await useZoneForDayTotals(db, zone);
      expect(await dayTotalsZone(db.kysely)).toBe(zone);
      let [steps, withExecuted] = [0, 0];
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 20 }), async (ops) => {
          await clear();
          expect(await totalsStored()).toEqual({});
          const [plans, activities]: [string[], string[]] = [[], []];
          for (const op of ops) {
            await apply(op, plans, activities);
            const expected = await totalsExpected(zone);
            steps++;
            if (Object.values(expected).some(([, executed]) => (executed ?? 0) > 0)) withExecuted++;
            expect(await totalsStored()).toEqual(expected);
          }
        }),
        { numRuns: 25, seed: 20261206 },
      );
      // Activities completed some of the plans along the way, not only none of them.
      expect(withExecuted).toBeGreaterThan(steps / 5);
    },
  );

  it('are added up anew in the new zone when the organisation’s zone changes', async () => {
    const { db } = use();
    await useZoneForDayTotals(db, 'Asia/Shanghai');
    await clear();
    const [plans, activities]: [string[], string[]] = [[], []];
    for (let i = 0; i < 12; i++)
      await apply({ kind: 'plan', owner: i % 2, due: i % 11 }, plans, []);
    await apply({ kind: 'activity', occurred: 5 }, plans, activities);
    const shanghai = await totalsStored();
    expect(shanghai).toEqual(await totalsExpected('Asia/Shanghai'));
    await useZoneForDayTotals(db, 'America/New_York');
    expect(await totalsStored()).toEqual(await totalsExpected('America/New_York'));
    expect(await totalsStored()).not.toEqual(shanghai);
  });

  it('count a plan deleted when its window closes, not one deleted a moment before', async () => {
    const { db } = use();
    await useZoneForDayTotals(db, 'Asia/Shanghai');
    await clear();
    const plans: string[] = [];
    // Due 2026-03-08 14:30 in Shanghai; its window closes 24 h later.
    for (const owner of [0, 1]) await apply({ kind: 'plan', owner, due: 5 }, plans, []);
    const [kept, cancelled] = plans;
    const deleteAt = (id: string | undefined, at: string) =>
      db.kysely
        .updateTable('followUpPlans')
        .set({ deletedAt: at })
        .where('id', '=', id ?? '')
        .execute();
    await deleteAt(kept, '2026-03-09T06:30:00.000Z');
    await deleteAt(cancelled, '2026-03-09T06:29:59.999Z');
    expect(await totalsStored()).toEqual({ [`${owners[0]} 2026-03-08`]: [1, 0] });
  });

  it('give plan_execution the sum of its evidence for any period, in the zone or not', async () => {
    const { db } = use();
    await clear();
    const [plans, activities]: [string[], string[]] = [[], []];
    for (let i = 0; i < 40; i++)
      await apply({ kind: 'plan', owner: i % 2, due: (i * 7) % INSTANTS.length }, plans, []);
    for (let i = 0; i < 6; i++)
      await apply({ kind: 'activity', occurred: (i * 5) % INSTANTS.length }, plans, activities);
    for (let i = 0; i < 40; i += 3)
      await apply(
        {
          kind: 'planUpdate',
          pick: i,
          field: PLAN_FIELDS[i % PLAN_FIELDS.length] ?? 'dueAt',
          value: i + 1,
        },
        plans,
        activities,
      );
    const periods = [
      ['2026-03-06T16:00:00.000Z', '2026-03-10T16:00:00.000Z'],
      ['2026-03-07T16:00:00.000Z', '2026-03-09T05:30:00.000Z'],
      ['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
      ['2026-03-07T20:00:00.000Z', '2026-03-09T11:00:00.000Z'],
      ['2026-03-08T06:00:00.000Z', '2026-03-08T09:00:00.000Z'],
    ] as const;
    let [counted, executed] = [0, 0];
    for (const totalsZone of ['America/New_York', 'Asia/Shanghai']) {
      await useZoneForDayTotals(db, totalsZone);
      for (const zone of ['Asia/Shanghai', 'America/New_York'])
        for (const [start, end] of periods) {
          const period = { start: new Date(start), end: new Date(end) };
          const ctx = factContext(db.dialect, period, zone, {
            keyFields: DEFAULT_KEY_FIELDS,
            dayTotalsZone: await dayTotalsZone(db.kysely),
          });
          const facts = FACTS.plan_execution?.(ctx);
          if (!facts) throw new Error('no facts for plan_execution');
          const byUser = (rows: Awaited<ReturnType<typeof aggregateFacts>>) =>
            [...rows].sort((a, b) => a.userId.localeCompare(b.userId));
          const summed = byUser(await aggregateFacts(db.kysely, facts));
          counted += summed.length;
          executed += summed.reduce((sum, row) => sum + row.num, 0);
          expect(summed, `${zone} ${start}–${end}`).toEqual(
            byUser(await aggregateFacts(db.kysely, oneQuery(facts))),
          );
        }
    }
    expect(counted).toBeGreaterThan(20);
    expect(executed).toBeGreaterThan(0);
  });
});
