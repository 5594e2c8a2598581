import { describe, expect, it } from 'vitest';
import {
  applyOverride,
  findHeaderRow,
  headerSignature,
  matchColumns,
  missingRequired,
} from './column-matching.js';
import { skipReason } from './summary-rows.js';

describe('matchColumns', () => {
  it('matches Chinese headers as WukongCRM exports them, ignoring * and (*) markers', () => {
    const headers = [
      '*客户名称',
      '手机(*)',
      '客户行业',
      '客户来源',
      '客户级别',
      '负责人',
      '下次联系时间',
      '不认识的列',
    ];
    expect(matchColumns('customer', headers)).toEqual([
      'name',
      'phone',
      'industry',
      'source',
      'level',
      'owner',
      'nextContactAt',
      null,
    ]);
  });

  it('matches English headers from Salesforce and HubSpot, case and spacing aside', () => {
    const headers = [
      'Account Name',
      'PHONE',
      'industry',
      'Lead Source',
      'Rating',
      'Account Owner',
      'Created Date',
    ];
    expect(matchColumns('customer', headers)).toEqual([
      'name',
      'phone',
      'industry',
      'source',
      'level',
      null, // "Account Owner" is not a known owner header…
      'createdAt',
    ]);
    expect(matchColumns('customer', ['Company name', 'Mobile', 'Owner'])).toEqual([
      'name',
      'phone',
      'owner',
    ]);
  });

  it('drops a bracketed explanation in a header and matches full-width forms', () => {
    expect(matchColumns('customer', ['客户名称（必填）', '客户级别(A/B/C)', 'Ｅｍａｉｌ'])).toEqual(
      ['name', 'level', 'email'],
    );
  });

  it('gives a field to the leftmost column naming it only', () => {
    expect(matchColumns('customer', ['客户名称', '手机', '电话'])).toEqual(['name', 'phone', null]);
  });

  it('reads the same header differently per entity (客户名称 is a contact’s customer)', () => {
    expect(matchColumns('contact', ['客户名称', '姓名', '职务'])).toEqual([
      'customer',
      'name',
      'title',
    ]);
    expect(matchColumns('lead', ['公司名称', '联系人', '线索状态'])).toEqual([
      'company',
      'contactName',
      'status',
    ]);
  });
});

describe('applyOverride', () => {
  const headers = ['客户名称', '手机', '电话', '备注'];

  it('maps a column by hand and leaves one out, the rest stays automatic', () => {
    expect(applyOverride('customer', headers, { 电话: 'phone', 手机: null })).toEqual([
      'name',
      null,
      'phone',
      'requirement',
    ]);
  });

  it('ignores a field the entity does not have', () => {
    expect(applyOverride('customer', headers, { 备注: 'salary' })).toEqual([
      'name',
      'phone',
      null,
      null,
    ]);
  });

  it('takes a field away from the automatic column when the override gives it to another', () => {
    expect(applyOverride('customer', ['客户名称', '简称'], { 简称: 'name' })).toEqual([
      null,
      'name',
    ]);
  });
});

describe('missingRequired', () => {
  it('names required fields no column fills', () => {
    expect(missingRequired('contract', ['customer', 'number', null])).toEqual([
      'title',
      'amount',
      'signedOn',
      'owner',
    ]);
    expect(missingRequired('customer', ['name'])).toEqual([]);
  });
});

