import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { refreshStageChangeSuperseded } from '../../src/db/stage-change-superseded.js';
import { factContext } from '../../src/modules/metrics/metric-engine.js';
import { FACTS } from '../../src/modules/metrics/metric-facts.registry.js';
import { DEFAULT_KEY_FIELDS } from '../../src/modules/metrics/metric-period.js';
import { aggregateFacts } from '../../src/modules/metrics/metrics.repository.js';
import { describeDatabases } from '../support/describe-engines.js';
import { insertCustomer, insertOpportunity, insertStage } from '../support/metric-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';

/** Instants of the changes, two of them the periods' bounds, so that changes tie and meet ends. */
const INSTANTS = [
  '2026-01-10T08:00:00.000Z',
  '2026-02-01T00:00:00.000Z',
  '2026-02-15T08:00:00.000Z',
  '2026-03-01T00:00:00.000Z',
  '2026-03-20T08:00:00.000Z',
] as const;
const PERIODS = [
  { start: '2026-01-01T00:00:00.000Z', end: '2026-02-01T00:00:00.000Z' },
  { start: '2026-02-01T00:00:00.000Z', end: '2026-03-01T00:00:00.000Z' },
  { start: '2026-02-15T08:00:00.000Z', end: '2026-03-20T08:00:00.000Z' },
] as const;
const STATUSES = ['open', 'won', 'lost'] as const;
type Status = (typeof STATUSES)[number];
const DAY_MS = 86_400_000;

type Op =
  | {
      kind: 'add';
      opportunity: number;
      from: number;
      to: number;
      effective: number;
      recorded: number;
      owner: number;
    }
  | { kind: 'effective'; pick: number; at: number }
  | { kind: 'recorded'; pick: number; at: number }
  | { kind: 'statuses'; pick: number; from: number; to: number }
  | { kind: 'move'; pick: number; opportunity: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'deleted'; opportunity: number; deleted: boolean }
  | { kind: 'refresh' };

const instant = fc.nat({ max: INSTANTS.length - 1 });
/** A status, or (the last choice) none: a creation row. */
const fromStatus = fc.nat({ max: STATUSES.length });
const status = fc.nat({ max: STATUSES.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      opportunity: fc.nat({ max: 2 }),
      from: fromStatus,
      to: status,
      // Often the same instant: ties that the recording time breaks.
      effective: fc.constantFrom(0, 1, 2, 2, 2, 3, 4),
      recorded: instant,
      owner: fc.nat({ max: 1 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('effective' as const), pick: fc.nat(), at: instant }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('recorded' as const), pick: fc.nat(), at: instant }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('statuses' as const),
      pick: fc.nat(),
      from: fromStatus,
      to: status,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      pick: fc.nat(),
      opportunity: fc.nat({ max: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deleted' as const),
      opportunity: fc.nat({ max: 2 }),
      deleted: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('refresh' as const) }) },
);

/**
 * When each change of status was superseded (src/db/stage-change-superseded.ts) is kept by
 * triggers through every kind of write to stage changes, and win_rate and avg_deal_cycle_days,
 * which read it, count each opportunity by its latest change of status before the period's end as
 * METRICS.md defines it — ties of effective time broken by recording time and id.
 */
