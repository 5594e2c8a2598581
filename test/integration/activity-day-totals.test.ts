import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import {
  CONTACT_TYPES,
  dayTotalsZone,
  useZoneForDayTotals,
} from '../../src/db/activity-day-totals.js';
import { orgDay } from '../../src/domain/time/org-day.js';
import { factContext } from '../../src/modules/metrics/metric-engine.js';
import { FACTS } from '../../src/modules/metrics/metric-facts.registry.js';
import { aggregateFacts, oneQuery } from '../../src/modules/metrics/metrics.repository.js';
import { DEFAULT_KEY_FIELDS } from '../../src/modules/metrics/metric-period.js';
import { describeDatabases } from '../support/describe-engines.js';
import { buildOrg } from '../support/org-fixture.js';
import { nonZeroTotals } from '../support/stored-totals.js';

type Activity = {
  id: string;
  actorId: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  valid: number;
  timely: number;
  deletedAt: string | null;
  importJobId: string | null;
  flagged: number;
};

/** Instants around local midnights in Shanghai and New York, and New York's switch to summer time. */
const INSTANTS = [
  '2026-03-07T15:59:59.999Z',
  '2026-03-07T16:00:00.000Z',
  '2026-03-08T04:59:59.999Z',
  '2026-03-08T05:00:00.000Z',
  '2026-03-08T06:30:00.000Z',
  '2026-03-08T07:00:00.000Z',
  '2026-03-09T03:59:59.999Z',
  '2026-03-09T04:00:00.000Z',
  '2026-03-09T10:15:00.000Z',
];
const TYPES = [...CONTACT_TYPES, 'note'] as const;
const FIELDS = [
  'actorId',
  'type',
  'occurredAt',
  'recordedAt',
  'valid',
  'timely',
  'deletedAt',
  'importJobId',
  'flagged',
] as const;

