import { beforeAll, expect, it } from 'vitest';
import { ratioValue } from '../../src/domain/metrics/metric-value.js';
import { loadMetricCatalog } from '../../src/modules/appraisal/metric-catalog.service.js';
import { computeMetrics, factContext } from '../../src/modules/metrics/metric-engine.js';
import { DEFAULT_KEY_FIELDS } from '../../src/modules/metrics/metric-period.js';
import {
  collectionCycleDaysFacts,
  paymentAmountFacts,
  repurchaseRateFacts,
  wonAmountFacts,
} from '../../src/modules/metrics/facts/contracts.facts.js';
import { renewalRateFacts } from '../../src/modules/metrics/facts/renewal.facts.js';
import { aggregateFacts } from '../../src/modules/metrics/metrics.repository.js';
import { periodBounds } from '../../src/domain/time/period.js';
import { describeEngines } from '../support/describe-engines.js';
import { insertCustomer, insertOpportunity, insertStage } from '../support/metric-fixtures.js';
import {
  BEFORE_START,
  computeMarch,
  END,
  insertContract,
  insertLead,
  LAST_LOCAL_MINUTE,
  MARCH,
  newcomer,
  reassignOpportunity,
  veteran,
} from '../support/metric-result-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';

const ZONE = 'Asia/Shanghai';
const LONG_AGO = '2025-01-01T00:00:00Z';

/**
 * Result metrics over March 2026 in Shanghai, computed by hand. u = rep1, v = rep2, w = rep3.
 */
