import { describe, it, expect } from 'vitest';
import {
  findDuplicateRecords,
  nameDuplicateKey,
  phoneDuplicateKey,
  type DuplicateCandidate,
} from './duplicate-records.js';

const at = (minute: number): Date => new Date(Date.UTC(2025, 0, 1, 0, minute));

function rec(
  id: string,
  minute: number,
  name: string | null,
  phone: string | null,
  active = true,
): DuplicateCandidate {
  return { id, name, phone, createdAt: at(minute), active };
}

describe('duplicate keys', () => {
  it('phone key is the normalised phone, null for empty or placeholder', () => {
    expect(phoneDuplicateKey('+86 138 0013 8000')).toBe('13800138000');
    expect(phoneDuplicateKey('11111111111')).toBeNull();
    expect(phoneDuplicateKey('无')).toBeNull();
    expect(phoneDuplicateKey('')).toBeNull();
    expect(phoneDuplicateKey(null)).toBeNull();
  });

  it('name key is the normalised name, null for empty, placeholder or suffix-only', () => {
    expect(nameDuplicateKey('云帆科技有限公司')).toBe('云帆科技');
    expect(nameDuplicateKey('测试')).toBeNull();
    expect(nameDuplicateKey('有限公司')).toBeNull();
    expect(nameDuplicateKey(null)).toBeNull();
  });
});

describe('findDuplicateRecords', () => {
  it('flags the later record with the same phone', () => {
    const hits = findDuplicateRecords([
      rec('b', 5, '李四', '+86 138-0013-8000'),
      rec('a', 1, '张三', '13800138000'),
    ]);
    expect(hits).toEqual([{ id: 'b', duplicateOf: 'a', by: 'phone' }]);
  });

  it('flags the later record with the same normalised name', () => {
    const hits = findDuplicateRecords([
      rec('a', 1, '杭州云帆科技有限公司', '13800138000'),
      rec('b', 2, '杭州云帆科技股份有限公司', '13900139000'),
      rec('c', 3, '杭州 云帆 科技', null),
    ]);
    expect(hits).toEqual([
      { id: 'b', duplicateOf: 'a', by: 'name' },
      { id: 'c', duplicateOf: 'a', by: 'name' },
    ]);
  });

  it('reports a phone match before a name match', () => {
    const hits = findDuplicateRecords([
      rec('a', 1, '云帆', '13800138000'),
      rec('b', 2, '星河', '13900139000'),
      rec('c', 3, '云帆', '13900139000'),
    ]);
    expect(hits).toEqual([{ id: 'c', duplicateOf: 'b', by: 'phone' }]);
  });

  it('ignores earlier inactive records', () => {
    const hits = findDuplicateRecords([
      rec('a', 1, '云帆', '13800138000', false),
      rec('b', 2, '云帆', '13800138000'),
      rec('c', 3, '云帆', '13800138000'),
    ]);
    expect(hits).toEqual([{ id: 'c', duplicateOf: 'b', by: 'phone' }]);
  });

  it('still flags an inactive later record', () => {
    const hits = findDuplicateRecords([
      rec('a', 1, '云帆', null),
      rec('b', 2, '云帆', null, false),
    ]);
    expect(hits).toEqual([{ id: 'b', duplicateOf: 'a', by: 'name' }]);
  });

  it('does not match placeholders or empty values with each other', () => {
    expect(
      findDuplicateRecords([
        rec('a', 1, '测试', '无'),
        rec('b', 2, '测试', '无'),
        rec('c', 3, null, null),
      ]),
    ).toEqual([]);
  });

  it('orders records created at the same instant by id, flagging all but one', () => {
    const hits = findDuplicateRecords([rec('y', 1, '云帆', null), rec('x', 1, '云帆', null)]);
    expect(hits).toEqual([{ id: 'y', duplicateOf: 'x', by: 'name' }]);
  });

  it('returns nothing for distinct records', () => {
    expect(
      findDuplicateRecords([
        rec('a', 1, '云帆', '13800138000'),
        rec('b', 2, '星河', '13900139000'),
      ]),
    ).toEqual([]);
  });
});