type Op =
  | { kind: 'insert'; actor: number; type: number; occurred: number; recorded: number }
  | { kind: 'update'; pick: number; field: (typeof FIELDS)[number]; value: number }
  | { kind: 'delete'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      actor: fc.nat({ max: 1 }),
      type: fc.nat({ max: TYPES.length - 1 }),
      occurred: fc.nat({ max: INSTANTS.length - 1 }),
      recorded: fc.nat({ max: INSTANTS.length - 1 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      pick: fc.nat(),
      field: fc.constantFrom(...FIELDS),
      value: fc.nat({ max: 20 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
);

/**
 * The day totals (src/db/activity-day-totals.ts) are kept by triggers through every kind of write
 * to activities, and the metrics that read them give what their evidence adds up to, for any
 * period, in the totals' zone and in another.
 */
describeDatabases('activity day totals', (use) => {
  let actors: [string, string] = ['', ''];
  let serial = 0;

  beforeAll(async () => {
    const org = await buildOrg(use().db);
    actors = [org.users.rep1.id, org.users.rep2.id];
  });

  const totalsStored = async () => {
    const rows = await use().db.kysely.selectFrom('activityDayTotals').selectAll().execute();
    return nonZeroTotals(
      rows.map((r): [string, number[]] => [
        `${r.actorId} ${String(r.day).slice(0, 10)}`,
        [r.contacts, r.events, r.timely, r.created, r.flagged].map(Number),
      ]),
    );
  };

  /** The rule of METRICS.md, applied in JavaScript to the activities as stored, day by day. */
  const totalsExpected = async (zone: string) => {
    const rows = (await use()
      .db.kysely.selectFrom('activities')
      .select(FIELDS)
      .select('id')
      .execute()) as unknown as Activity[];
    const totals: Record<string, number[]> = {};
    const add = (actor: string, at: string, index: number, value: number) => {
      const key = `${actor} ${orgDay(new Date(at), zone)}`;
      const counts = (totals[key] ??= [0, 0, 0, 0, 0]);
      counts[index] = (counts[index] ?? 0) + value;
    };
    for (const a of rows) {
      const live = a.deletedAt === null;
      const valid = Number(a.valid) === 1 && live;
      if (valid && (CONTACT_TYPES as readonly string[]).includes(a.type))
        add(a.actorId, a.occurredAt, 0, 1);
      if (valid && a.importJobId === null) {
        add(a.actorId, a.recordedAt, 1, 1);
        add(a.actorId, a.recordedAt, 2, Number(a.timely));
      }
      if (live && a.importJobId === null) {
        add(a.actorId, a.recordedAt, 3, 1);
        add(a.actorId, a.recordedAt, 4, Number(a.flagged));
      }
    }
    return nonZeroTotals(Object.entries(totals));
  };

  async function apply(op: Op, ids: string[]) {
    const { kysely } = use().db;
    const picked = ids[('pick' in op ? op.pick : 0) % Math.max(1, ids.length)];
    if (op.kind === 'insert') {
      const id = `adt-${++serial}`;
      await kysely
        .insertInto('activities')
        .values({
          id,
          type: TYPES[op.type] ?? 'call',
          recordType: 'customer',
          recordId: 'none',
          customerId: null,
          content: 'Called the buyer about the renewal terms.',
          occurredAt: INSTANTS[op.occurred] ?? '',
          recordedAt: INSTANTS[op.recorded] ?? '',
          actorId: actors[op.actor] ?? '',
          ownerId: null,
          valid: 1,
          timely: 1,
          planId: null,
          deletedAt: null,
        })
        .execute();
      ids.push(id);
      return;
    }
    if (!picked) return;
    if (op.kind === 'delete') {
      await kysely.deleteFrom('activities').where('id', '=', picked).execute();
      ids.splice(ids.indexOf(picked), 1);
      return;
    }
    const instant = INSTANTS[op.value % INSTANTS.length] ?? '';
    const change = {
      actorId: { actorId: actors[op.value % 2] ?? '' },
      type: { type: TYPES[op.value % TYPES.length] ?? 'call' },
      occurredAt: { occurredAt: instant },
      recordedAt: { recordedAt: instant },
      valid: { valid: (op.value % 2) as 0 | 1 },
      timely: { timely: (op.value % 2) as 0 | 1 },
      deletedAt: { deletedAt: op.value % 2 === 0 ? null : instant },
      importJobId: { importJobId: op.value % 2 === 0 ? null : 'import-job' },
      flagged: { flagged: (op.value % 2) as 0 | 1 },
    }[op.field];
    await kysely.updateTable('activities').set(change).where('id', '=', picked).execute();
  }

  it.each(['Asia/Shanghai', 'America/New_York'])(
    'equal the activities added up by day after every write of any sequence, in %s',
    async (zone) => {
      const { db } = use();
      await useZoneForDayTotals(db, zone);
      expect(await dayTotalsZone(db.kysely)).toBe(zone);
      let [steps, nonEmpty] = [0, 0];
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 20 }), async (ops) => {
          await db.kysely.deleteFrom('activities').execute();
          expect(await totalsStored()).toEqual({});
          const ids: string[] = [];
          for (const op of ops) {
            await apply(op, ids);
            const expected = await totalsExpected(zone);
            steps++;
            if (Object.keys(expected).length > 0) nonEmpty++;
            expect(await totalsStored()).toEqual(expected);
          }
        }),
        { numRuns: 25, seed: 20261205 },
      );
      // The sequences left activities to add up most of the time, not only empty tables.
      expect(nonEmpty).toBeGreaterThan(steps / 2);
    },
  );

  it('give each activity metric the sum of its evidence for any period, in the zone or not', async () => {
    const { db } = use();
    await db.kysely.deleteFrom('activities').execute();
    const ids: string[] = [];
    for (let i = 0; i < 60; i++)
      await apply(
        {
          kind: 'insert',
          actor: i % 2,
          type: i % TYPES.length,
          occurred: (i * 7) % INSTANTS.length,
          recorded: (i * 5) % INSTANTS.length,
        },
        ids,
      );
    for (let i = 0; i < 60; i += 4)
      await apply(
        { kind: 'update', pick: i, field: FIELDS[i % FIELDS.length] ?? 'valid', value: i + 1 },
        ids,
      );
    const periods = [
      ['2026-03-07T16:00:00.000Z', '2026-03-09T16:00:00.000Z'],
      ['2026-03-07T16:00:00.000Z', '2026-03-09T05:30:00.000Z'],
      ['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
      ['2026-03-07T20:00:00.000Z', '2026-03-09T11:00:00.000Z'],
      ['2026-03-08T06:00:00.000Z', '2026-03-08T09:00:00.000Z'],
    ] as const;
    let counted = 0;
    for (const totalsZone of ['America/New_York', 'Asia/Shanghai']) {
      await useZoneForDayTotals(db, totalsZone);
      for (const zone of ['Asia/Shanghai', 'America/New_York'])
        for (const [start, end] of periods) {
          const period = { start: new Date(start), end: new Date(end) };
          const ctx = factContext(db.dialect, period, zone, {
            keyFields: DEFAULT_KEY_FIELDS,
            dayTotalsZone: await dayTotalsZone(db.kysely),
          });
          for (const metric of [
            'activity_frequency',
            'update_timeliness',
            'data_flag_rate',
          ] as const) {
            const facts = FACTS[metric]?.(ctx);
            if (!facts) throw new Error(`no facts for ${metric}`);
            const byUser = (rows: Awaited<ReturnType<typeof aggregateFacts>>) =>
              [...rows].sort((a, b) => a.userId.localeCompare(b.userId));
            const summed = byUser(await aggregateFacts(db.kysely, facts));
            counted += summed.length;
            expect(summed, `${metric} ${zone} ${start}–${end}`).toEqual(
              byUser(await aggregateFacts(db.kysely, oneQuery(facts))),
            );
          }
        }
    }
    expect(counted).toBeGreaterThan(40);
  });
});