describeEngines('result metrics: leads and deals', (use) => {
  let u: string, v: string;

  beforeAll(async () => {
    const db = use().db;
    const org = await buildOrg(db);
    [u, v] = [org.users.rep1.id, org.users.rep2.id];
    const lead = (fixture: Omit<Parameters<typeof insertLead>[1], 'createdBy' | 'createdAt'>) =>
      insertLead(db, { createdBy: u, createdAt: '2026-02-01T00:00:00Z', ...fixture });
    await lead({ status: 'converted', closedAt: '2026-03-05T00:00:00Z' }); // L1
    await lead({ status: 'converted', closedAt: LAST_LOCAL_MINUTE }); // L2
    await lead({ status: 'disqualified', closedAt: '2026-03-10T00:00:00Z' }); // L3
    await lead({ status: 'converted', closedAt: END }); // L4
    await lead({ status: 'converted', closedAt: BEFORE_START }); // L5
    await lead({
      status: 'converted',
      closedAt: '2026-03-12T00:00:00Z',
      deletedAt: '2026-03-13T00:00:00Z',
    }); // L6
    await lead({ ownerId: v, status: 'converted', closedAt: '2026-03-15T00:00:00Z' }); // L7
    await lead({ status: 'working' }); // L8
    await lead({
      ownerId: null,
      closedBy: u,
      status: 'disqualified',
      closedAt: '2026-03-20T00:00:00Z',
    }); // L9
    await lead({ status: 'converted', closedAt: '2026-03-02T00:00:00Z' }); // L10

    const [open, won, won2, lost] = [
      await insertStage(db, 'open'),
      await insertStage(db, 'won'),
      await insertStage(db, 'won'),
      await insertStage(db, 'lost'),
    ];
    const customerId = await insertCustomer(db, { owners: [{ ownerId: u, from: LONG_AGO }] });
    const at = { open, won, won2, lost };
    const deal = (steps: [keyof typeof at, string][], createdAt = '2026-02-01T00:00:00Z') =>
      insertOpportunity(db, {
        customerId,
        ownerId: u,
        createdAt,
        changes: [
          { stageId: open, status: 'open', effectiveAt: createdAt },
          ...steps.map(([stage, effectiveAt]) => ({
            stageId: at[stage],
            status: stage === 'won2' ? ('won' as const) : stage,
            effectiveAt,
          })),
        ],
      });
    await deal([['won', '2026-03-10T00:00:00Z']]); // O1
    await deal([['lost', '2026-03-05T00:00:00Z']]); // O2
    await deal([['won', LAST_LOCAL_MINUTE]], '2026-02-01T15:59:59.999Z'); // O3
    await deal([['won', END]]); // O4
    await deal([['won', '2026-02-20T00:00:00Z']]); // O5
    await deal([
      ['won', '2026-03-03T00:00:00Z'],
      ['open', '2026-03-08T00:00:00Z'],
    ]); // O6
    await deal([
      ['won', '2026-03-02T00:00:00Z'],
      ['open', '2026-03-04T00:00:00Z'],
      ['won', '2026-03-20T00:00:00Z'],
    ]); // O7
    const o8 = await deal([['won', '2026-03-15T00:00:00Z']]);
    await reassignOpportunity(db, o8, v, '2026-03-12T00:00:00Z');
    const o9 = await deal([['lost', '2026-03-25T00:00:00Z']]);
    await db.kysely
      .updateTable('opportunities')
      .set({ deletedAt: '2026-03-26T00:00:00.000Z' })
      .where('id', '=', o9)
      .execute();
    await deal([
      ['won', '2026-02-10T00:00:00Z'],
      ['won2', '2026-03-12T00:00:00Z'],
    ]); // O10
    await deal([['lost', '2026-03-28T00:00:00Z']]); // O11
    await deal([['won', '2026-03-18T00:00:00Z']], '2026-03-01T00:00:00Z'); // O12
  });

  it('lead_conversion_rate: leads closed in the Shanghai month, owner at closing', async () => {
    const values = await computeMarch(use().db, 'lead_conversion_rate', [veteran(u), veteran(v)]);
    // u: L1 converted, L2 converted at 23:59:59.999 on 31 March, L3 disqualified, L9 disqualified
    // while unowned (counts for its closer u), L10 converted → 3 of 5. Out: L4 closed 00:00 on
    // 1 April, L5 closed 23:59:59.999 on 28 February, L6 deleted, L7 reassigned to v before it
    // closed (v's), L8 still working.
    expect(values.get(u)).toMatchObject({
      value: 3 / 5,
      numerator: 3,
      denominator: 5,
      naReason: null,
    });
    // v: L7 alone, 1 of 1, below min_sample 5.
    expect(values.get(v)).toMatchObject({
      value: null,
      numerator: 1,
      denominator: 1,
      naReason: 'below_min_sample',
    });
    // A denominator of min_sample − 1 is N/A: 5 closed leads against min_sample 6.
    expect(
      (await computeMarch(use().db, 'lead_conversion_rate', [veteran(u)], 6)).get(u),
    ).toMatchObject({ value: null, denominator: 5, naReason: 'below_min_sample' });
  });

  it('win_rate: closed in P and still closed at the end, owner of the closing change', async () => {
    const values = await computeMarch(use().db, 'win_rate', [veteran(u), veteran(v)], 6);
    // u: won O1 (10 March), O3 (23:59:59.999 on 31 March), O7 (won, reopened, won again 20 March),
    // O12; lost O2, O11 → 4 of 6. Out: O4 won exactly at `end` (open at end), O5 won in February,
    // O6 won then reopened (open at end), O8 reassigned to v before it was won, O9 deleted,
    // O10 won in February (its March move between two won stages is no new closing).
    expect(values.get(u)).toMatchObject({ value: 4 / 6, numerator: 4, denominator: 6 });
    // v: O8, won after v took it over on 12 March: 1 of 1, below min_sample.
    expect(values.get(v)).toMatchObject({ numerator: 1, denominator: 1, value: null });
    // 6 closings against min_sample 7 (= 6 + 1): N/A.
    expect((await computeMarch(use().db, 'win_rate', [veteran(u)], 7)).get(u)).toMatchObject({
      value: null,
      naReason: 'below_min_sample',
      denominator: 6,
    });
  });

  it('avg_deal_cycle_days: mean days from creation to the win, same won set', async () => {
    const values = await computeMarch(use().db, 'avg_deal_cycle_days', [veteran(u), veteran(v)], 4);
    // u: O1 1 Feb → 10 Mar = 28 + 9 = 37; O3 1 Feb 15:59:59.999Z → 31 Mar 15:59:59.999Z = 28 + 30
    // = 58; O7 1 Feb → 20 Mar (its last win) = 28 + 19 = 47; O12 1 Mar → 18 Mar = 17.
    // (37 + 58 + 47 + 17) / 4 = 159 / 4 = 39.75.
    expect(values.get(u)).toMatchObject({
      value: 39.75,
      numerator: 159,
      denominator: 4,
      naReason: null,
    });
    // v: O8 1 Feb → 15 Mar = 42 days, one deal: below min_sample 4.
    expect(values.get(v)).toMatchObject({
      value: null,
      numerator: 42,
      denominator: 1,
      naReason: 'below_min_sample',
    });
    // 4 won deals against min_sample 5: N/A.
    expect(
      (await computeMarch(use().db, 'avg_deal_cycle_days', [veteran(u)], 5)).get(u),
    ).toMatchObject({ value: null, naReason: 'below_min_sample', denominator: 4 });
  });
});

