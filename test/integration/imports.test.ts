import { beforeAll, expect, it } from 'vitest';
import { commitImport, dryRun } from '../../src/modules/imports/imports.service.js';
import { actorFor } from '../../src/modules/auth/auth.service.js';
import type { Actor } from '../../src/platform/policy/actor.js';
import { call } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { commitAndWait, csvFile, upload, xlsxFile } from '../support/import-files.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { openRules } from '../support/quality-fixture.js';
import { itKeepsSnapshotInputsInStep } from '../support/snapshot-invariants.js';

/** A customer export as a Chinese CRM writes it: title and notice rows, * markers, a totals line. */
const CHINESE_CUSTOMERS = [
  ['客户列表（导出于 2026-06-30）', '', '', '', '', '', ''],
  ['说明：带*的列为必填', '', '', '', '', '', ''],
  ['*客户名称', '手机(*)', '客户行业', '客户级别', '负责人', '创建时间', '下次联系时间'],
  [
    '星河科技有限公司',
    '138 0013 8000',
    '软件',
    'A（重点客户）',
    'rep1',
    '2024/3/5 14:30',
    '2026-12-01 10:00',
  ],
  ['远山贸易', '11111111111', '贸易', 'B', 'rep2@example.com', '2024年3月6日', ''],
  ['青松物流', '13900139000', '物流', 'C', '', '2025-01-02', ''],
  ['合计', '', '', '', '', '', ''],
  ['本文件含商业机密，请勿外传', '', '', '', '', '', ''],
];

type Job = {
  id: string;
  status: string;
  rowsCreated: number;
  rowsUnchanged: number;
  rowsFailed: number;
};

