import { beforeAll, describe, expect, it } from 'vitest';
import { exportedRows } from '../support/export-files.js';
import { describeEngines } from '../support/describe-engines.js';
import { insertCustomer, insertOpportunity, insertStage } from '../support/metric-fixtures.js';
import {
  addUser,
  insertContract,
  insertLead,
  insertUsageEvent,
} from '../support/metric-result-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { newId } from '../../src/platform/ids.js';

/**
 * March 2026 in Shanghai, seen by `lead` (manager of rep1 and rep2, Sales East) and by an
 * executive who sees everyone. rep3 (Sales) is outside the lead's scope: each figure is computed
 * by hand for both, so a record of rep3's counted for the lead would show.
 */
const MARCH = 'from=2026-03-01&to=2026-03-31';
const at = (day: string) => `${day}T02:00:00.000Z`;

describeEngines('reports (报表) and the leadership cockpit', (use) => {
  let org: Org;
  let lead: string, exec: string, rep: string;
  const stage: Record<'a' | 'b' | 'c' | 'won' | 'lost', string> = {
    a: '',
    b: '',
    c: '',
    won: '',
    lost: '',
  };
  const opp: Record<string, string> = {};
  const contract: Record<string, string> = {};

  const get = async (url: string, as: string) => {
    const response = await use().request({ method: 'GET', url, as });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const ids = async (path: string, filter: Record<string, string>, as: string) => {
    const query = new URLSearchParams({ ...filter, pageSize: '100' });
    const page = await get(`/api/v1/${path}?${query.toString()}`, as);
    return (page.items as { id: string }[]).map((i) => i.id).sort();
  };

  beforeAll(async () => {
    const db = use().db;
    org = await buildOrg(db);
    await addUser(db, 'exec', ['executive']);
    await db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    await db.kysely.updateTable('pipelineStages').set({ active: 0 }).execute();
    stage.a = await insertStage(db, 'open');
    stage.b = await insertStage(db, 'open');
    stage.c = await insertStage(db, 'open');
    stage.won = await insertStage(db, 'won');
    stage.lost = await insertStage(db, 'lost');
    const { rep1, rep2, rep3 } = org.users;

    // Leads: in March rep1 2, rep2 1 (+1 deleted), rep3 1; rep1 one in February.
    for (const [owner, day, deleted] of [
      [rep1.id, '2026-03-05', false],
      [rep1.id, '2026-03-10', false],
      [rep1.id, '2026-02-20', false],
      [rep2.id, '2026-03-15', false],
      [rep2.id, '2026-03-16', true],
      [rep3.id, '2026-03-12', false],
    ] as const) {
      await insertLead(db, {
        createdBy: owner,
        createdAt: at(day),
        ...(deleted ? { deletedAt: at('2026-03-17') } : {}),
      });
    }
    // Customers created in March: rep1, rep2, rep3 one each, and one released to the pool.
    const base = await insertCustomer(db, { owners: [{ ownerId: rep1.id, from: '2025-01-01' }] });
    for (const [owner, day] of [
      [rep1.id, '2026-03-06'],
      [rep2.id, '2026-03-20'],
      [rep3.id, '2026-03-08'],
    ] as const) {
      await insertCustomer(db, { owners: [{ ownerId: owner, from: at(day) }] });
    }
    await insertCustomer(db, {
      owners: [{ ownerId: rep1.id, from: at('2026-03-02'), to: at('2026-03-03') }],
    });

    const opportunity = (key: string, ownerId: string, path: [keyof typeof stage, string][]) =>
      insertOpportunity(db, {
        customerId: base,
        ownerId,
        createdAt: at(path[0]?.[1] ?? ''),
        changes: path.map(([s, day]) => ({
          stageId: stage[s],
          status: s === 'won' ? 'won' : s === 'lost' ? 'lost' : 'open',
          effectiveAt: at(day),
        })),
      }).then((id) => {
        opp[key] = id;
      });
    // Days in each stage: o1 A 3, B 4, C 10; o2 A 1, B 6; o3 A 7; o4 A 10 (created in
    // February, left A in March); o5 (rep3) A 1, B 2; o6 still in A.
    await opportunity('o1', rep1.id, [
      ['a', '2026-03-02'],
      ['b', '2026-03-05'],
      ['c', '2026-03-09'],
      ['won', '2026-03-19'],
    ]);
    await opportunity('o2', rep1.id, [
      ['a', '2026-03-03'],
      ['b', '2026-03-04'],
      ['lost', '2026-03-10'],
    ]);
    await opportunity('o3', rep2.id, [
      ['a', '2026-03-10'],
      ['b', '2026-03-17'],
    ]);
    await opportunity('o4', rep2.id, [
      ['a', '2026-02-20'],
      ['b', '2026-03-02'],
    ]);
    await opportunity('o5', rep3.id, [
      ['a', '2026-03-05'],
      ['b', '2026-03-06'],
      ['won', '2026-03-08'],
    ]);
    await opportunity('o6', rep1.id, [['a', '2026-03-25']]);

    const k = async (key: string, fixture: Parameters<typeof insertContract>[1]) => {
      contract[key] = await insertContract(db, fixture);
    };
    const owned = (ownerId: string) => ({
      customerId: base,
      owners: [{ ownerId, from: '2025-01-01' }],
    });
    await k('k1', {
      ...owned(rep1.id),
      amountCents: 10_000_000,
      signedOn: '2026-03-10',
      payments: [
        { receivedOn: '2026-03-15', amountCents: 4_000_000 },
        { receivedOn: '2026-04-02', amountCents: 1_000_000 },
      ],
    });
    await k('k2', {
      ...owned(rep1.id),
      amountCents: 5_000_000,
      signedOn: '2026-01-15',
      payments: [
        { receivedOn: '2026-02-01', amountCents: 1_000_000 },
        { receivedOn: '2026-03-05', amountCents: 2_000_000 },
      ],
    });
    await k('k3', { ...owned(rep2.id), amountCents: 3_000_000, signedOn: '2025-12-01' });
    await k('k4', {
      ...owned(rep2.id),
      amountCents: 2_000_000,
      signedOn: '2026-03-20',
      payments: [{ receivedOn: '2026-03-25', amountCents: 2_000_000 }],
    });
    await k('k5', {
      ...owned(rep2.id),
      amountCents: 9_000_000,
      signedOn: '2026-03-12',
      deleted: true,
    });
    await k('k6', {
      ...owned(rep3.id),
      amountCents: 7_000_000,
      signedOn: '2026-03-03',
      payments: [{ receivedOn: '2026-03-04', amountCents: 1_000_000 }],
    });
    await k('k7', { ...owned(rep2.id), amountCents: 1_000_000, signedOn: '2026-02-14' });

    const target = (
      userId: string,
      metric: string,
      periodStart: string,
      periodEnd: string,
      value: number,
    ) =>
      db.kysely
        .insertInto('userTargets')
        .values({
          id: newId(),
          userId,
          metric,
          periodStart,
          periodEnd,
          target: value,
          setBy: org.users.admin.id,
          createdAt: at('2026-02-25'),
          updatedAt: at('2026-02-25'),
        })
        .execute();
    await target(rep1.id, 'won_amount', '2026-03-01', '2026-03-31', 20_000_000);
    await target(rep1.id, 'payment_amount', '2026-03-01', '2026-03-31', 8_000_000);
    // A quarterly target does not lie within March: not counted.
    await target(rep1.id, 'won_amount', '2026-01-01', '2026-03-31', 50_000_000);
    await target(rep3.id, 'won_amount', '2026-03-01', '2026-03-31', 10_000_000);

    // The lead opened reports on 3 March (twice) and on 10 March: 2 insight days.
    for (const when of ['2026-03-03T01:00:00Z', '2026-03-03T09:00:00Z', '2026-03-10T01:00:00Z']) {
      await insertUsageEvent(db, { userId: org.users.lead.id, kind: 'report_view', at: when });
    }

    lead = await use().login('lead@example.com', PASSWORD);
    exec = await use().login('exec@example.com', PASSWORD);
    rep = await use().login('rep1@example.com', PASSWORD);
  });

  it('is refused to a sales rep and refuses a period that ends before it starts', async () => {
    const refused = await use().request({ method: 'GET', url: '/api/v1/reports/cockpit', as: rep });
    expect(refused.statusCode).toBe(403);
    const inverted = await use().request({
      method: 'GET',
      url: '/api/v1/reports/funnel?from=2026-03-31&to=2026-03-01',
      as: lead,
    });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().error.details).toEqual([expect.objectContaining({ path: 'to' })]);
  });

  describe('sales funnel', () => {
    const counts = (report: { steps: { count: number; conversion: number | null }[] }) =>
      report.steps.map((s) => [s.count, s.conversion]);

    it("counts the lead's scope only: leads 3, customers 2, A 4, B 3, C 1, won 1", async () => {
      const report = await get(`/api/v1/reports/funnel?${MARCH}`, lead);
      expect(
        report.steps.map((s: { key: string; stageId: string | null }) => s.stageId ?? s.key),
      ).toEqual(['leads', 'customers', stage.a, stage.b, stage.c, 'won']);
      expect(counts(report)).toEqual([
        [3, null],
        [2, 2 / 3],
        [4, 2],
        [3, 3 / 4],
        [1, 1 / 3],
        [1, 1],
      ]);
      expect(report.leadToWon).toBeCloseTo(1 / 3, 10);
    });

    it('counts rep3 for the executive: leads 4, customers 3, A 5, B 4, C 2 (o5 won), won 2', async () => {
      const report = await get(`/api/v1/reports/funnel?${MARCH}`, exec);
      expect(counts(report)).toEqual([
        [4, null],
        [3, 3 / 4],
        [5, 5 / 3],
        [4, 4 / 5],
        [2, 2 / 4],
        [2, 1],
      ]);
      expect(report.leadToWon).toBe(0.5);
    });

    it('narrows to a person, and each step opens exactly its records', async () => {
      const report = await get(
        `/api/v1/reports/funnel?${MARCH}&ownerId=${org.users.rep1.id}`,
        lead,
      );
      expect(counts(report).map(([n]) => n)).toEqual([2, 1, 3, 2, 1, 1]);
      const all = await get(`/api/v1/reports/funnel?${MARCH}`, lead);
      const drill = (index: number) => all.steps[index].drill;
      expect(drill(3)).toEqual({
        entity: 'opportunity',
        filter: { createdFrom: '2026-03-01', createdTo: '2026-03-31', reachedStageId: stage.b },
      });
      expect(await ids('opportunities', drill(3).filter, lead)).toEqual(
        [opp.o1, opp.o2, opp.o3].sort(),
      );
      expect(await ids('opportunities', drill(5).filter, lead)).toEqual([opp.o1]);
      expect(await ids('leads', drill(0).filter, lead)).toHaveLength(3);
      expect(await ids('customers', drill(1).filter, lead)).toHaveLength(2);
    });
  });

  describe('stage durations', () => {
    it('gives the median and p80 days per stage and names the bottleneck, in scope', async () => {
      const report = await get(`/api/v1/reports/stage-durations?${MARCH}`, lead);
      // A: 1, 3, 7, 10 → median 5, p80 = 7 + 0.4 × 3 = 8.2; B: 4, 6 → 5, 5.6; C: 10.
      expect(report.stages).toEqual([
        expect.objectContaining({ stageId: stage.a, stays: 4, medianDays: 5, bottleneck: false }),
        expect.objectContaining({ stageId: stage.b, stays: 2, medianDays: 5, bottleneck: false }),
        expect.objectContaining({
          stageId: stage.c,
          stays: 1,
          medianDays: 10,
          p80Days: 10,
          bottleneck: true,
        }),
      ]);
      expect(report.stages[0].p80Days).toBeCloseTo(8.2, 10);
      expect(report.stages[1].p80Days).toBeCloseTo(5.6, 10);
      expect(await ids('opportunities', report.stages[0].drill.filter, lead)).toEqual(
        [opp.o1, opp.o2, opp.o3, opp.o4].sort(),
      );
    });

    it("adds rep3's stays for the executive", async () => {
      const report = await get(`/api/v1/reports/stage-durations?${MARCH}`, exec);
      // A: 1, 1, 3, 7, 10 → median 3, p80 = 7 + 0.2 × 3 = 7.6; B: 2, 4, 6 → 4, 5.2.
      expect(
        report.stages.map((s: { stays: number; medianDays: number }) => [s.stays, s.medianDays]),
      ).toEqual([
        [5, 3],
        [3, 4],
        [1, 10],
      ]);
      expect(report.stages[0].p80Days).toBeCloseTo(7.6, 10);
      expect(report.stages[1].p80Days).toBeCloseTo(5.2, 10);
    });
  });

  describe('won amount, collection and receivables', () => {
    it('sums per person and team against targets, with ageing at the last day', async () => {
      const report = await get(`/api/v1/reports/sales?${MARCH}`, lead);
      expect(report.people.map((p: { id: string }) => p.id)).toEqual([
        org.users.rep1.id,
        org.users.rep2.id,
      ]);
      expect(report.people[0]).toMatchObject({
        wonCents: 10_000_000,
        wonCount: 1,
        wonTargetCents: 20_000_000,
        wonAttainment: 0.5,
        collectedCents: 6_000_000,
        collectionTargetCents: 8_000_000,
        collectionAttainment: 0.75,
        receivableCents: 8_000_000,
        ageing: { d0_30: 6_000_000, d31_60: 0, d61_90: 2_000_000, over_90: 0 },
      });
      expect(report.people[1]).toMatchObject({
        wonCents: 2_000_000,
        wonTargetCents: null,
        wonAttainment: null,
        collectedCents: 2_000_000,
        receivableCents: 4_000_000,
        ageing: { d0_30: 0, d31_60: 1_000_000, d61_90: 0, over_90: 3_000_000 },
      });
      expect(report.teams).toEqual([
        expect.objectContaining({
          id: org.departments.east.id,
          wonCents: 12_000_000,
          wonTargetCents: 20_000_000,
          wonAttainment: 0.6,
          collectedCents: 8_000_000,
          collectionAttainment: 1,
          receivableCents: 12_000_000,
        }),
      ]);
      expect(report.total).toMatchObject({ wonCents: 12_000_000, receivableCents: 12_000_000 });
      const drills = report.people[0].drills;
      expect(await ids('contracts', drills.ageing.d61_90.filter, lead)).toEqual([contract.k2]);
      expect(await ids('contracts', drills.won.filter, lead)).toEqual([contract.k1]);
      expect(await ids('contracts', report.total.drills.receivable.filter, lead)).toEqual(
        [contract.k1, contract.k2, contract.k3, contract.k7].sort(),
      );
      const payments = await get(
        `/api/v1/payments?${new URLSearchParams(drills.collected.filter).toString()}`,
        lead,
      );
      expect(payments.total).toBe(2);
    });

    it('adds rep3 and the Sales team for the executive', async () => {
      const report = await get(`/api/v1/reports/sales?${MARCH}`, exec);
      expect(report.people.find((p: { id: string }) => p.id === org.users.rep3.id)).toMatchObject({
        wonCents: 7_000_000,
        wonAttainment: 0.7,
        collectedCents: 1_000_000,
        receivableCents: 6_000_000,
        ageing: { d0_30: 6_000_000 },
      });
      expect(report.teams).toHaveLength(2);
      expect(report.total).toMatchObject({
        wonCents: 19_000_000,
        wonCount: 3,
        wonTargetCents: 30_000_000,
        collectedCents: 9_000_000,
        collectionTargetCents: 8_000_000,
        receivableCents: 18_000_000,
        ageing: { d0_30: 12_000_000, d31_60: 1_000_000, d61_90: 2_000_000, over_90: 3_000_000 },
      });
    });
  });

  describe('leadership cockpit', () => {
    it("combines the key figures and the managers' own use, and counts as a report view", async () => {
      const report = await get(`/api/v1/reports/cockpit?${MARCH}`, lead);
      expect(report.funnel.leadToWon).toBeCloseTo(1 / 3, 10);
      expect(
        report.stageDurations.stages.find((s: { bottleneck: boolean }) => s.bottleneck).stageId,
      ).toBe(stage.c);
      expect(report.sales).toMatchObject({ wonCents: 12_000_000, receivableCents: 12_000_000 });
      // Only the lead is a manager in the lead's scope: 2 insight days, no published appraisal.
      expect(report.managers).toEqual([
        expect.objectContaining({
          userId: org.users.lead.id,
          insightDays: expect.objectContaining({ value: 2 }),
          reviewCoverage: expect.objectContaining({ value: null }),
        }),
      ]);
      const forExec = await get(`/api/v1/reports/cockpit?${MARCH}`, exec);
      expect(forExec.managers.map((m: { userId: string }) => m.userId).sort()).toEqual(
        [org.users.director.id, org.users.lead.id].sort(),
      );
      await use().app.usage.flush();
      const views = await use()
        .db.kysely.selectFrom('usageEvents')
        .select(['recordId'])
        .where('userId', '=', org.users.lead.id)
        .where('kind', '=', 'report_view')
        .where('recordId', '=', 'cockpit')
        .execute();
      expect(views).toHaveLength(1);
    });

    it('exports each report as CSV with headers in the reader’s language', async () => {
      const zh = await use().request({
        method: 'GET',
        url: `/api/v1/reports/sales/export?format=csv&${MARCH}`,
        as: lead,
        headers: { 'accept-language': 'zh-CN' },
      });
      expect(zh.statusCode).toBe(200);
      expect(zh.headers['content-type']).toContain('text/csv');
      const lines = zh.body
        .replace(/^\ufeff/u, '')
        .trim()
        .split('\r\n');
      expect(lines[0]?.startsWith('层级,名称,部门,成交金额（元）')).toBe(true);
      expect(lines.at(-1)).toBe(
        '合计,,,120000.00,200000.00,60.0,80000.00,80000.00,100.0,120000.00,60000.00,10000.00,20000.00,30000.00',
      );
      const en = await use().request({
        method: 'GET',
        url: `/api/v1/reports/funnel/export?format=csv&${MARCH}`,
        as: lead,
        headers: { 'accept-language': 'en' },
      });
      expect(
        en.body
          .replace(/^\ufeff/u, '')
          .split('\r\n')
          .slice(0, 3),
      ).toEqual(['Step,Count,Conversion %', 'Leads,3,', 'Customers,2,66.7']);
    });

    it('exports a report as an Excel workbook with the same rows as its CSV', async () => {
      const url = (format: string) =>
        `/api/v1/reports/sales/export?format=${format}&language=zh-CN&${MARCH}`;
      const xlsx = await exportedRows(use(), lead, url('xlsx'));
      const csv = await exportedRows(use(), lead, url('csv'));
      expect(xlsx[0]?.slice(0, 4)).toEqual(['层级', '名称', '部门', '成交金额（元）']);
      expect(xlsx.at(-1)?.slice(0, 5)).toEqual(['合计', '', '', '120000.00', '200000.00']);
      expect(xlsx).toEqual(csv);
    });
  });
});