describeEngines('result metrics: contracts and payments', (use) => {
  let u: string, v: string, w: string;
  const halfMonth = (userId: string) => ({ userId, joinedOn: '2026-03-16', leftOn: null });

  beforeAll(async () => {
    const db = use().db;
    const org = await buildOrg(db);
    [u, v, w] = [org.users.rep1.id, org.users.rep2.id, org.users.rep3.id];
    const customerId = await insertCustomer(db, { owners: [{ ownerId: u, from: LONG_AGO }] });
    const contract = (fixture: Omit<Parameters<typeof insertContract>[1], 'customerId'>) =>
      insertContract(db, { customerId, ...fixture });
    const byU = (from: string) => [{ ownerId: u, from }];
    await contract({
      owners: byU('2026-03-01T02:00:00Z'),
      amountCents: 1_000_000,
      signedOn: '2026-03-01',
      payments: [
        { receivedOn: '2026-03-01', amountCents: 300_000 },
        { receivedOn: '2026-03-31', amountCents: 700_000 },
        { receivedOn: '2026-03-15', amountCents: 5_000, deleted: true },
      ],
    }); // K1
    await contract({
      owners: byU('2026-03-31T02:00:00Z'),
      amountCents: 200_000,
      signedOn: '2026-03-31',
      payments: [{ receivedOn: '2026-04-01', amountCents: 200_000 }],
    }); // K2
    await contract({
      owners: byU('2026-04-01T02:00:00Z'),
      amountCents: 400_000,
      signedOn: '2026-04-01',
    }); // K3
    await contract({
      owners: [
        { ownerId: u, from: '2026-02-28T02:00:00Z', to: '2026-03-05T00:00:00Z' },
        { ownerId: v, from: '2026-03-05T00:00:00Z' },
      ],
      amountCents: 800_000,
      signedOn: '2026-02-28',
      payments: [
        { receivedOn: '2026-02-28', amountCents: 100_000, ownerId: u },
        { receivedOn: '2026-03-10', amountCents: 700_000, ownerId: v },
      ],
    }); // K4
    await contract({
      owners: byU('2026-03-10T02:00:00Z'),
      amountCents: 1_600_000,
      signedOn: '2026-03-10',
      deleted: true,
      payments: [{ receivedOn: '2026-03-12', amountCents: 9_000 }],
    }); // K5
    await contract({
      owners: [
        { ownerId: u, from: '2026-03-05T02:00:00Z', to: '2026-03-20T00:00:00Z' },
        { ownerId: v, from: '2026-03-20T00:00:00Z' },
      ],
      amountCents: 30_000,
      signedOn: '2026-03-05',
    }); // K6
    await contract({
      owners: [
        { ownerId: u, from: '2026-03-01T02:00:00Z', to: '2026-03-08T02:00:00Z' },
        { ownerId: v, from: '2026-03-08T02:00:00Z' },
      ],
      amountCents: 50_000,
      signedOn: '2026-03-12',
    }); // K7
    await contract({ owners: [], ownerId: v, amountCents: 7_000, signedOn: '2026-03-15' }); // K8
    await contract({
      owners: byU('2026-01-10T02:00:00Z'),
      amountCents: 40_000,
      signedOn: '2026-01-10',
      payments: [{ receivedOn: '2026-03-01', amountCents: 40_000 }],
    }); // K9
    await contract({
      owners: byU('2026-01-01T02:00:00Z'),
      amountCents: 90_000,
      signedOn: '2026-01-01',
      payments: [{ receivedOn: '2026-04-01', amountCents: 90_000 }],
    }); // K10
    await contract({
      owners: byU('2026-02-01T02:00:00Z'),
      amountCents: 20_000,
      signedOn: '2026-02-01',
      deleted: true,
      payments: [{ receivedOn: '2026-03-20', amountCents: 20_000 }],
    }); // K11
    await contract({
      owners: byU('2026-03-02T02:00:00Z'),
      amountCents: 60_000,
      signedOn: '2026-03-02',
      payments: [{ receivedOn: '2026-03-12', amountCents: 60_000 }],
    }); // K12
  });

  it('won_amount: contracts signed on the days of P, for their owner on the signing day', async () => {
    const values = await computeMarch(use().db, 'won_amount', [
      veteran(u),
      newcomer(v),
      halfMonth(w),
    ]);
    // u: K1 1,000,000 (1 March) + K2 200,000 (31 March, the last local day) + K6 30,000 (entered
    // on its signing day by u, reassigned to v on 20 March: the deal stays u's) + K12 60,000
    // = 1,290,000 cents. Out: K3 signed 1 April, K4 28 February, K5 deleted, K9/K10/K11 earlier.
    expect(values.get(u)).toMatchObject({ value: 1_290_000, numerator: 1_290_000, naReason: null });
    // v: K7 (reassigned to v on 8 March, signed 12 March) 50,000 + K8 (imported, no ownership
    // rows: contracts.owner_id) 7,000 = 57,000 — but v joined on 20 March (12 of 31 days): N/A.
    expect(values.get(v)).toMatchObject({
      value: null,
      numerator: 57_000,
      naReason: 'inactive_most_of_period',
    });
    // w joined 16 March (16 of 31 days, at least half) and signed nothing: a real zero.
    expect(values.get(w)).toMatchObject({ value: 0, naReason: null });
  });

  it('payment_amount: payments received on the days of P, for the owner stored on the payment', async () => {
    const values = await computeMarch(use().db, 'payment_amount', [veteran(u), veteran(v)]);
    // u: K1 300,000 (1 March) + 700,000 (31 March) + K9 40,000 + K12 60,000 = 1,100,000. Out: K1's
    // deleted 5,000, K2's and K10's on 1 April, K4's 100,000 on 28 February, K5's 9,000 and K11's
    // 20,000 (their contracts were deleted).
    expect(values.get(u)).toMatchObject({ value: 1_100_000, naReason: null });
    // v: K4's 700,000 received on 10 March, after K4 passed to v.
    expect(values.get(v)).toMatchObject({ value: 700_000, naReason: null });
  });

  it('collection_cycle_days: contracts fully paid in P, mean days from signing to full payment', async () => {
    const values = await computeMarch(
      use().db,
      'collection_cycle_days',
      [veteran(u), veteran(v)],
      3,
    );
    // u: K1 1 → 31 March = 30, K9 10 January → 1 March = 21 + 28 + 1 = 50, K12 2 → 12 March = 10:
    // 90 / 3 = 30. Out: K2 and K10 fully paid on 1 April, K11 deleted.
    expect(values.get(u)).toMatchObject({ value: 30, numerator: 90, denominator: 3 });
    // v: K4 28 February → 10 March = 10, owned by v on the day it was fully paid; 1 < 3: N/A.
    expect(values.get(v)).toMatchObject({ value: null, numerator: 10, denominator: 1 });
    // 3 contracts against min_sample 4: N/A.
    expect(
      (await computeMarch(use().db, 'collection_cycle_days', [veteran(u)], 4)).get(u),
    ).toMatchObject({ value: null, naReason: 'below_min_sample', denominator: 3 });
  });

  it('a person measured alone gets the contracts they owned on the day, now owned by others or imported, and their payments', async () => {
    // Alone, the engine narrows the contracts to the person's before finding each one's owner on
    // the day: K6 (now v's) must stay u's, K8 (imported, no ownership rows) v's; and the payments to
    // those stored as theirs.
    const db = use().db;
    const context = (subjects?: string[]) =>
      factContext(db.dialect, MARCH, ZONE, { keyFields: DEFAULT_KEY_FIELDS, subjects });
    for (const facts of [wonAmountFacts, collectionCycleDaysFacts, paymentAmountFacts]) {
      const everyone = await aggregateFacts(db.kysely, facts(context()));
      for (const person of [u, v, w])
        expect(await aggregateFacts(db.kysely, facts(context([person])), [person])).toEqual(
          everyone.filter((row) => row.userId === person),
        );
    }
  });
});

