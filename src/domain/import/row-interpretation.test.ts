import { describe, expect, it } from 'vitest';
import { matchColumns } from './column-matching.js';
import { describeImportError } from './import-messages.js';
import { matchOwner, ownerDirectory } from './owner-match.js';
import { interpretRow, rowDigest, type RowContext } from './row-interpretation.js';

const owners = ownerDirectory([
  { id: 'u1', name: '王芳', email: 'wang.fang@example.com', phone: '13800000001' },
  { id: 'u2', name: 'Li Lei', email: 'li.lei@example.com', phone: null },
  { id: 'u3', name: '张伟', email: 'zhang1@example.com', phone: null },
  { id: 'u4', name: '张伟', email: 'zhang2@example.com', phone: null },
]);
const context: RowContext = { zone: 'Asia/Shanghai', now: '2026-11-18T02:00:00.000Z', owners };

describe('matchOwner', () => {
  it('matches by name, e-mail (any case) or phone (any format)', () => {
    expect(matchOwner('王芳', owners)).toEqual({ ok: true, value: 'u1' });
    expect(matchOwner('LI.LEI@example.com', owners)).toEqual({ ok: true, value: 'u2' });
    expect(matchOwner('+86 138-0000-0001', owners)).toEqual({ ok: true, value: 'u1' });
    expect(matchOwner(' li lei ', owners)).toEqual({ ok: true, value: 'u2' });
  });

  it('says when nobody or several people match', () => {
    expect(matchOwner('赵六', owners)).toEqual({
      ok: false,
      code: 'import_owner_unknown',
      params: { value: '赵六' },
    });
    expect(matchOwner('张伟', owners)).toEqual({
      ok: false,
      code: 'import_owner_ambiguous',
      params: { value: '张伟', count: 2 },
    });
  });
});

describe('interpretRow', () => {
  const headers = ['*客户名称', '手机', '客户级别', '负责人', '创建时间', '客户状态'];
  const mapping = ['name', 'phone', 'level', 'owner', 'createdAt', 'status'];

  it('parses each mapped cell by its field', () => {
    const row = interpretRow(
      'customer',
      headers,
      mapping,
      ['星河科技', '11111111111', 'A（重点客户）', '王芳', '2023/5/6 9:15', ''],
      7,
      context,
    );
    expect(row.errors).toEqual([]);
    expect(row.values).toEqual({
      name: '星河科技',
      phone: '11111111111',
      level: 'A',
      owner: 'u1',
      createdAt: '2023-05-06T01:15:00.000Z',
      status: 'potential',
    });
    expect(row.row).toBe(7);
    expect(row.externalId).toMatch(/^row:[0-9a-f]{28}$/);
  });

  it('names row and column of every error, and a required empty cell', () => {
    const row = interpretRow(
      'customer',
      headers,
      mapping,
      ['', '138', 'Z', '赵六', '昨天', ''],
      12,
      context,
    );
    expect(row.errors).toEqual([
      { row: 12, column: '*客户名称', code: 'import_required_missing', params: { field: 'name' } },
      {
        row: 12,
        column: '客户级别',
        code: 'import_choice_unknown',
        params: { value: 'Z', allowed: 'A, B, C' },
      },
      { row: 12, column: '负责人', code: 'import_owner_unknown', params: { value: '赵六' } },
      { row: 12, column: '创建时间', code: 'import_date_invalid', params: { value: '昨天' } },
    ]);
  });

  it('uses the external id column when there is one', () => {
    const row = interpretRow(
      'customer',
      ['编号', '客户名称'],
      ['externalId', 'name'],
      ['C-001', '星河'],
      3,
      context,
    );
    expect(row.externalId).toBe('id:C-001');
  });

  it('gives the same row the same identity, and a corrected row a new one', () => {
    const a = interpretRow(
      'customer',
      headers,
      mapping,
      ['星河', '1', 'A', '王芳', '', ''],
      3,
      context,
    );
    const b = interpretRow(
      'customer',
      headers,
      mapping,
      ['星河 ', '1', 'A', '王芳', '', ''],
      9,
      context,
    );
    const c = interpretRow(
      'customer',
      headers,
      mapping,
      ['星河', '1', 'B', '王芳', '', ''],
      3,
      context,
    );
    expect(a.externalId).toBe(b.externalId);
    expect(a.externalId).not.toBe(c.externalId);
  });

  it('reads flags and leaves unmapped columns out', () => {
    const row = interpretRow(
      'contact',
      ['客户名称', '姓名', '主联系人', '生日'],
      ['customer', 'name', 'isPrimary', null],
      ['星河科技', '李雷', '是', '1990-01-01'],
      2,
      context,
    );
    expect(row.values).toEqual({ customer: '星河科技', name: '李雷', isPrimary: true });
  });
});

describe('rowDigest', () => {
  it('does not depend on column order', () => {
    expect(
      rowDigest(
        new Map([
          ['a', '1'],
          ['b', '2'],
        ]),
      ),
    ).toBe(
      rowDigest(
        new Map([
          ['b', '2'],
          ['a', '1'],
        ]),
      ),
    );
  });
});

describe('describeImportError', () => {
  it('words a code with its params in both languages', () => {
    const params = { value: 'Z', allowed: 'A, B, C' };
    expect(describeImportError('import_choice_unknown', params, 'en')).toBe(
      '"Z" is not one of: A, B, C',
    );
    expect(describeImportError('import_choice_unknown', params, 'zh-CN')).toBe(
      '「Z」不是可选值之一：A, B, C',
    );
    expect(
      describeImportError('import_reference_unknown', { target: 'customer', value: 'X' }, 'zh-CN'),
    ).toBe('找不到您可使用的客户「X」');
  });
});

describe('interpretRow for targets', () => {
  it('reads a metric by its Chinese name or a target sheet’s word, and a month or quarter', () => {
    const headers = ['员工', '指标', '期间', '目标'];
    const mapping = matchColumns('target', headers);
    expect(
      interpretRow(
        'target',
        headers,
        mapping,
        ['王芳', '成交金额', '2026年10月', '15万'],
        2,
        context,
      ).values,
    ).toMatchObject({ user: 'u1', metric: 'won_amount', periodOf: '2026-10' });
    const quarter = interpretRow(
      'target',
      headers,
      mapping,
      ['wang.fang@example.com', '回款目标', '2026年第4季度', '30万'],
      3,
      context,
    );
    expect(quarter.values).toMatchObject({ metric: 'payment_amount', periodOf: '2026-Q4' });
    expect(
      interpretRow(
        'target',
        headers,
        mapping,
        ['王芳', '人品', '十月', '1'],
        4,
        context,
      ).errors.map((e) => [e.column, e.code]),
    ).toEqual([
      ['指标', 'import_choice_unknown'],
      ['期间', 'import_date_invalid'],
    ]);
  });
});
