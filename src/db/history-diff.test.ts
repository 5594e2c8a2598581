import { describe, expect, it } from 'vitest';
import { diffFields, historyValue } from './history-diff.js';

describe('diffFields', () => {
  it('lists every changed field with old and new text values', () => {
    expect(
      diffFields({ name: 'A', level: 'B', phone: null }, { name: 'A', level: 'A', phone: '138' }),
    ).toEqual([
      { field: 'level', oldValue: 'B', newValue: 'A' },
      { field: 'phone', oldValue: null, newValue: '138' },
    ]);
  });

  it('treats a creation as every field going from null to its value', () => {
    expect(diffFields(null, { name: 'A', amount: 1200 })).toEqual([
      { field: 'name', oldValue: null, newValue: 'A' },
      { field: 'amount', oldValue: null, newValue: '1200' },
    ]);
  });

  it('ignores bookkeeping fields and unchanged values', () => {
    expect(
      diffFields(
        { version: 1, updatedAt: 'x', name: 'A' },
        { version: 2, updatedAt: 'y', name: 'A' },
      ),
    ).toEqual([]);
  });

  it('writes objects as JSON', () => {
    expect(historyValue(['sales', 'manager'])).toBe('["sales","manager"]');
    expect(historyValue(undefined)).toBeNull();
  });
});
