import { beforeAll, expect, it } from 'vitest';
import type { BuiltInMetricId } from '../../src/domain/metrics/catalog.js';
import { periodBounds } from '../../src/domain/time/period.js';
import { actorFor } from '../../src/modules/auth/auth.service.js';
import { commitImport } from '../../src/modules/imports/imports.service.js';
import { loadMetricCatalog } from '../../src/modules/appraisal/metric-catalog.service.js';
import { computeMetrics } from '../../src/modules/metrics/metric-engine.js';
import type { Actor } from '../../src/platform/policy/actor.js';
import { runQualityRules } from '../../src/modules/quality/quality-run.service.js';
import { call } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { TEST_NOW } from '../support/fixed-clock.js';
import { commitAndWait, csvFile, upload } from '../support/import-files.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { itKeepsSnapshotInputsInStep } from '../support/snapshot-invariants.js';

const ZONE = 'Asia/Shanghai';
const OCTOBER = periodBounds('month', '2026-10-01', ZONE);
const NOVEMBER = periodBounds('month', '2026-11-01', ZONE);

type ErrorOut = { row: number; column: string; code: string; params: Record<string, unknown> };
const located = (errors: ErrorOut[]) => errors.map((e) => [e.row, e.column, e.code]);

/**
 * Imports of deals, follow-ups and payments as other CRMs export them, and what they count for
 * (docs/METRICS.md, "Imported records"). The clock stands at 2026-11-18 10:00 Shanghai; the files
 * hold October 2026, so each metric below is worked out by hand from the rows.
 */
