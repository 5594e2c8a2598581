import { describe, expect, it } from 'vitest';
import { assignColumn, mappingBody, missingFields, sameMapping } from './mapping-draft';

describe('the column mapping drafted on the import page', () => {
  it('sends every column with a header, a header written twice by its first column', () => {
    expect(mappingBody(['客户名称', '', '手机', '手机'], ['name', null, 'phone', null])).toEqual({
      客户名称: 'name',
      手机: 'phone',
    });
  });

  it('moves a field to the column it is given, leaving the other column out', () => {
    expect(assignColumn(['name', 'phone', null], 2, 'phone')).toEqual(['name', null, 'phone']);
    expect(assignColumn(['name', 'phone', null], 0, null)).toEqual([null, 'phone', null]);
  });

  it('lists the required fields no column fills', () => {
    const fields = [
      { key: 'customer', required: true },
      { key: 'name', required: true },
      { key: 'phone', required: false },
    ];
    expect(missingFields(fields, ['name', null])).toEqual(['customer']);
    expect(missingFields(fields, ['name', 'customer'])).toEqual([]);
  });

  it('compares mappings column by column', () => {
    expect(sameMapping(['a', null], ['a', null])).toBe(true);
    expect(sameMapping(['a', null], [null, 'a'])).toBe(false);
  });
});