describeDatabases('stage change superseded', (use) => {
  let reps: [string, string] = ['', ''];
  let opportunities: string[] = [];
  let stages: Record<Status, string> = { open: '', won: '', lost: '' };
  let serial = 0;

  beforeAll(async () => {
    const { db } = use();
    const org = await buildOrg(db);
    reps = [org.users.rep1.id, org.users.rep2.id];
    stages = {
      open: await insertStage(db, 'open'),
      won: await insertStage(db, 'won'),
      lost: await insertStage(db, 'lost'),
    };
    const customerId = await insertCustomer(db, {
      owners: [{ ownerId: reps[0], from: '2025-12-01T00:00:00Z' }],
    });
    opportunities = [];
    for (let i = 0; i < 3; i++)
      opportunities.push(
        await insertOpportunity(db, {
          customerId,
          ownerId: reps[0],
          createdAt: `2025-12-0${i + 1}T00:00:00Z`,
          changes: [{ stageId: stages.open, status: 'open', effectiveAt: '2025-12-01T00:00:00Z' }],
        }),
      );
  });

  const changes = () =>
    use()
      .db.kysely.selectFrom('stageChanges')
      .select([
        'id',
        'opportunityId',
        'fromStatus',
        'toStatus',
        'effectiveAt',
        'recordedAt',
        'ownerId',
        'supersededAt',
      ])
      .orderBy('id')
      .execute();

  type Change = Awaited<ReturnType<typeof changes>>[number];
  const changesStatus = (c: Change) => c.fromStatus === null || c.fromStatus !== c.toStatus;
  /** Ordered by effective time, then recording time, then id: ids here sort alike everywhere. */
  const order = (a: Change, b: Change) =>
    Date.parse(a.effectiveAt) - Date.parse(b.effectiveAt) ||
    Date.parse(a.recordedAt) - Date.parse(b.recordedAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  /** The rule of stage-change-superseded.ts in JavaScript, as instants (null: none). */
  const expectedSuperseded = (all: Change[]) =>
    Object.fromEntries(
      all.map((c) => {
        if (!changesStatus(c)) return [c.id, null];
        const next = all
          .filter((n) => n.opportunityId === c.opportunityId && changesStatus(n) && order(n, c) > 0)
          .map((n) => Date.parse(n.effectiveAt));
        return [c.id, next.length > 0 ? Math.min(...next) : null];
      }),
    );
  const storedSuperseded = (all: Change[]) =>
    Object.fromEntries(
      all.map((c) => [c.id, c.supersededAt === null ? null : Date.parse(c.supersededAt)]),
    );

  async function apply(op: Op) {
    const { db } = use();
    const { kysely } = db;
    if (op.kind === 'refresh') {
      // Decided anew from whatever the changes held: a bulk load's settling step.
      await kysely.updateTable('stageChanges').set({ supersededAt: INSTANTS[0] }).execute();
      await refreshStageChangeSuperseded(kysely);
      return;
    }
    if (op.kind === 'add') {
      const from = STATUSES[op.from] ?? null;
      const to = STATUSES[op.to] ?? 'open';
      await kysely
        .insertInto('stageChanges')
        .values({
          id: `scs-${String(++serial).padStart(6, '0')}`,
          opportunityId: opportunities[op.opportunity] ?? '',
          fromStageId: from ? stages[from] : null,
          toStageId: stages[to],
          fromStatus: from,
          toStatus: to,
          effectiveAt: INSTANTS[op.effective] ?? INSTANTS[0],
          recordedAt: INSTANTS[op.recorded] ?? INSTANTS[0],
          actorId: reps[op.owner] ?? null,
          ownerId: reps[op.owner] ?? '',
          reason: null,
          timely: 1,
        })
        .execute();
      return;
    }
    if (op.kind === 'deleted') {
      await kysely
        .updateTable('opportunities')
        .set({ deletedAt: op.deleted ? INSTANTS[4] : null })
        .where('id', '=', opportunities[op.opportunity] ?? '')
        .execute();
      return;
    }
    const all = await changes();
    const picked = all[op.pick % Math.max(1, all.length)];
    if (!picked) return;
    const where = kysely.updateTable('stageChanges').where('id', '=', picked.id);
    if (op.kind === 'effective') await where.set({ effectiveAt: INSTANTS[op.at] }).execute();
    else if (op.kind === 'recorded') await where.set({ recordedAt: INSTANTS[op.at] }).execute();
    else if (op.kind === 'statuses')
      await where
        .set({ fromStatus: STATUSES[op.from] ?? null, toStatus: STATUSES[op.to] ?? 'open' })
        .execute();
    else if (op.kind === 'move')
      await where.set({ opportunityId: opportunities[op.opportunity] ?? '' }).execute();
    else await kysely.deleteFrom('stageChanges').where('id', '=', picked.id).execute();
  }

  /**
   * METRICS.md: each live opportunity whose latest change of status effective before `end` closed
   * it in P counts for that change's owner — won or not for win_rate, days since the
   * opportunity's creation for avg_deal_cycle_days when won.
   */
  const expectedClosings = async (period: (typeof PERIODS)[number]) => {
    const { kysely } = use().db;
    const all = await changes();
    const deals = await kysely
      .selectFrom('opportunities')
      .select(['id', 'createdAt', 'deletedAt'])
      .where('id', 'in', opportunities)
      .execute();
    const win = reps.map(() => ({ num: 0, den: 0 }));
    const cycle = reps.map(() => ({ num: 0, den: 0 }));
    for (const deal of deals) {
      if (deal.deletedAt !== null) continue;
      const latest = all
        .filter(
          (c) =>
            c.opportunityId === deal.id &&
            changesStatus(c) &&
            Date.parse(c.effectiveAt) < Date.parse(period.end),
        )
        .sort(order)
        .at(-1);
      if (!latest || latest.toStatus === 'open') continue;
      if (Date.parse(latest.effectiveAt) < Date.parse(period.start)) continue;
      const who = reps.indexOf(latest.ownerId);
      const won = latest.toStatus === 'won' ? 1 : 0;
      win[who] = { num: (win[who]?.num ?? 0) + won, den: (win[who]?.den ?? 0) + 1 };
      if (won)
        cycle[who] = {
          num:
            (cycle[who]?.num ?? 0) +
            (Date.parse(latest.effectiveAt) - Date.parse(deal.createdAt)) / DAY_MS,
          den: (cycle[who]?.den ?? 0) + 1,
        };
    }
    return { win, cycle };
  };

  const measured = async (
    metric: 'win_rate' | 'avg_deal_cycle_days',
    period: (typeof PERIODS)[number],
  ) => {
    const { db } = use();
    const ctx = factContext(
      db.dialect,
      { start: new Date(period.start), end: new Date(period.end) },
      'Asia/Shanghai',
      { keyFields: DEFAULT_KEY_FIELDS, scoredAt: new Date('2026-12-01T00:00:00Z') },
    );
    const facts = FACTS[metric]?.(ctx);
    if (!facts) throw new Error(`no facts for ${metric}`);
    const rows = await aggregateFacts(db.kysely, facts);
    return reps.map((rep) => {
      const row = rows.find((r) => r.userId === rep);
      return { num: row?.num ?? 0, den: row?.den ?? 0 };
    });
  };

  it('follow every write of stage changes, and the closings counted are the latest before each end', async () => {
    const { db } = use();
    let [steps, closings, superseded] = [0, 0, 0];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 20 }), async (ops) => {
        await db.kysely.deleteFrom('stageChanges').where('id', 'like', 'scs-%').execute();
        await db.kysely.updateTable('opportunities').set({ deletedAt: null }).execute();
        for (const op of ops) {
          await apply(op);
          steps++;
          const all = await changes();
          const expected = expectedSuperseded(all);
          expect(storedSuperseded(all), `after ${op.kind}`).toEqual(expected);
          superseded += Object.values(expected).filter((at) => at !== null).length;
          for (const period of PERIODS) {
            const { win, cycle } = await expectedClosings(period);
            closings += win.reduce((n, w) => n + w.den, 0);
            expect(await measured('win_rate', period), `${period.end} after ${op.kind}`).toEqual(
              win,
            );
            const cycles = await measured('avg_deal_cycle_days', period);
            cycles.forEach((c, i) => {
              expect(c.den).toBe(cycle[i]?.den);
              expect(c.num).toBeCloseTo(cycle[i]?.num ?? 0, 6);
            });
          }
        }
      }),
      { numRuns: 25, seed: 20261207 },
    );
    // Closings were counted and changes superseded, not only none.
    expect(closings).toBeGreaterThan(steps / 2);
    expect(superseded).toBeGreaterThan(steps / 5);
  });

  it('orders changes of the same effective time by their recording time', async () => {
    const { db } = use();
    await db.kysely.deleteFrom('stageChanges').where('id', 'like', 'scs-%').execute();
    await db.kysely.updateTable('opportunities').set({ deletedAt: null }).execute();
    // Won, then lost at the same instant, recorded in that order: lost in February.
    const add = (from: number, to: number, recorded: number) =>
      apply({ kind: 'add', opportunity: 2, from, to, effective: 2, recorded, owner: 0 });
    await add(0, 1, 2);
    await add(1, 2, 3);
    const february = PERIODS[1];
    expect(await measured('win_rate', february)).toEqual([
      { num: 0, den: 1 },
      { num: 0, den: 0 },
    ]);
    // The win recorded last is the latest change now.
    const won = (await changes()).find((c) => c.id.startsWith('scs-') && c.toStatus === 'won');
    await db.kysely
      .updateTable('stageChanges')
      .set({ recordedAt: INSTANTS[4] })
      .where('id', '=', won?.id ?? '')
      .execute();
    const all = await changes();
    expect(storedSuperseded(all)).toEqual(expectedSuperseded(all));
    expect(await measured('win_rate', february)).toEqual([
      { num: 1, den: 1 },
      { num: 0, den: 0 },
    ]);
  });
});