describeEngines('result metrics: repurchase and renewal', (use) => {
  let u: string, v: string;

  /** renewal_rate as scored at `scoredAt`, straight from its facts. */
  const renewalAt = async (scoredAt: string, minSample = 2) => {
    const db = use().db;
    const ctx = factContext(db.dialect, MARCH, ZONE, {
      keyFields: DEFAULT_KEY_FIELDS,
      scoredAt: new Date(scoredAt),
    });
    const rows = await aggregateFacts(db.kysely, renewalRateFacts(ctx), [u, v]);
    const of = (userId: string) => {
      const row = rows.find((r) => r.userId === userId);
      return ratioValue(row?.num ?? 0, row?.den ?? 0, minSample);
    };
    return { u: of(u), v: of(v) };
  };

  beforeAll(async () => {
    const db = use().db;
    const org = await buildOrg(db);
    [u, v] = [org.users.rep1.id, org.users.rep2.id];
    const customer = (extra: Partial<Parameters<typeof insertCustomer>[1]> = {}) =>
      insertCustomer(db, { owners: [{ ownerId: u, from: LONG_AGO }], ...extra });
    const byU = [{ ownerId: u, from: LONG_AGO }];
    const signed = (
      customerId: string,
      signedOn: string,
      extra: Partial<Parameters<typeof insertContract>[1]> = {},
    ) => insertContract(db, { customerId, owners: byU, amountCents: 10_000, signedOn, ...extra });

    const cA = await customer();
    await signed(cA, '2025-12-01');
    await signed(cA, '2026-03-05');
    const cB = await customer();
    await signed(cB, '2026-02-28');
    await signed(cB, '2026-03-31');
    const cC = await customer();
    const r1 = await signed(cC, '2025-06-01', { endOn: '2026-03-10' });
    await signed(cC, '2026-03-01', { renewalOf: r1 });
    const cD = await customer();
    await signed(cD, '2025-05-01');
    await signed(cD, '2026-04-01');
    const cE = await customer();
    await signed(cE, '2025-05-01');
    await signed(cE, '2026-03-09', { deleted: true });
    const cF = await customer();
    await signed(cF, '2026-03-03');
    const cG = await customer({
      owners: [
        { ownerId: v, from: LONG_AGO, to: '2026-03-10T00:00:00Z' },
        { ownerId: u, from: '2026-03-10T00:00:00Z' },
      ],
    });
    await signed(cG, '2025-05-01');
    await signed(cG, '2026-03-20');
    const cI = await customer({ deletedAt: '2026-03-15T00:00:00Z' });
    await signed(cI, '2025-05-01');
    await signed(cI, '2026-03-02');
    // J: created on 28 February at 18:00 in Shanghai and deleted 23 h later (Q7: never counts),
    // after a contract of the day before.
    const cJ = await insertCustomer(db, {
      owners: [{ ownerId: u, from: '2026-02-28T10:00:00Z' }],
      deletedAt: '2026-03-01T09:00:00Z',
    });
    await signed(cJ, '2026-02-27');

    // Contracts ending in or around March, on a customer in the pool (not in any repurchase base).
    const pool = await insertCustomer(db, { owners: [] });
    const ending = async (
      endOn: string,
      renewedOn?: string,
      extra: Partial<Parameters<typeof insertContract>[1]> = {},
    ) => {
      const k = await signed(pool, '2025-03-01', { endOn, ...extra });
      if (renewedOn)
        await signed(pool, renewedOn, { renewalOf: k, deleted: endOn === '2026-03-08' });
    };
    await ending('2026-03-01', '2025-12-31'); // R2
    await ending('2026-03-05', '2026-01-03'); // R3
    await ending('2026-02-28'); // R4
    await ending('2026-04-01'); // R5
    await ending('2026-03-15', '2026-04-14'); // R6
    await ending('2026-03-20'); // R7
    await ending('2026-03-31'); // R8
    await ending('2026-03-25', '2026-04-10'); // R9
    await ending('2026-03-12', undefined, { deleted: true }); // R10
    await ending('2026-03-08', '2026-03-20'); // R11, its renewal deleted
    await ending('2026-03-18', undefined, {
      owners: [
        { ownerId: u, from: LONG_AGO, to: '2026-03-16T00:00:00Z' },
        { ownerId: v, from: '2026-03-16T00:00:00Z' },
      ],
    }); // R12
    await ending('2026-03-22', undefined, {
      owners: [
        { ownerId: u, from: LONG_AGO, to: '2026-03-25T00:00:00Z' },
        { ownerId: v, from: '2026-03-25T00:00:00Z' },
      ],
    }); // R13
  });

  it('repurchase_rate: customers owned at the start with an earlier contract that signed a new one in P', async () => {
    const values = await computeMarch(use().db, 'repurchase_rate', [veteran(u), veteran(v)]);
    // Owned by u at start, with a contract before 1 March: A (new 5 March: yes), B (earlier one on
    // 28 February, new 31 March: yes), C (only a renewal in P: no), D (new one on 1 April: no),
    // E (new one deleted: no) → 2 of 5. Out: F (no earlier contract), G (v's at start, u's only
    // from 10 March), I (deleted 15 March), the pool customer.
    expect(values.get(u)).toMatchObject({ value: 2 / 5, numerator: 2, denominator: 5 });
    // v: G, which signed on 20 March → 1 of 1, below min_sample.
    expect(values.get(v)).toMatchObject({ numerator: 1, denominator: 1, value: null });
  });

  it("repurchase_rate on a live card's first day leaves out a customer deleted within 24 h of its creation", async () => {
    // 1 March, 00:00 to 16:00 in Shanghai. Owned by u at the start with an earlier contract, live
    // at 16:00: A, B, C, D, E and I (deleted on 15 March); none signed a new contract that day
    // (C's of 1 March is a renewal) → 0 of 6. J, deleted on 1 March at 17:00, outlived the period
    // but not its first 24 h.
    const db = use().db;
    const ctx = factContext(
      db.dialect,
      { start: new Date('2026-02-28T16:00:00Z'), end: new Date('2026-03-01T08:00:00Z') },
      ZONE,
      { keyFields: DEFAULT_KEY_FIELDS },
    );
    expect(await aggregateFacts(db.kysely, repurchaseRateFacts(ctx), [u])).toEqual([
      { userId: u, num: 0, den: 6, items: 6 },
    ]);
  });

  it('renewal_rate: all windows closed — renewed in [end_on − 60 d, end_on + 30 d]', async () => {
    const late = await renewalAt('2026-05-15T00:00:00Z');
    // u, end_on in March: R1 (C's contract, 10 March, renewed 1 March: yes), R2 (1 March, renewed
    // 31 December = end_on − 60 days exactly: yes), R3 (5 March, renewed 3 January = 61 days
    // before: no), R6 (15 March, renewed 14 April = end_on + 30: yes), R7 (no), R8 (31 March,
    // no), R9 (25 March, renewed 10 April: yes), R11 (its renewal was deleted: no), R13 (22 March,
    // u's that day though v's since 25 March: no) → 4 of 9. Out: R4 (28 February), R5 (1 April),
    // R10 (deleted), R12 (v's on its end day).
    expect(late.u).toMatchObject({ value: 4 / 9, numerator: 4, denominator: 9 });
    expect(late.v).toMatchObject({ numerator: 0, denominator: 1, value: null });
    // The engine scores at the scoring time it is given, never at the wall clock: the same 4 of 9
    // when scored in May, and only the decided 2 of 2 when scored at the end of March.
    const catalog = await loadMetricCatalog(use().db);
    const [inMay, atPeriodEnd] = await Promise.all([
      computeMetrics(
        use().db,
        MARCH,
        ZONE,
        [{ metric: 'renewal_rate', minSample: 2 }],
        [veteran(u)],
        catalog,
        new Date('2026-05-15T00:00:00Z'),
      ),
      computeMetrics(
        use().db,
        MARCH,
        ZONE,
        [{ metric: 'renewal_rate', minSample: 2 }],
        [veteran(u)],
        catalog,
      ),
    ]);
    expect(inMay.get('renewal_rate')?.get(u)).toMatchObject({
      value: 4 / 9,
      numerator: 4,
      denominator: 9,
    });
    expect(atPeriodEnd.get('renewal_rate')?.get(u)).toMatchObject({ numerator: 2, denominator: 2 });
  });

  it('renewal_rate: a person measured alone gets the contracts they owned on the end day, handed on or not', async () => {
    // Alone, the engine narrows the contracts to the person's: R12, u's until 16 March, must stay
    // v's, and R13, v's since 25 March, u's.
    const db = use().db;
    const context = (subjects?: string[]) =>
      factContext(db.dialect, MARCH, ZONE, {
        keyFields: DEFAULT_KEY_FIELDS,
        scoredAt: new Date('2026-05-15T00:00:00Z'),
        subjects,
      });
    const everyone = await aggregateFacts(db.kysely, renewalRateFacts(context()));
    expect(everyone.filter((row) => row.userId === v)).toHaveLength(1);
    for (const person of [u, v])
      expect(
        await aggregateFacts(db.kysely, renewalRateFacts(context([person])), [person]),
      ).toEqual(everyone.filter((row) => row.userId === person));
  });

  it('renewal_rate: a contract whose window is still open counts only once decided', async () => {
    // Scored at the end of March (Shanghai day 1 April): windows still open for end_on ≥ 2 March.
    // Counted: R2 (window closed 31 March, renewed) and R1 (open, already renewed on 1 March)
    // → 2 of 2. R3, R6, R7, R8, R9, R11, R13 are open and undecided (R6's and R9's renewals are
    // signed later), so they count neither way; v's R12 likewise.
    const atEnd = await renewalAt(END);
    expect(atEnd.u).toMatchObject({ value: 1, numerator: 2, denominator: 2 });
    expect(atEnd.v).toMatchObject({ numerator: 0, denominator: 0, value: null });
    // Scored on 15 April: closed for end_on < 16 March — R1 yes, R2 yes, R3 no, R6 yes (renewed
    // 14 April, the last day of its window), R11 no; open: R9 already renewed (10 April) counts
    // yes, R7, R8 and R13 not yet → 4 of 6.
    const mid = await renewalAt('2026-04-15T00:00:00Z');
    expect(mid.u).toMatchObject({ value: 4 / 6, numerator: 4, denominator: 6 });
  });
});

