import { beforeAll, describe, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import {
  insertActivity,
  insertCustomer,
  insertOpportunity,
  insertQualityFlag,
  insertStage,
} from '../support/metric-fixtures.js';
import { addUser, insertFeedback, insertTicket } from '../support/metric-result-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

/**
 * March 2026 in Shanghai, seen by `lead` (manager of rep1 and rep2, Sales East) and by an
 * executive who sees everyone. rep3 (Sales) is outside the lead's scope and has a record of
 * every kind, so a figure that counted it for the lead would show. Every number is computed by
 * hand in the comments.
 */
const MARCH = 'from=2026-03-01&to=2026-03-31';
const at = (day: string, time = '02:00') => `${day}T${time}:00.000Z`;

describeEngines('reports: CRM adoption, win/loss and service', (use) => {
  let org: Org;
  let lead: string, exec: string;
  const opp: Record<string, string> = {};
  const ticket: Record<string, string> = {};
  const feedback: Record<string, string> = {};

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
    const open = await insertStage(db, 'open');
    const wonStage = await insertStage(db, 'won');
    const lostStage = await insertStage(db, 'lost');
    const { rep1, rep2, rep3 } = org.users;

    // Customers: key fields filled (name, phone, industry, source, requirement, region, level):
    // cA 3 of 7 (name, source, industry), cB 2 of 7 (name, source; created in March, with an
    // open Q1 flag), cC (rep3) 3 of 7.
    const cA = await insertCustomer(db, {
      owners: [{ ownerId: rep1.id, from: '2025-01-01' }],
      fields: { source: 'web', industry: 'retail' },
    });
    const cB = await insertCustomer(db, {
      owners: [{ ownerId: rep2.id, from: at('2026-03-04') }],
      fields: { source: 'fair' },
    });
    const cC = await insertCustomer(db, {
      owners: [{ ownerId: rep3.id, from: '2025-01-01' }],
      fields: { source: 'web', industry: 'retail' },
    });
    await insertQualityFlag(db, {
      rule: 'Q1',
      entity: 'customer',
      recordId: cB,
      field: 'requirement',
      userId: rep2.id,
      status: 'open',
    });

    // Opportunities closed in March: w1 won (rep1, price), l1 and l2 lost (budget) in scope;
    // w2 won in February; l3 lost by rep3; o1 still open. Each closing change is recorded on time
    // by the owner (a timed event for update_timeliness).
    const deal = async (
      key: string,
      ownerId: string,
      customerId: string,
      amountCents: number,
      close: { kind: 'won' | 'lost' | 'open'; day: string; reason: string },
    ) => {
      const changes: Parameters<typeof insertOpportunity>[1]['changes'] = [
        { stageId: open, status: 'open', effectiveAt: at('2026-02-10') },
      ];
      if (close.kind !== 'open')
        changes.push({
          stageId: close.kind === 'won' ? wonStage : lostStage,
          status: close.kind,
          effectiveAt: at(close.day),
        });
      opp[key] = await insertOpportunity(db, {
        customerId,
        ownerId,
        createdAt: at('2026-02-10'),
        amountCents,
        changes,
      });
      if (close.kind !== 'open')
        await db.kysely
          .updateTable('opportunities')
          .set({ closeReason: close.reason })
          .where('id', '=', opp[key] as string)
          .execute();
    };
    await deal('w1', rep1.id, cA, 100_000, { kind: 'won', day: '2026-03-10', reason: 'price' });
    await deal('l1', rep1.id, cA, 300_000, { kind: 'lost', day: '2026-03-12', reason: 'budget' });
    await deal('l2', rep2.id, cB, 200_000, { kind: 'lost', day: '2026-03-20', reason: 'budget' });
    await deal('w2', rep2.id, cB, 50_000, { kind: 'won', day: '2026-02-25', reason: 'price' });
    await deal('l3', rep3.id, cC, 700_000, { kind: 'lost', day: '2026-03-15', reason: 'budget' });
    await deal('o1', rep1.id, cA, 900_000, { kind: 'open', day: '', reason: '' });

    // Activities of rep1: a1 call on time (3 March), a2 visit recorded 4 days late (10 March,
    // a cleared Q6 flag), a3 a note on time (not a contact), a4 an invalid call with an open Q3
    // flag. rep3 calls once. The lead records nothing.
    const customerRecord = { type: 'customer' as const, id: cA, customerId: cA };
    await insertActivity(db, {
      actorId: rep1.id,
      occurredAt: at('2026-03-03'),
      record: customerRecord,
    });
    const a2 = await insertActivity(db, {
      actorId: rep1.id,
      type: 'visit',
      occurredAt: at('2026-03-10'),
      recordedAt: at('2026-03-14'),
      record: customerRecord,
    });
    await insertActivity(db, {
      actorId: rep1.id,
      type: 'note',
      occurredAt: at('2026-03-11'),
      record: customerRecord,
    });
    const a4 = await insertActivity(db, {
      actorId: rep1.id,
      occurredAt: at('2026-03-12'),
      valid: false,
      content: 'ok',
      record: customerRecord,
    });
    await insertQualityFlag(db, {
      rule: 'Q6',
      entity: 'activity',
      recordId: a2,
      userId: rep1.id,
      status: 'cleared',
    });
    await insertQualityFlag(db, {
      rule: 'Q3',
      entity: 'activity',
      recordId: a4,
      userId: rep1.id,
      status: 'open',
    });
    await insertActivity(db, {
      actorId: rep3.id,
      occurredAt: at('2026-03-05'),
      record: { type: 'customer', id: cC, customerId: cC },
    });

    // Tickets. rep1: t1 30 min to respond, resolved in 24 h, rated 5; t2 90 min, 6 h, rated 2.
    // rep2: t3 60 min, open; t4 created in February, resolved 1 March after 48 h, rated 4; t7 no
    // response by the end of March: 12:00 → 24:00 Shanghai = 720 min. rep3: t5 10 min, 24 h,
    // rated 1. t6 (rep1) deleted.
    const t = async (key: string, fixture: Parameters<typeof insertTicket>[1]) => {
      ticket[key] = await insertTicket(db, fixture);
    };
    await t('t1', {
      assigneeId: rep1.id,
      createdAt: at('2026-03-02'),
      firstResponseAt: at('2026-03-02', '02:30'),
      resolvedAt: at('2026-03-03'),
      rating: 5,
    });
    await t('t2', {
      assigneeId: rep1.id,
      createdAt: at('2026-03-05'),
      firstResponseAt: at('2026-03-05', '03:30'),
      resolvedAt: at('2026-03-05', '08:00'),
      rating: 2,
    });
    await t('t3', {
      assigneeId: rep2.id,
      createdAt: at('2026-03-10'),
      firstResponseAt: at('2026-03-10', '03:00'),
    });
    await t('t4', {
      assigneeId: rep2.id,
      createdAt: at('2026-02-27'),
      firstResponseAt: at('2026-02-27', '03:00'),
      resolvedAt: at('2026-03-01'),
      rating: 4,
    });
    await t('t5', {
      assigneeId: rep3.id,
      createdAt: at('2026-03-03'),
      firstResponseAt: at('2026-03-03', '02:10'),
      resolvedAt: at('2026-03-04'),
      rating: 1,
    });
    await t('t6', {
      assigneeId: rep1.id,
      createdAt: at('2026-03-06'),
      firstResponseAt: at('2026-03-06', '02:05'),
      deleted: true,
    });
    await t('t7', { assigneeId: rep2.id, createdAt: at('2026-03-31', '04:00') });

    // Feedback: f1 (rep1) adopted 8 March; f2 (rep1) adopted in February; f3 (rep2) rejected;
    // f4 (rep3) adopted 9 March.
    const f = async (key: string, fixture: Parameters<typeof insertFeedback>[1]) => {
      feedback[key] = await insertFeedback(db, fixture);
    };
    const decider = org.users.admin.id;
    await f('f1', {
      reporterId: rep1.id,
      createdAt: at('2026-03-01'),
      status: 'adopted',
      decidedBy: decider,
      decidedAt: at('2026-03-08'),
    });
    await f('f2', {
      reporterId: rep1.id,
      createdAt: at('2026-02-01'),
      status: 'adopted',
      decidedBy: decider,
      decidedAt: at('2026-02-20'),
    });
    await f('f3', {
      reporterId: rep2.id,
      createdAt: at('2026-03-01'),
      status: 'rejected',
      decidedBy: decider,
      decidedAt: at('2026-03-09'),
    });
    await f('f4', {
      reporterId: rep3.id,
      createdAt: at('2026-03-01'),
      status: 'adopted',
      decidedBy: decider,
      decidedAt: at('2026-03-09'),
    });

    lead = await use().login('lead@example.com', PASSWORD);
    exec = await use().login('exec@example.com', PASSWORD);
  });

  describe('CRM adoption by team', () => {
    it("adds up the lead's team's metrics for March, without rep3", async () => {
      const report = await get(`/api/v1/reports/adoption?${MARCH}`, lead);
      expect(report.bucket).toBe('month');
      expect(report.buckets).toEqual([{ from: '2026-03-01', to: '2026-03-31' }]);
      const east = {
        departmentId: org.departments.east.id,
        departmentName: 'Sales East',
        from: '2026-03-01',
        to: '2026-03-31',
        // lead, rep1, rep2; the lead recorded and created nothing.
        members: 3,
        activeUsers: 2,
        // (3 + 2) / (2 × 7)
        completeness: { numerator: 5, denominator: 14, value: 5 / 14 },
        // rep1: a1, a3 and two closing changes on time, a2 late (a4 invalid); rep2: l2's change.
        timeliness: { numerator: 5, denominator: 6, value: 5 / 6 },
        // a1 and a2 (a3 is a note, a4 invalid).
        activities: 2,
        // a4 and cB carry an open flag, of rep1's four activities and rep2's customer.
        flags: { numerator: 2, denominator: 5, value: 2 / 5 },
      };
      expect(report.teams).toEqual([east]);
      expect(report.total).toEqual([{ ...east, departmentId: null, departmentName: null }]);
    });

    it('splits the period into Monday-to-Sunday weeks', async () => {
      const report = await get(`/api/v1/reports/adoption?${MARCH}&bucket=week`, lead);
      expect(report.buckets.map((b: { from: string }) => b.from)).toEqual([
        '2026-03-01',
        '2026-03-02',
        '2026-03-09',
        '2026-03-16',
        '2026-03-23',
        '2026-03-30',
      ]);
      // a1 occurred in the week of 2 March, a2 in that of 9 March.
      expect(report.teams.map((row: { activities: number }) => row.activities)).toEqual([
        0, 1, 1, 0, 0, 0,
      ]);
    });

    it('shows rep3 in the Sales team to the executive', async () => {
      const report = await get(`/api/v1/reports/adoption?${MARCH}`, exec);
      const sales = report.teams.find(
        (row: { departmentId: string }) => row.departmentId === org.departments.sales.id,
      );
      // director and rep3; rep3 called once and lost l3 on time; cC 3 of 7.
      expect(sales).toMatchObject({
        members: 2,
        activeUsers: 1,
        activities: 1,
        timeliness: { numerator: 2, denominator: 2 },
        completeness: { numerator: 3, denominator: 7 },
      });
    });
  });

  describe('win/loss', () => {
    it('groups the deals closed in March by reason, source, industry and person, in scope', async () => {
      const report = await get(`/api/v1/reports/win-loss?${MARCH}`, lead);
      const figures = (rows: Record<string, unknown>[]) =>
        rows.map((r) => [r.key, r.wonCount, r.wonCents, r.lostCount, r.lostCents]);
      expect(figures(report.byReason)).toEqual([
        ['budget', 0, 0, 2, 500_000],
        ['price', 1, 100_000, 0, 0],
      ]);
      expect(figures(report.bySource)).toEqual([
        ['web', 1, 100_000, 1, 300_000],
        ['fair', 0, 0, 1, 200_000],
      ]);
      expect(figures(report.byIndustry)).toEqual([
        ['retail', 1, 100_000, 1, 300_000],
        [null, 0, 0, 1, 200_000],
      ]);
      expect(report.byIndustry[1].drills).toBeNull();
      expect(figures(report.byPerson)).toEqual([
        [org.users.rep1.id, 1, 100_000, 1, 300_000],
        [org.users.rep2.id, 0, 0, 1, 200_000],
      ]);
      expect(report.total).toMatchObject({ wonCount: 1, lostCount: 2, lostCents: 500_000 });
      expect(report.total.winRate).toBeCloseTo(1 / 3, 10);
      expect(report.bySource[0].winRate).toBe(0.5);
    });

    it('opens exactly the opportunities behind a figure', async () => {
      const report = await get(`/api/v1/reports/win-loss?${MARCH}`, lead);
      expect(report.byReason[0].drills.lost).toEqual({
        entity: 'opportunity',
        filter: {
          closeReason: 'budget',
          closedFrom: '2026-03-01',
          closedTo: '2026-03-31',
          status: 'lost',
        },
      });
      expect(await ids('opportunities', report.byReason[0].drills.lost.filter, lead)).toEqual(
        [opp.l1, opp.l2].sort(),
      );
      expect(await ids('opportunities', report.bySource[0].drills.won.filter, lead)).toEqual([
        opp.w1,
      ]);
      expect(await ids('opportunities', report.byIndustry[0].drills.lost.filter, lead)).toEqual([
        opp.l1,
      ]);
    });

    it("counts rep3's lost deal for the executive", async () => {
      const report = await get(`/api/v1/reports/win-loss?${MARCH}`, exec);
      expect(report.byReason[0]).toMatchObject({
        key: 'budget',
        lostCount: 3,
        lostCents: 1_200_000,
      });
      expect(report.total.winRate).toBe(0.25);
    });
  });

  describe('service', () => {
    it('gives first response, resolution, CSAT and adopted feedback per agent and team', async () => {
      const report = await get(`/api/v1/reports/service?${MARCH}`, lead);
      const row = (r: Record<string, unknown>) => [
        r.id,
        r.tickets,
        r.firstResponseMinutes,
        r.resolved,
        r.resolutionHours,
        r.csat,
        r.feedbackAdopted,
      ];
      expect(report.agents.map(row)).toEqual([
        // 30, 90 → 60; 24, 6 h → 15; rated 5 and 2.
        [org.users.rep1.id, 2, 60, 2, 15, { numerator: 1, denominator: 2, value: 0.5 }, 1],
        // 60, 720 → 390; t4 48 h; rated 4.
        [org.users.rep2.id, 2, 390, 1, 48, { numerator: 1, denominator: 1, value: 1 }, 0],
      ]);
      // 30, 60, 90, 720 → 75; 6, 24, 48 → 24; 2 of 3 rated 4 or 5.
      const team = [
        org.departments.east.id,
        4,
        75,
        3,
        24,
        { numerator: 2, denominator: 3, value: 2 / 3 },
        1,
      ];
      expect(report.teams.map(row)).toEqual([team]);
      expect(row(report.total)).toEqual([null, ...team.slice(1)]);
    });

    it('opens the tickets and the feedback behind the figures', async () => {
      const report = await get(`/api/v1/reports/service?${MARCH}`, lead);
      const [rep1] = report.agents;
      expect(await ids('tickets', rep1.drills.tickets.filter, lead)).toEqual(
        [ticket.t1, ticket.t2].sort(),
      );
      expect(rep1.drills.rated.filter).toMatchObject({
        assigneeId: org.users.rep1.id,
        rated: 'true',
      });
      expect(await ids('tickets', rep1.drills.rated.filter, lead)).toEqual(
        [ticket.t1, ticket.t2].sort(),
      );
      expect(await ids('tickets', report.teams[0].drills.resolved.filter, lead)).toEqual(
        [ticket.t1, ticket.t2, ticket.t4].sort(),
      );
      expect(await ids('feedback', rep1.drills.adopted.filter, lead)).toEqual([feedback.f1]);
    });

    it("adds rep3's tickets and feedback for the executive", async () => {
      const report = await get(`/api/v1/reports/service?${MARCH}`, exec);
      // 10, 30, 60, 90, 720 → 60; 6, 24, 24, 48 → 24; 2 of 4; f1 and f4.
      expect(report.total).toMatchObject({
        tickets: 5,
        firstResponseMinutes: 60,
        resolved: 4,
        resolutionHours: 24,
        csat: { numerator: 2, denominator: 4 },
        feedbackAdopted: 2,
      });
    });
  });

  it("puts the win/loss and service totals in the lead's cockpit", async () => {
    const cockpit = await get(`/api/v1/reports/cockpit?${MARCH}`, lead);
    expect(cockpit.winLoss).toMatchObject({ wonCount: 1, lostCount: 2, lostCents: 500_000 });
    expect(cockpit.service).toMatchObject({
      tickets: 4,
      firstResponseMinutes: 75,
      csat: { numerator: 2, denominator: 3 },
    });
  });

  it('counts as a report view and exports CSV in the reader’s language', async () => {
    const en = await use().request({
      method: 'GET',
      url: `/api/v1/reports/win-loss/export?format=csv&${MARCH}`,
      as: lead,
      headers: { 'accept-language': 'en' },
    });
    expect(en.statusCode).toBe(200);
    const lines = en.body
      .replace(/^\ufeff/u, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Group,Value,Won,Won amount (¥),Lost,Lost amount (¥),Win rate %');
    expect(lines[1]).toBe('Close reason,budget,0,0.00,2,5000.00,0.0');
    expect(lines.at(-1)).toBe('Total,,1,1000.00,2,5000.00,33.3');
    const zh = await use().request({
      method: 'GET',
      url: `/api/v1/reports/service/export?format=csv&${MARCH}`,
      as: lead,
      headers: { 'accept-language': 'zh-CN' },
    });
    const zhLines = zh.body
      .replace(/^\ufeff/u, '')
      .trim()
      .split('\r\n');
    expect(zhLines.at(-1)).toBe('合计,,,4,75.0,3,24.0,3,66.7,1');
    const adoption = await use().request({
      method: 'GET',
      url: `/api/v1/reports/adoption/export?format=csv&language=en&${MARCH}`,
      as: lead,
    });
    expect(
      adoption.body
        .replace(/^\ufeff/u, '')
        .trim()
        .split('\r\n')[1],
    ).toBe('Sales East,2026-03-01,2026-03-31,3,2,35.7,83.3,2,2,40.0');
    await use().app.usage.flush();
    const views = await use()
      .db.kysely.selectFrom('usageEvents')
      .select(['recordId'])
      .where('userId', '=', org.users.lead.id)
      .where('kind', '=', 'report_view')
      .execute();
    expect(new Set(views.map((v) => v.recordId))).toEqual(
      new Set(['adoption', 'win-loss', 'service', 'cockpit']),
    );
  });
});
