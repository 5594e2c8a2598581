import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_SQL } from '../../bench/reference/reference-sql.js';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { FILLABLE_FIELDS } from '../../src/db/customer-field-filled.js';
import type { BuiltInMetricId } from '../../src/domain/metrics/catalog.js';
import { periodBounds, type Period } from '../../src/domain/time/period.js';
import { factContext } from '../../src/modules/metrics/metric-engine.js';
import { FACTS } from '../../src/modules/metrics/metric-facts.registry.js';
import { DEFAULT_KEY_FIELDS } from '../../src/modules/metrics/metric-period.js';
import { aggregateFacts } from '../../src/modules/metrics/metrics.repository.js';
import { simulatedAdmin } from '../../src/simulator/demo-upkeep.js';
import { simulateCompany } from '../../src/simulator/simulate.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';
import { setNow, TEST_NOW } from '../support/fixed-clock.js';
import { publishQuarterCycle } from '../support/simulated-cycles.js';
import {
  expectedOpportunityStates,
  storedOpportunityStates,
} from '../support/customer-opportunity-state.js';

const runPostgres = await shouldRunPostgres();
const ZONE = 'Asia/Shanghai';
const END = '2025-07-01';
const quarter = periodBounds('quarter', '2025-05-15', ZONE);
const month = periodBounds('month', '2025-05-15', ZONE);
/** A quarter still in progress, scored mid-afternoon of its 81st day: renewal windows still open. */
const liveAt = new Date('2025-06-20T07:30:00Z');
/** The quarter in which Q2's appraisal is published (review_coverage). */
const nextQuarter = periodBounds('quarter', '2025-08-15', ZONE);
const PERIODS: { name: string; period: Period; scoredAt: Date }[] = [
  { name: 'Q2 2025', period: quarter, scoredAt: quarter.end },
  { name: 'May 2025', period: month, scoredAt: month.end },
  { name: 'Q2 2025 to date', period: { ...quarter, end: liveAt }, scoredAt: liveAt },
  { name: 'Q3 2025', period: nextQuarter, scoredAt: nextQuarter.end },
];

/**
 * Q2's appraisal published on 2 July, its managers having written a review for a third of their
 * reports, left a blank one for another third and none for the rest.
 */
async function publishReviewedQuarter(db: TestDatabase['db']) {
  setNow('2025-07-02T03:00:00.000Z');
  try {
    const cycle = await publishQuarterCycle(db, await simulatedAdmin(db), 'Q2 2025', '2025-05-15');
    const reviewed = await db.kysely
      .selectFrom('cycleParticipants')
      .select(['userId', 'managerId'])
      .where('cycleId', '=', cycle.id)
      .where('managerId', 'is not', null)
      .orderBy('userId')
      .execute();
    for (const [i, participant] of reviewed.entries()) {
      if (i % 3 === 2) continue;
      await db.kysely
        .updateTable('cycleResults')
        .set({
          managerComment: i % 3 === 0 ? 'Steady quarter; more visits next time.' : '  ',
          managerReviewedBy: participant.managerId,
        })
        .where('cycleId', '=', cycle.id)
        .where('userId', '=', participant.userId)
        .execute();
    }
  } finally {
    setNow(TEST_NOW);
  }
}

type Aggregate = { num: number; den: number; items: number };
const rounded = (n: number) => Math.round(n * 1e6) / 1e6;
const byUser = (rows: { userId: string; num: unknown; den: unknown; items: unknown }[]) =>
  new Map<string, Aggregate>(
    rows.map((r) => [
      r.userId,
      {
        num: rounded(Number(r.num ?? 0)),
        den: rounded(Number(r.den ?? 0)),
        items: Number(r.items),
      },
    ]),
  );

/**
 * The benchmark's hand-written reference SQL (bench/reference/) and the engine's fact queries are
 * two readings of docs/METRICS.md: on a simulated company they must give every person the same
 * numerator, denominator and number of items, for a closed quarter, a month, a live quarter and the
 * quarter in which the closed one's appraisal was published. And the engine asked for a few people
 * (narrowing its rows to theirs first) gives them what it gives them when asked for everyone.
 */