describeEngines('result metrics: org-zone days across a daylight-saving switch', (use) => {
  it('won_amount: the owner on the signing day is read at that day’s own local midnight', async () => {
    const db = use().db;
    const org = await buildOrg(db);
    const [u, v] = [org.users.rep1.id, org.users.rep2.id];
    const berlin = 'Europe/Berlin';
    const march = periodBounds('month', '2026-03-01', berlin);
    // Berlin switches to summer time on 29 March: 31 March starts at 22:00 UTC on the 30th
    // (an offset read off the start of March, +60, would put it at 23:00). The contract passes
    // from u to v at 22:30 UTC, i.e. during 31 March local time: on its signing day's start
    // it still belongs to u.
    const customerId = await insertCustomer(db, {
      owners: [{ ownerId: u, from: '2026-01-01T00:00:00Z' }],
    });
    await insertContract(db, {
      customerId,
      owners: [
        { ownerId: u, from: '2026-01-01T00:00:00Z', to: '2026-03-30T22:30:00Z' },
        { ownerId: v, from: '2026-03-30T22:30:00Z' },
      ],
      amountCents: 5_000_000,
      signedOn: '2026-03-31',
    });
    const values = await computeMetrics(
      db,
      march,
      berlin,
      [{ metric: 'won_amount', minSample: 1 }],
      [veteran(u), veteran(v)],
      await loadMetricCatalog(db),
    );
    expect(values.get('won_amount')?.get(u)).toMatchObject({ value: 5_000_000 });
    expect(values.get('won_amount')?.get(v)).toMatchObject({ value: 0 });
  });
});