describe('findHeaderRow', () => {
  it('finds the header under a title row and a notice row', () => {
    const rows = [
      ['客户列表导出 2024-06-30', '', ''],
      ['注意：带*的为必填项', '', ''],
      ['*客户名称', '手机', '客户级别'],
      ['星河科技', '13800138000', 'A'],
    ];
    expect(findHeaderRow('customer', rows)).toBe(2);
  });

  it('takes the row naming the most fields, and null when none does', () => {
    expect(
      findHeaderRow('customer', [
        ['Name', 'x'],
        ['Account Name', 'Phone', 'Rating'],
      ]),
    ).toBe(1);
    expect(
      findHeaderRow('customer', [
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBeNull();
    expect(findHeaderRow('customer', [['客户名称']])).toBe(0);
  });
});

describe('headerSignature', () => {
  it('is the same for the same layout written differently', () => {
    expect(headerSignature(['*客户名称', ' 手机 '])).toBe(headerSignature(['客户名称', '手机']));
    expect(headerSignature(['客户名称'])).not.toBe(headerSignature(['客户名称', '手机']));
  });
});

describe('skipReason', () => {
  it('skips totals lines in Chinese and English', () => {
    expect(skipReason(['合计', '', '1,200,000'])).toBe('summary');
    expect(skipReason(['总计：', '30'])).toBe('summary');
    expect(skipReason(['', 'Total', '12'])).toBe('summary');
    expect(skipReason(['Totals'])).toBe('summary');
    expect(skipReason(['Total 12'])).toBe('summary');
  });

  it('skips one-cell notes and blank rows', () => {
    expect(skipReason(['本文件含商业机密，请勿外传', '', ''])).toBe('note');
    expect(skipReason(['Confidential - internal use only'])).toBe('note');
    expect(skipReason(['共 120 条'])).toBe('note');
    expect(skipReason(['  ', ''])).toBe('blank');
  });

  it('keeps records whose names begin like a total', () => {
    expect(skipReason(['总计划设计院', '13800138000'])).toBeNull();
    expect(skipReason(['Sumitomo Trading'])).toBeNull();
    expect(skipReason(['星河科技', '机密'])).toBeNull();
  });
});

describe('matchColumns for deals, activities and payments', () => {
  it('matches an opportunity export in Chinese (悟空/销售易) and in English (Salesforce/HubSpot)', () => {
    expect(
      matchColumns('opportunity', [
        '商机编号',
        '*商机名称',
        '客户名称',
        '商机金额（元）',
        '商机阶段',
        '预计成交日期',
        '成交日期',
        '负责人',
        '创建时间',
      ]),
    ).toEqual([
      'externalId',
      'name',
      'customer',
      'amount',
      'stage',
      'expectedCloseOn',
      'closedOn',
      'owner',
      'createdAt',
    ]);
    expect(
      matchColumns('opportunity', [
        'Opportunity ID',
        'Opportunity Name',
        'Account Name',
        'Amount',
        'Stage',
        'Close Date',
        'Opportunity Owner',
        'Created Date',
      ]),
    ).toEqual([
      'externalId',
      'name',
      'customer',
      'amount',
      'stage',
      'expectedCloseOn',
      'owner',
      'createdAt',
    ]);
    expect(
      matchColumns('opportunity', ['Deal Name', 'Company', 'Deal Stage', 'Deal Owner']),
    ).toEqual(['name', 'customer', 'stage', 'owner']);
  });

  it('matches follow-up records: 跟进内容 / Content, 跟进时间 / Activity Date, 跟进人 / Assigned To', () => {
    expect(
      matchColumns('activity', ['客户名称', '跟进方式', '跟进内容', '跟进时间', '跟进人']),
    ).toEqual(['customer', 'type', 'content', 'occurredAt', 'owner']);
    expect(
      matchColumns('activity', [
        'Activity ID',
        'Account Name',
        'Activity Type',
        'Comments',
        'Subject',
        'Activity Date',
        'Assigned To',
      ]),
    ).toEqual(['externalId', 'customer', 'type', 'content', null, 'occurredAt', 'owner']);
    expect(missingRequired('activity', matchColumns('activity', ['客户', '内容']))).toEqual([
      'occurredAt',
      'owner',
    ]);
  });

  it('matches contracts: 合同编号 / Contract No. is the number, 编号 / ID the external id', () => {
    expect(
      matchColumns('contract', [
        '编号',
        '合同编号',
        '合同名称',
        '客户名称',
        '合同金额',
        '签约日期',
        '开始日期',
        '结束日期',
        '合同负责人',
      ]),
    ).toEqual([
      'externalId',
      'number',
      'title',
      'customer',
      'amount',
      'signedOn',
      'startOn',
      'endOn',
      'owner',
    ]);
    expect(
      matchColumns('contract', [
        'Contract ID',
        'Contract No.',
        'Contract Name',
        'Account Name',
        'Contract Value',
        'Customer Signed Date',
        'Contract Owner',
      ]),
    ).toEqual(['externalId', 'number', 'title', 'customer', 'amount', 'signedOn', 'owner']);
  });

  it('matches payments: the contract by 合同编号 / Contract No., 回款金额 / Amount, 回款日期 / Payment Date', () => {
    expect(
      matchColumns('payment', [
        '回款编号',
        '合同编号',
        '客户名称',
        '回款金额',
        '回款日期',
        '回款方式',
      ]),
    ).toEqual(['externalId', 'contract', null, 'amount', 'receivedOn', 'method']);
    expect(
      matchColumns('payment', ['Payment ID', 'Contract No.', 'Amount', 'Payment Date', 'Method']),
    ).toEqual(['externalId', 'contract', 'amount', 'receivedOn', 'method']);
    expect(findHeaderRow('payment', [['回款记录'], ['合同编号', '回款金额', '回款日期']])).toBe(1);
  });
});

describe('matchColumns for per-person targets', () => {
  it('matches a target sheet in Chinese and in English', () => {
    expect(matchColumns('target', ['员工', '考核指标', '考核周期', '月份', '目标值'])).toEqual([
      'user',
      'metric',
      'period',
      'periodOf',
      'target',
    ]);
    expect(matchColumns('target', ['Salesperson', 'Metric', 'Quarter', 'Quota'])).toEqual([
      'user',
      'metric',
      'periodOf',
      'target',
    ]);
    expect(missingRequired('target', matchColumns('target', ['姓名', '业绩目标']))).toEqual([
      'metric',
      'periodOf',
    ]);
  });
});