describeEngines('imports of deals, activities and payments', (use) => {
  let org: Org;
  let admin: string;
  let rep1: string;

  beforeAll(async () => {
    org = await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
  });

  const metric = async (id: BuiltInMetricId, period: typeof OCTOBER, userId: string) => {
    const values = await computeMetrics(
      use().db,
      period,
      ZONE,
      [{ metric: id, minSample: 1 }],
      [{ userId, joinedOn: '2025-01-01', leftOn: null }],
      await loadMetricCatalog(use().db),
    );
    return values.get(id)?.get(userId);
  };

  async function importFile(
    entity: string,
    rows: string[][],
    source: string,
  ): Promise<{
    id: string;
    dry: { valid: number; invalid: number; existing: number; errors: ErrorOut[] };
  }> {
    const { job } = await upload(use(), admin, entity, `${entity}.csv`, csvFile(rows), 201, source);
    expect(job.missingRequired).toEqual([]);
    const dry = await call(use(), admin, 'POST', `/api/v1/imports/${job.id}/dry-run`, 200);
    return { id: job.id, dry };
  }

  const contractNumbered = (number: string) =>
    use()
      .db.kysely.selectFrom('contracts')
      .selectAll()
      .where('number', '=', number)
      .executeTakeFirst();

  it('imports contracts and then their payments: payments link to contracts by number or the contracts’ ids, amounts read ¥, commas and 万; dry runs write nothing; importing again changes nothing', async () => {
    await importFile(
      'customer',
      [
        ['客户编号', '客户名称', '负责人'],
        ['K-1', '华东机械', 'rep1'],
        ['K-2', '南方电气', 'rep2'],
      ],
      'wukong',
    ).then(({ id }) => commitAndWait(use(), admin, id));

    const contracts = [
      ['合同ID', '合同编号', '合同名称', '客户名称', '合同金额', '签约日期', '负责人', '创建时间'],
      [
        'HT-1',
        'C-2026-001',
        '年度维保',
        'K-1',
        '¥120,000.00',
        '2026-10-02',
        'rep1',
        '2026-10-02 09:00',
      ],
      ['HT-2', 'C-2026-002', '设备采购', '南方电气', '1.5万', '2026/10/5', 'rep2', ''],
      ['HT-3', 'C-2026-001', '重复编号', '华东机械', '100', '2026-10-06', 'rep1', ''],
    ];
    const contractJob = await importFile('contract', contracts, 'wukong');
    expect(contractJob.dry).toMatchObject({ valid: 2, invalid: 1, existing: 0 });
    expect(located(contractJob.dry.errors)).toEqual([
      [4, '合同编号', 'import_contract_number_taken'],
    ]);
    expect(await contractNumbered('C-2026-001')).toBeUndefined();
    // One row a batch: the repeated number is then found taken in the database, not in the batch.
    const adminActor = (await actorFor(use().db, org.users.admin.id, 'session')) as Actor;
    expect(
      await commitImport(use().db, adminActor, contractJob.id, ZONE, { batchSize: 1 }),
    ).toMatchObject({ status: 'done', rowsCreated: 2, rowsFailed: 1, batchesDone: 3 });
    const commitErrors = await use()
      .db.kysely.selectFrom('importJobErrors')
      .select(['rowNumber', 'columnName', 'code'])
      .where('jobId', '=', contractJob.id)
      .where('phase', '=', 'commit')
      .execute();
    expect(commitErrors).toEqual([
      { rowNumber: 4, columnName: '合同编号', code: 'import_contract_number_taken' },
    ]);
    const first = await contractNumbered('C-2026-001');
    expect(first).toMatchObject({
      title: '年度维保',
      amountCents: 12_000_000,
      signedOn: '2026-10-02',
      ownerId: org.users.rep1.id,
      createdBy: null,
      createdAt: '2026-10-02T01:00:00.000Z',
    });
    expect((await contractNumbered('C-2026-002'))?.amountCents).toBe(1_500_000);

    const payments = [
      ['回款编号', '合同编号', '回款金额', '回款日期', '回款方式'],
      ['P-1', 'C-2026-001', '¥60,000', '2026-10-10', '银行转账'],
      ['P-2', 'HT-1', '6万', '2026-10-12', ''],
      ['P-3', 'C-2026-002', '5,000.50', '2026-10-15', ''],
      ['P-4', 'C-9999', '100', '2026-10-15', ''],
      ['P-5', 'C-2026-002', 'abc', '2026-10-15', ''],
    ];
    const paymentJob = await importFile('payment', payments, 'wukong');
    expect(paymentJob.dry).toMatchObject({ valid: 3, invalid: 2 });
    expect(located(paymentJob.dry.errors)).toEqual([
      [5, '合同编号', 'import_reference_unknown'],
      [6, '回款金额', 'import_amount_invalid'],
    ]);
    const paymentsOf = (contractId: string) =>
      use()
        .db.kysely.selectFrom('payments')
        .selectAll()
        .where('contractId', '=', contractId)
        .orderBy('receivedOn')
        .execute();
    expect(await paymentsOf(first?.id ?? '')).toEqual([]);
    expect(await commitAndWait(use(), admin, paymentJob.id)).toMatchObject({
      rowsCreated: 3,
      rowsFailed: 2,
    });

    const paid = await paymentsOf(first?.id ?? '');
    expect(paid.map((p) => [p.amountCents, p.receivedOn, p.method])).toEqual([
      [6_000_000, '2026-10-10', '银行转账'],
      [6_000_000, '2026-10-12', null],
    ]);
    expect(paid[0]).toMatchObject({
      createdBy: null,
      ownerId: org.users.rep1.id,
      importJobId: paymentJob.id,
    });
    // ¥60,000 + ¥60,000 reach the ¥120,000 contract on 12 October.
    expect(await contractNumbered('C-2026-001')).toMatchObject({
      paidCents: 12_000_000,
      fullyPaidOn: '2026-10-12',
    });
    expect((await contractNumbered('C-2026-002'))?.paidCents).toBe(500_050);

    // Both files again: every valid row is already there, nothing is written twice.
    const contractsAgain = await importFile('contract', contracts, 'wukong');
    expect(contractsAgain.dry).toMatchObject({ valid: 0, existing: 2, invalid: 1 });
    const paymentsAgain = await importFile('payment', payments, 'wukong');
    expect(paymentsAgain.dry).toMatchObject({ valid: 0, existing: 3, invalid: 2 });
    expect(await commitAndWait(use(), admin, paymentsAgain.id)).toMatchObject({
      rowsCreated: 0,
      rowsUnchanged: 3,
    });
    expect(await paymentsOf(first?.id ?? '')).toHaveLength(2);
    expect((await contractNumbered('C-2026-001'))?.paidCents).toBe(12_000_000);

    // What they count for, in October: rep1 signed ¥120,000 and collected it in 10 days (2 → 12
    // October); rep2 signed ¥15,000 and collected ¥5,000.50. Nobody recorded the payments, so they
    // are no timed events for anyone.
    expect(await metric('won_amount', OCTOBER, org.users.rep1.id)).toMatchObject({
      value: 12_000_000,
    });
    expect(await metric('payment_amount', OCTOBER, org.users.rep1.id)).toMatchObject({
      value: 12_000_000,
    });
    expect(await metric('collection_cycle_days', OCTOBER, org.users.rep1.id)).toMatchObject({
      value: 10,
    });
    expect(await metric('payment_amount', OCTOBER, org.users.rep2.id)).toMatchObject({
      value: 500_050,
    });
    for (const user of [org.users.admin.id, org.users.rep1.id, org.users.rep2.id])
      expect(await metric('update_timeliness', NOVEMBER, user)).toMatchObject({ denominator: 0 });
  });

  it('imports a year of follow-ups without making anyone late, a backfiller or a burst: only thin ones are invalid; errors name row and column', async () => {
    await importFile(
      'customer',
      [
        ['客户名称', '负责人'],
        ['东方纺织', 'rep1'],
      ],
      'act',
    ).then(({ id }) => commitAndWait(use(), admin, id));
    const customer = await use()
      .db.kysely.selectFrom('customers')
      .selectAll()
      .where('name', '=', '东方纺织')
      .executeTakeFirstOrThrow();

    // rep1 records one call in Yardstick an hour after it happened: timely.
    const hourAgo = new Date(Date.parse(TEST_NOW) - 3_600_000).toISOString();
    await call(use(), rep1, 'POST', '/api/v1/activities', 201, {
      type: 'call',
      recordType: 'customer',
      recordId: customer.id,
      content: '电话沟通了新一年的维保需求和预算',
      occurredAt: hourAgo,
    });

    const rows = [['客户名称', '跟进方式', '跟进内容', '跟进时间', '跟进人']];
    // Nine calls on 3, 6, … 27 October, a visit on the 28th repeating the ninth call's words,
    // and a thin note-like call on the 29th: eleven activities of rep1's, all imported at once.
    for (let i = 1; i <= 9; i++)
      rows.push([
        '东方纺织',
        '电话',
        `第${i}次电话回访，确认设备运行情况`,
        `2026-10-${String(i * 3).padStart(2, '0')} 10:00`,
        'rep1',
      ]);
    rows.push([
      '东方纺织',
      '上门拜访',
      '第9次电话回访，确认设备运行情况',
      '2026-10-28 15:00',
      'rep1',
    ]);
    rows.push(['东方纺织', '电话', '电话', '2026-10-29 10:00', 'rep1@example.com']);
    rows.push(['不存在的公司', '电话', '打电话确认了下季度的订单', '2026-10-30 10:00', 'rep1']);
    rows.push(['东方纺织', '电话', '打电话确认了下季度的订单', '2027-01-01 10:00', 'rep1']);
    rows.push(['东方纺织', '微信', '微信发送了新的报价单给采购部', '2026-10-31 10:00', '']);

    const job = await importFile('activity', rows, 'act');
    expect(job.dry).toMatchObject({ valid: 11, invalid: 3, existing: 0 });
    expect(located(job.dry.errors)).toEqual([
      [13, '客户名称', 'import_reference_unknown'],
      [14, '跟进时间', 'import_date_in_future'],
      [15, '跟进人', 'import_required_missing'],
    ]);
    const importedOn = () =>
      use()
        .db.kysely.selectFrom('activities')
        .selectAll()
        .where('customerId', '=', customer.id)
        .where('importJobId', 'is not', null)
        .orderBy('occurredAt')
        .execute();
    expect(await importedOn()).toEqual([]);
    expect(await commitAndWait(use(), admin, job.id)).toMatchObject({
      rowsCreated: 11,
      rowsFailed: 3,
    });

    const imported = await importedOn();
    expect(imported).toHaveLength(11);
    expect(new Set(imported.map((a) => a.actorId))).toEqual(new Set([org.users.rep1.id]));
    expect(imported.map((a) => a.type).slice(8)).toEqual(['call', 'visit', 'call']);
    expect(imported.map((a) => a.valid)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(imported[0]).toMatchObject({
      occurredAt: '2026-10-03T02:00:00.000Z',
      ownerId: org.users.rep1.id,
      importJobId: job.id,
    });

    // The bulk run of the rules over November (when they were recorded) agrees with the import.
    await runQualityRules(use().db, NOVEMBER, ZONE);
    const flags = await use()
      .db.kysely.selectFrom('qualityFlags')
      .select(['rule', 'recordId'])
      .where('entity', '=', 'activity')
      .where(
        'recordId',
        'in',
        imported.map((a) => a.id),
      )
      .where('status', '=', 'open')
      .execute();
    expect(flags).toEqual([{ rule: 'Q3', recordId: imported[10]?.id }]);

    // rep1 corrects an imported call's words: it stays what it was, not late and no backfill.
    await call(use(), rep1, 'PATCH', `/api/v1/activities/${imported[0]?.id}`, 200, {
      content: '第1次电话回访，确认设备运行情况，客户要求下月上门保养',
    });
    const edited = await use()
      .db.kysely.selectFrom('activities')
      .select(['timely', 'valid'])
      .where('id', '=', imported[0]?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(edited).toEqual({ timely: 1, valid: 1 });
    const editedFlags = await use()
      .db.kysely.selectFrom('qualityFlags')
      .select('rule')
      .where('recordId', '=', imported[0]?.id ?? '')
      .execute();
    expect(editedFlags).toEqual([]);

    // The customer's last follow-up is still rep1's call of this morning, later than any imported.
    const followed = await use()
      .db.kysely.selectFrom('customers')
      .select('lastFollowUpAt')
      .where('id', '=', customer.id)
      .executeTakeFirstOrThrow();
    expect(followed.lastFollowUpAt).toBe(hourAgo);

    // November: rep1 recorded one timed event (the call, timely); the import recorded none.
    expect(await metric('update_timeliness', NOVEMBER, org.users.rep1.id)).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 1,
    });
    // Nor did rep1 create any flagged record: the thin call's Q3 flag is on an imported activity.
    expect(await metric('data_flag_rate', NOVEMBER, org.users.rep1.id)).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
    // October: ten valid contact activities (nine calls and the visit; the thin call is invalid)
    // over 31 days = 31/7 working weeks → 70/31 a week.
    const frequency = await metric('activity_frequency', OCTOBER, org.users.rep1.id);
    expect(frequency?.numerator).toBe(10);
    expect(frequency?.value).toBeCloseTo(70 / 31, 9);

    const again = await importFile('activity', rows, 'act');
    expect(again.dry).toMatchObject({ valid: 0, existing: 11, invalid: 3 });
    expect(await commitAndWait(use(), admin, again.id)).toMatchObject({
      rowsCreated: 0,
      rowsUnchanged: 11,
    });
    expect(await importedOn()).toHaveLength(11);
  });

  it('imports opportunities in the stages they are in: won and lost ones closed on their close day count for their owner’s win rate and deal cycle', async () => {
    const timedBefore = await metric('update_timeliness', NOVEMBER, org.users.rep1.id);
    await importFile(
      'customer',
      [
        ['客户名称', '负责人'],
        ['北辰医疗', 'rep1'],
      ],
      'opp',
    ).then(({ id }) => commitAndWait(use(), admin, id));
    const rows = [
      ['商机名称', '客户名称', '商机金额', '商机阶段', '成交日期', '负责人', '创建时间'],
      ['影像系统升级', '北辰医疗', '80万', '方案报价', '', 'rep1', '2026-09-01 09:00'],
      ['耗材年框', '北辰医疗', '¥200,000', '赢单', '2026-10-20', 'rep1', '2026-09-20 10:00'],
      ['信息化咨询', '北辰医疗', '50,000', 'Lost', '2026-10-25', 'rep1', '2026-10-01 10:00'],
      ['无成交日', '北辰医疗', '1000', '赢单', '', 'rep1', '2026-10-01 10:00'],
      ['无创建时间', '北辰医疗', '1000', '赢单', '2026-10-20', 'rep1', ''],
      ['先成交后创建', '北辰医疗', '1000', '输单', '2026-10-20', 'rep1', '2026-10-21 10:00'],
      ['未知阶段', '北辰医疗', '1000', '签约中', '', 'rep1', ''],
    ];
    const job = await importFile('opportunity', rows, 'opp');
    expect(job.dry).toMatchObject({ valid: 3, invalid: 4 });
    expect(located(job.dry.errors)).toEqual([
      [5, '成交日期', 'import_close_day_missing'],
      [6, '创建时间', 'import_required_missing'],
      [7, '创建时间', 'import_closed_before_created'],
      [8, '商机阶段', 'import_reference_unknown'],
    ]);
    expect(await commitAndWait(use(), admin, job.id)).toMatchObject({
      rowsCreated: 3,
      rowsFailed: 4,
    });
    const deals = await use()
      .db.kysely.selectFrom('opportunities')
      .selectAll()
      .where('name', 'in', ['影像系统升级', '耗材年框', '信息化咨询'])
      .orderBy('createdAt')
      .execute();
    expect(deals.map((d) => [d.name, d.status, d.amountCents, d.closedAt, d.createdBy])).toEqual([
      ['影像系统升级', 'open', 80_000_000, null, null],
      ['耗材年框', 'won', 20_000_000, '2026-10-19T16:00:00.000Z', null],
      ['信息化咨询', 'lost', 5_000_000, '2026-10-24T16:00:00.000Z', null],
    ]);
    const changes = await use()
      .db.kysely.selectFrom('stageChanges')
      .selectAll()
      .where(
        'opportunityId',
        'in',
        deals.map((d) => d.id),
      )
      .execute();
    expect(changes.every((c) => c.actorId === null)).toBe(true);

    // October for rep1: one won, one lost → 50 %; the won one ran from 20 September 10:00 to
    // 20 October 00:00 (Shanghai) = 29 days 14 hours = 29.58… days.
    expect(await metric('win_rate', OCTOBER, org.users.rep1.id)).toMatchObject({
      value: 0.5,
      numerator: 1,
      denominator: 2,
    });
    expect((await metric('avg_deal_cycle_days', OCTOBER, org.users.rep1.id))?.value).toBeCloseTo(
      29 + 14 / 24,
      9,
    );
    // Stage changes recorded by nobody are no timed events.
    expect(await metric('update_timeliness', NOVEMBER, org.users.rep1.id)).toEqual(timedBefore);
  });

  itKeepsSnapshotInputsInStep(use);
});