describeEngines('imports', (use) => {
  let org: Org;
  let admin: string;
  let lead: string;
  let rep1: string;
  let adminActor: Actor;

  beforeAll(async () => {
    org = await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    adminActor = (await actorFor(use().db, org.users.admin.id, 'session')) as Actor;
  });

  async function customersNamed(name: string) {
    const list = await call(
      use(),
      admin,
      'GET',
      `/api/v1/customers?q=${encodeURIComponent(name)}&pageSize=50`,
      200,
    );
    return list.items.filter((c: { name: string }) => c.name === name);
  }

  it('imports a Chinese export: header under a title, totals skipped, choices, dates and owners read; a dry run writes nothing; importing it again changes nothing', async () => {
    const file = csvFile(CHINESE_CUSTOMERS);
    const { job, sample } = await upload(use(), lead, 'customer', '客户.csv', file, 201, 'wukong');
    expect(job.headerRow).toBe(3);
    expect(job.mapping).toEqual([
      'name',
      'phone',
      'industry',
      'level',
      'owner',
      'createdAt',
      'nextContactAt',
    ]);
    expect(job.missingRequired).toEqual([]);
    expect(sample[0][0]).toBe('星河科技有限公司');

    const dry = await call(use(), lead, 'POST', `/api/v1/imports/${job.id}/dry-run`, 200);
    expect(dry).toMatchObject({
      rows: 3,
      valid: 3,
      invalid: 0,
      skipped: 2,
      existing: 0,
      errors: [],
    });
    expect(await customersNamed('星河科技有限公司')).toEqual([]);

    const done: Job = await commitAndWait(use(), lead, job.id);
    expect(done).toMatchObject({ status: 'done', rowsCreated: 3, rowsUnchanged: 0, rowsFailed: 0 });

    const [xinghe] = await customersNamed('星河科技有限公司');
    expect(xinghe).toMatchObject({
      level: 'A',
      industry: '软件',
      ownerId: org.users.rep1.id,
      createdAt: '2024-03-05T06:30:00.000Z',
      createdBy: null,
    });
    const [yuanshan] = await customersNamed('远山贸易');
    expect(yuanshan).toMatchObject({
      level: 'B',
      ownerId: org.users.rep2.id,
      phone: '11111111111',
    });
    // The legacy placeholder phone is imported and flagged (Q1), not dropped.
    expect(await openRules(use(), admin, yuanshan.id)).toEqual(['Q1:phone']);
    const [qingsong] = await customersNamed('青松物流');
    expect(qingsong.ownerId).toBe(org.users.lead.id); // no owner given: the importer

    const again = await upload(use(), lead, 'customer', '客户.csv', file, 201, 'wukong');
    const dryAgain = await call(
      use(),
      lead,
      'POST',
      `/api/v1/imports/${again.job.id}/dry-run`,
      200,
    );
    expect(dryAgain).toMatchObject({ valid: 0, existing: 3 });
    const second: Job = await commitAndWait(use(), lead, again.job.id);
    expect(second).toMatchObject({ status: 'done', rowsCreated: 0, rowsUnchanged: 3 });
    expect(await customersNamed('星河科技有限公司')).toHaveLength(1);
  });

  it('reports errors by row and column in the user’s language, and imports the corrected rows on a retry', async () => {
    const rows = [
      ['Account Name', 'Phone', 'Rating', 'Owner', 'Created Date'],
      ['Bright Harbor Ltd', '+44 20 7946 0000', 'Hot', 'rep1', '3/5/2024'],
      ['Cold Lake Inc', '1.38001E+10', 'Z (unknown)', 'nobody', '2024-02-30'],
      ['', '13700137000', 'C', 'rep1', '2024-01-01'],
      ['Totals', '', '', '', ''],
    ];
    const { job } = await upload(use(), lead, 'customer', 'accounts.csv', csvFile(rows));
    expect(job.mapping).toEqual(['name', 'phone', 'level', 'owner', 'createdAt']);
    const dry = await use().request({
      method: 'POST',
      url: `/api/v1/imports/${job.id}/dry-run`,
      as: lead,
      headers: { 'accept-language': 'zh-CN' },
    });
    const body = dry.json();
    expect(body).toMatchObject({ rows: 3, valid: 1, invalid: 2, skipped: 1 });
    expect(
      body.errors.map((e: { row: number; column: string; code: string }) => [
        e.row,
        e.column,
        e.code,
      ]),
    ).toEqual([
      [3, 'Phone', 'import_phone_scientific'],
      [3, 'Rating', 'import_choice_unknown'],
      [3, 'Owner', 'import_owner_unknown'],
      [3, 'Created Date', 'import_date_invalid'],
      [4, 'Account Name', 'import_required_missing'],
    ]);
    expect(body.errors[2].message).toBe('找不到名为「nobody」的在职用户（按姓名、邮箱或手机匹配）');
    expect(body.errors[1].params).toEqual({ value: 'Z (unknown)', allowed: 'A, B, C' });

    const report = await use().request({
      method: 'GET',
      url: `/api/v1/imports/${job.id}/errors.csv`,
      as: lead,
      headers: { 'accept-language': 'en' },
    });
    expect(report.statusCode).toBe(200);
    const lines = report.body
      .replace(/^\ufeff/u, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Row,Column,Error,Code');
    expect(lines[1]).toBe(
      '3,Phone,"""1.38001E+10"" was turned into scientific notation by a spreadsheet; its digits are lost",import_phone_scientific',
    );
    expect(lines).toHaveLength(6);
    // The web app asks for the report in its own language, whatever the browser's.
    const chinese = await use().request({
      method: 'GET',
      url: `/api/v1/imports/${job.id}/errors.csv?language=zh-CN`,
      as: lead,
      headers: { 'accept-language': 'en' },
    });
    expect(chinese.body.replace(/^\ufeff/u, '').split('\r\n')[0]).toBe('行号,列,错误,错误代码');

    const first: Job = await commitAndWait(use(), lead, job.id);
    expect(first).toMatchObject({ rowsCreated: 1, rowsFailed: 2 });

    const fixed = rows.map((r) => [...r]);
    fixed[2] = ['Cold Lake Inc', '13800138001', 'C (cold)', 'rep1', '2024-02-28'];
    fixed[3] = ['Warm Field Co', '13700137000', 'C', 'rep1', '2024-01-01'];
    const retry = await upload(use(), lead, 'customer', 'accounts.csv', csvFile(fixed));
    const dryRetry = await call(
      use(),
      lead,
      'POST',
      `/api/v1/imports/${retry.job.id}/dry-run`,
      200,
    );
    expect(dryRetry).toMatchObject({ valid: 2, invalid: 0, existing: 1 });
    const second: Job = await commitAndWait(use(), lead, retry.job.id);
    expect(second).toMatchObject({ rowsCreated: 2, rowsUnchanged: 1, rowsFailed: 0 });
    expect(await customersNamed('Bright Harbor Ltd')).toHaveLength(1);
    expect((await customersNamed('Cold Lake Inc'))[0]).toMatchObject({
      level: 'C',
      createdAt: '2024-02-27T16:00:00.000Z',
    });
  });

  it('continues an import stopped half-way and ends with exactly one copy of each row', async () => {
    const rows = [['客户编号', '客户名称', '客户来源']];
    for (let i = 1; i <= 11; i++) rows.push([`R-${i}`, `续传客户${i}`, '展会']);
    const { job } = await upload(
      use(),
      admin,
      'customer',
      'resume.csv',
      csvFile(rows),
      201,
      'resume',
    );
    let batches = 0;
    await expect(
      commitImport(use().db, adminActor, job.id, 'Asia/Shanghai', {
        batchSize: 3,
        afterBatch: () => {
          batches += 1;
          if (batches === 2) throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    const stopped = await call(use(), admin, 'GET', `/api/v1/imports/${job.id}`, 200);
    expect(stopped).toMatchObject({ status: 'failed', rowsCreated: 6, rowsDone: 7 });

    const finished = await commitImport(use().db, adminActor, job.id, 'Asia/Shanghai', {
      batchSize: 3,
    });
    expect(finished).toMatchObject({ status: 'done', rowsCreated: 11, rowsUnchanged: 0 });
    for (let i = 1; i <= 11; i++) expect(await customersNamed(`续传客户${i}`)).toHaveLength(1);
  });

  it('reads an English XLSX with dates, numbers and a saved mapping, and imports contacts and leads', async () => {
    const customers = await xlsxFile([
      ['Accounts report', null],
      ['Company name', 'Mobile', 'Industry', 'Lead Source', 'Next contact', 'Short name'],
      ['Northwind Traders', 13600136000, 'Retail', 'Web', null, 'NW'],
      ['Contoso Pharma', 13500135000, 'Health', 'Referral', null, 'CP'],
    ]);
    const uploaded = await upload(
      use(),
      admin,
      'customer',
      'accounts.xlsx',
      customers,
      201,
      'hubspot',
    );
    expect(uploaded.job.mapping).toEqual([
      'name',
      'phone',
      'industry',
      'source',
      'nextContactAt',
      null,
    ]);
    const remapped = await use().request({
      method: 'PUT',
      url: `/api/v1/imports/${uploaded.job.id}/mapping`,
      as: admin,
      payload: { columns: { Industry: null, 'Short name': 'requirement' }, save: true },
    });
    expect(remapped.statusCode, remapped.body).toBe(200);
    const mapped = remapped.json();
    expect(mapped.mapping).toEqual([
      'name',
      'phone',
      null,
      'source',
      'nextContactAt',
      'requirement',
    ]);
    await commitAndWait(use(), admin, uploaded.job.id);
    const [northwind] = await customersNamed('Northwind Traders');
    expect(northwind).toMatchObject({
      phone: '13600136000',
      industry: null,
      requirement: 'NW',
      ownerId: org.users.admin.id,
    });

    // The next file of the same source finds the saved mapping.
    const next = await upload(
      use(),
      admin,
      'customer',
      'accounts-2.xlsx',
      customers,
      201,
      'hubspot',
    );
    expect(next.job.mapping).toEqual([
      'name',
      'phone',
      null,
      'source',
      'nextContactAt',
      'requirement',
    ]);

    const contacts = await xlsxFile([
      ['Account Name', 'Full Name', 'Title', 'Email', 'Primary', 'Created Date'],
      [
        'Northwind Traders',
        'Ann Lee',
        'CTO',
        'ann@northwind.example',
        'Yes',
        new Date(Date.UTC(2023, 4, 6, 9, 15)),
      ],
      ['Unknown Co', 'Bo Chen', 'CEO', 'bo@example.com', 'No', null],
    ]);
    const contactJob = (await upload(use(), admin, 'contact', 'contacts.xlsx', contacts)).job;
    const contactDry = await call(
      use(),
      admin,
      'POST',
      `/api/v1/imports/${contactJob.id}/dry-run`,
      200,
    );
    expect(
      contactDry.errors.map((e: { row: number; column: string; code: string }) => [
        e.row,
        e.column,
        e.code,
      ]),
    ).toEqual([[3, 'Account Name', 'import_reference_unknown']]);
    await commitAndWait(use(), admin, contactJob.id);
    const list = await call(
      use(),
      admin,
      'GET',
      `/api/v1/contacts?customerId=${northwind.id}`,
      200,
    );
    expect(list.items).toHaveLength(1);
    // Excel's wall-clock 09:15 is org time (Asia/Shanghai).
    expect(list.items[0]).toMatchObject({
      name: 'Ann Lee',
      isPrimary: true,
      createdAt: '2023-05-06T01:15:00.000Z',
    });

    const leads = csvFile([
      ['公司名称', '联系人', '手机', '线索状态', '负责人'],
      ['晨光文具', '周敏', '13300133000', '跟进中（已电话）', 'rep1'],
    ]);
    const leadJob = (await upload(use(), admin, 'lead', '线索.csv', leads)).job;
    expect((await commitAndWait(use(), admin, leadJob.id)).rowsCreated).toBe(1);
    const leadList = await call(use(), rep1, 'GET', '/api/v1/leads?pageSize=50', 200);
    expect(leadList.items.find((l: { company: string }) => l.company === '晨光文具')).toMatchObject(
      {
        status: 'working',
        ownerId: org.users.rep1.id,
        sourceUserId: null,
      },
    );
  });

  it('lets only admins and managers import, and only their own jobs be seen', async () => {
    await upload(use(), rep1, 'customer', 'x.csv', csvFile([['客户名称'], ['A']]), 403);
    const { job } = await upload(use(), lead, 'customer', 'x.csv', csvFile([['客户名称'], ['A']]));
    await call(use(), admin, 'GET', `/api/v1/imports/${job.id}`, 404);
    const mine = await call(use(), lead, 'GET', '/api/v1/imports', 200);
    expect(mine.items.map((j: { id: string }) => j.id)).toContain(job.id);
    // The kinds of record a file can go into today, for the web app's choice.
    expect(mine.entities).toEqual([
      'customer',
      'contact',
      'lead',
      'opportunity',
      'activity',
      'contract',
      'payment',
      'target',
    ]);
    const theirs = await call(use(), admin, 'GET', '/api/v1/imports', 200);
    expect(theirs.items.map((j: { id: string }) => j.id)).not.toContain(job.id);
    const bad = await upload(
      use(),
      lead,
      'customer',
      'x.csv',
      csvFile([
        ['foo', 'bar'],
        ['1', '2'],
      ]),
      422,
    );
    expect(bad.error.details[0].code).toBe('import_header_not_found');
  });

  it('keeps dry run and commit apart: the dry run of a file with unknown owners writes no record', async () => {
    const { job } = await upload(
      use(),
      lead,
      'customer',
      'y.csv',
      csvFile([
        ['客户名称', '负责人'],
        ['干跑公司', 'rep3'],
      ]),
    );
    // rep3 is outside the lead's data scope: not an owner they may name.
    const dry = await dryRun(
      use().db,
      (await actorFor(use().db, org.users.lead.id, 'session')) as Actor,
      job.id,
      'Asia/Shanghai',
    );
    expect(dry).toMatchObject({ valid: 0, invalid: 1 });
    expect(await customersNamed('干跑公司')).toEqual([]);
  });

  itKeepsSnapshotInputsInStep(use);
});