for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `reference SQL against the engine [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
        await prepareDatabase(database.db);
        await simulateCompany(database.db, { scale: 'XS', seed: 3, end: END });
        await publishReviewedQuarter(database.db);
      }, 300_000);
      afterAll(async () => {
        await database?.drop();
      });

      it('has a reference for every metric the engine computes from records', () => {
        expect(Object.keys(REFERENCE_SQL).sort()).toEqual(Object.keys(FACTS).sort());
      });

      // Both readings of data_flag_rate read the stored `flagged`: it must be what the flags say
      // after the year's data-quality run, record by record.
      it('stores on every record whether it carries an open flag', async () => {
        for (const [entity, table] of [
          ['activity', 'activities'],
          ['customer', 'customers'],
          ['lead', 'leads'],
        ] as const) {
          const { rows } = await sql<{ flagged: number | string; wrong: number | string }>`
            select sum(t.flagged) as flagged,
              sum(case when t.flagged = (case when exists (select 1 from quality_flags q
                where q.entity = ${entity} and q.record_id = t.id and q.status = 'open') then 1 else 0 end)
              then 0 else 1 end) as wrong
            from ${sql.table(table)} t`.execute(database.db.kysely);
          expect({ entity, wrong: Number(rows[0]?.wrong) }).toEqual({ entity, wrong: 0 });
          expect(Number(rows[0]?.flagged)).toBeGreaterThan(0);
        }
        // The run wrote its flags without the triggers; they keep `flagged` again afterwards.
        const { kysely } = database.db;
        const flag = await kysely
          .selectFrom('qualityFlags')
          .select(['id', 'recordId'])
          .where('entity', '=', 'customer')
          .where('status', '=', 'open')
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('qualityFlags as other')
                  .select('other.id')
                  .whereRef('other.recordId', '=', 'qualityFlags.recordId')
                  .whereRef('other.id', '<>', 'qualityFlags.id')
                  .where('other.status', '=', 'open'),
              ),
            ),
          )
          .executeTakeFirstOrThrow();
        const flaggedNow = async () =>
          (
            await kysely
              .selectFrom('customers')
              .select('flagged')
              .where('id', '=', flag.recordId)
              .executeTakeFirstOrThrow()
          ).flagged;
        const setStatus = (status: 'open' | 'cleared') =>
          kysely.updateTable('qualityFlags').set({ status }).where('id', '=', flag.id).execute();
        await setStatus('cleared');
        expect(Number(await flaggedNow())).toBe(0);
        await setStatus('open');
        expect(Number(await flaggedNow())).toBe(1);
      });

      // profile_completeness reads which fields are filled from `filled_fields`, which the
      // simulator fills after its load: every customer's bits are its values' (blank: only spaces).
      it('stores on every customer which of its fields are filled', async () => {
        const customers = await database.db.kysely
          .selectFrom('customers')
          .select([...FILLABLE_FIELDS, 'filledFields'])
          .execute();
        const blank = (value: string | null) => value === null || /^ *$/.test(value);
        for (const customer of customers) {
          const bits = FILLABLE_FIELDS.reduce(
            (sum, field, bit) => (blank(customer[field]) ? sum : sum + 2 ** bit),
            0,
          );
          expect({ ...customer, filledFields: bits }).toEqual(customer);
        }
        expect(
          customers.filter((c) => c.filledFields !== 2 ** FILLABLE_FIELDS.length - 1).length,
        ).toBeGreaterThan(0);
      });

      // ...and which carry an open Q1 placeholder flag from `placeholder_fields`, which the
      // simulator marks after its data-quality run.
      it('stores on every customer which of its fields carry an open placeholder flag', async () => {
        const { kysely } = database.db;
        const flags = await kysely
          .selectFrom('qualityFlags')
          .select(['recordId', 'field'])
          .where('entity', '=', 'customer')
          .where('rule', '=', 'Q1')
          .where('status', '=', 'open')
          .execute();
        const expected = new Map<string, number>();
        for (const { recordId, field } of flags) {
          const bit = 2 ** FILLABLE_FIELDS.indexOf(field as (typeof FILLABLE_FIELDS)[number]);
          expected.set(recordId, (expected.get(recordId) ?? 0) | bit);
        }
        const stored = await kysely
          .selectFrom('customers')
          .select(['id', 'placeholderFields'])
          .where('placeholderFields', '<>', 0)
          .execute();
        expect(new Map(stored.map((c) => [c.id, Number(c.placeholderFields)]))).toEqual(expected);
        expect(expected.size).toBeGreaterThan(0);
      });

      // follow_up_coverage reads how many of a customer's opportunities are open, and when any
      // of them last changed, from the customer; the simulator decides both after its load.
      it('stores on every customer its open opportunities and when they last changed', async () => {
        const expected = await expectedOpportunityStates(database.db);
        expect(await storedOpportunityStates(database.db)).toEqual(expected);
        expect([...expected.values()].filter((c) => c.open > 0).length).toBeGreaterThan(0);
      });

      for (const metric of Object.keys(FACTS) as BuiltInMetricId[]) {
        it(`${metric}: the same aggregate for everyone`, async () => {
          const facts = FACTS[metric];
          const reference = REFERENCE_SQL[metric];
          if (!facts || !reference) throw new Error(`${metric}: no reference SQL`);
          let items = 0;
          for (const { name, period, scoredAt } of PERIODS) {
            const ctx = factContext(database.db.dialect, period, ZONE, {
              keyFields: DEFAULT_KEY_FIELDS,
              scoredAt,
            });
            const expected = byUser(await aggregateFacts(database.db.kysely, facts(ctx)));
            const actual = byUser((await reference(ctx).execute(database.db.kysely)).rows);
            expect({ period: name, byUser: actual }).toEqual({ period: name, byUser: expected });
            items += [...expected.values()].reduce((sum, a) => sum + a.items, 0);
          }
          // A comparison over no data would prove nothing.
          expect(items).toBeGreaterThan(0);
        });

        it(`${metric}: a few people's aggregate, narrowed to them, is theirs from everyone's`, async () => {
          const facts = FACTS[metric];
          if (!facts) throw new Error(metric);
          const people = (
            await database.db.kysely.selectFrom('users').select('id').orderBy('id').execute()
          ).map((u) => u.id);
          for (const { period, scoredAt } of PERIODS) {
            const context = (subjects?: string[]) =>
              factContext(database.db.dialect, period, ZONE, {
                keyFields: DEFAULT_KEY_FIELDS,
                scoredAt,
                subjects,
              });
            const everyone = byUser(await aggregateFacts(database.db.kysely, facts(context())));
            // Teams of seven, as a manager's live scorecard asks for them.
            for (let i = 0; i < people.length; i += 7) {
              const team = people.slice(i, i + 7);
              const narrowed = byUser(
                await aggregateFacts(database.db.kysely, facts(context(team)), team),
              );
              const theirs = new Map([...everyone].filter(([id]) => team.includes(id)));
              expect(narrowed).toEqual(theirs);
            }
          }
        });
      }
    },
  );
}
