import { beforeAll, expect, it } from 'vitest';
import { ensureDefaultStages } from '../../src/modules/pipeline/pipeline.service.js';
import { call, createCustomer } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { exportedRows } from '../support/export-files.js';
import { insertCustomer } from '../support/metric-fixtures.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

describeEngines('list exports', (use) => {
  let org: Org;
  let admin: string;
  let rep1: string;
  let rep2: string;
  let lead: string;

  beforeAll(async () => {
    org = await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    rep2 = await use().login('rep2@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    await createCustomer(use(), rep1, {
      name: '北京星河科技有限公司',
      phone: '13812341234',
      email: 'zhang@example.com',
      level: 'A',
      industry: 'Software',
      address: '8 Harbour Road',
    });
    await createCustomer(use(), rep1, { name: 'Acme, "Quoted" Ltd', level: 'B' });
    await createCustomer(use(), rep2, { name: '=Formula Trading', status: 'intent' });
  });

  it('exports the list with its filters, sort and chosen columns, headers in the language asked', async () => {
    const url =
      '/api/v1/customers/export?format=csv&columns=name,level,owner,phone&sort=name&language=zh-CN';
    expect(await exportedRows(use(), lead, url)).toEqual([
      ['客户名称', '客户等级', '负责人', '电话'],
      ["'=Formula Trading", '', 'rep2', ''],
      ['Acme, "Quoted" Ltd', 'B', 'rep1', ''],
      ['北京星河科技有限公司', 'A（重点）', 'rep1', '13812341234'],
    ]);
    const filtered = await exportedRows(
      use(),
      lead,
      '/api/v1/customers/export?format=xlsx&columns=name,status&status=intent',
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(filtered).toEqual([
      ['Name', 'Status'],
      ['=Formula Trading', 'Intent'],
    ]);
  });

  it("writes the same rows to CSV and XLSX, and only the reader's data scope", async () => {
    const columns = 'columns=name,owner,status';
    const csv = await exportedRows(
      use(),
      rep1,
      `/api/v1/customers/export?format=csv&${columns}&sort=name&language=en`,
    );
    const xlsx = await exportedRows(
      use(),
      rep1,
      `/api/v1/customers/export?format=xlsx&${columns}&sort=name&language=en`,
    );
    expect(csv).toEqual([
      ['Name', 'Owner', 'Status'],
      ['Acme, "Quoted" Ltd', 'rep1', 'Potential'],
      ['北京星河科技有限公司', 'rep1', 'Potential'],
    ]);
    expect(xlsx).toEqual(csv);
  });

  it('exports masked fields masked and leaves hidden ones out, for the roles the rules name', async () => {
    await call(use(), admin, 'PUT', '/api/v1/settings/field-access', 200, {
      rules: [
        { role: 'sales', entity: 'customer', field: 'phone', mode: 'read_only', masked: true },
        { role: 'sales', entity: 'customer', field: 'address', mode: 'hidden', masked: false },
      ],
    });
    const url = '/api/v1/customers/export?format=csv&columns=name,phone,address&q=星河&language=en';
    expect(await exportedRows(use(), rep1, url)).toEqual([
      ['Name', 'Phone'],
      ['北京星河科技有限公司', '138****1234'],
    ]);
    expect(await exportedRows(use(), lead, url)).toEqual([
      ['Name', 'Phone', 'Address'],
      ['北京星河科技有限公司', '13812341234', '8 Harbour Road'],
    ]);
    await call(use(), admin, 'PUT', '/api/v1/settings/field-access', 200, { rules: [] });
  });

  it('refuses an unknown column by name, and a reader the list refuses', async () => {
    const bad = await use().request({
      method: 'GET',
      url: '/api/v1/customers/export?columns=name,secret',
      as: rep1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ path: 'columns', code: 'invalid_value' });
    const anonymous = await use().request({ method: 'GET', url: '/api/v1/customers/export' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('exports every list with the rows the list shows its reader, amounts in currency units', async () => {
    const customer = await createCustomer(use(), rep1, { name: 'Every List Co' });
    await ensureDefaultStages(use().db);
    await call(use(), rep1, 'POST', '/api/v1/contacts', 201, {
      customerId: customer.id,
      name: 'Li Lei',
    });
    await call(use(), rep1, 'POST', '/api/v1/leads', 201, { company: 'Lead Co' });
    await call(use(), rep1, 'POST', '/api/v1/opportunities', 201, {
      customerId: customer.id,
      name: 'Big deal',
      amountCents: 1_234_56,
    });
    const contract = await call(use(), rep1, 'POST', '/api/v1/contracts', 201, {
      customerId: customer.id,
      number: 'HT-EXPORT-1',
      title: 'Annual licence',
      amountCents: 10_000_00,
      signedOn: '2026-01-05',
    });
    await call(use(), rep1, 'POST', `/api/v1/contracts/${contract.id}/payments`, 201, {
      amountCents: 4_000_00,
      receivedOn: '2026-02-01',
      method: 'bank',
    });
    await call(use(), admin, 'POST', '/api/v1/tickets', 201, {
      title: 'Printer driver fails',
      customerId: customer.id,
    });
    await call(use(), rep1, 'POST', '/api/v1/activities', 201, {
      type: 'visit',
      recordType: 'customer',
      recordId: customer.id,
      content: '拜访客户，确认了明年的采购预算和时间表',
      occurredAt: '2026-11-17T02:00:00.000Z',
    });

    for (const list of [
      'contacts',
      'leads',
      'opportunities',
      'contracts',
      'payments',
      'tickets',
      'activities',
    ]) {
      const { total } = await call(use(), admin, 'GET', `/api/v1/${list}`, 200);
      const rows = await exportedRows(use(), admin, `/api/v1/${list}/export?format=csv`);
      expect(total, list).toBeGreaterThan(0);
      expect(rows.length - 1, list).toBe(total);
      // rep2 shares rep1's department but not their records.
      const others = await exportedRows(use(), rep2, `/api/v1/${list}/export?format=csv`);
      if (list !== 'tickets') expect(others.length - 1, list).toBe(0);
    }

    const contracts = await exportedRows(
      use(),
      lead,
      '/api/v1/contracts/export?format=xlsx&columns=number,amount,collected,balance,owner&language=zh-CN',
    );
    expect(contracts).toEqual([
      ['合同编号', '合同金额', '已回款', '待回款', '负责人'],
      ['HT-EXPORT-1', '10000', '4000', '6000', 'rep1'],
    ]);
    const payments = await exportedRows(
      use(),
      lead,
      '/api/v1/payments/export?format=csv&columns=receivedOn,amount,contract,method&language=zh-CN',
    );
    expect(payments).toEqual([
      ['回款日期', '回款金额', '合同', '回款方式'],
      ['2026-02-01', '4000', 'HT-EXPORT-1', '银行转账'],
    ]);
    const opportunities = await exportedRows(
      use(),
      lead,
      '/api/v1/opportunities/export?format=csv&columns=name,amount,status&language=en',
    );
    expect(opportunities).toEqual([
      ['Opportunity', 'Amount', 'Status'],
      ['Big deal', '1234.56', 'Open'],
    ]);
    const activities = await exportedRows(
      use(),
      lead,
      '/api/v1/activities/export?format=csv&columns=occurredAt,type,author&language=zh-CN',
    );
    // 10:00 in the org's zone (Asia/Shanghai) is 02:00 UTC.
    expect(activities).toEqual([
      ['发生时间', '方式', '记录人'],
      ['2026-11-17 10:00', '拜访', 'rep1'],
    ]);
  });

  it('reads a list larger than one page (500 rows) to the end, each row once, in the list order', async () => {
    const owners = [{ ownerId: org.users.rep3.id, from: '2026-01-01T00:00:00Z' }];
    const inserted: string[] = [];
    for (let i = 0; i < 520; i += 1) inserted.push(await insertCustomer(use().db, { owners }));
    const director = await use().login('director@example.com', PASSWORD);
    const rows = await exportedRows(
      use(),
      director,
      `/api/v1/customers/export?format=csv&columns=name&ownerId=${org.users.rep3.id}&sort=name&order=desc`,
    );
    const names = rows.slice(1).map(([name]) => name);
    expect(names).toEqual([...inserted].sort().reverse());
  });
});
