import { describe, expect, it } from 'vitest';
import type { QualityFlag } from '../../api/quality-api';
import { groupFlags, selectedFlagIds } from './flag-groups';

const flag = (id: string, userId: string, rule: QualityFlag['rule']): QualityFlag => ({
  id,
  rule,
  entity: 'activity',
  recordId: `r-${id}`,
  field: null,
  userId,
  detail: null,
  status: 'open',
  createdAt: '2026-12-01T00:00:00Z',
  clearedBy: null,
  clearedAt: null,
  clearedReason: null,
  canClear: true,
  record: null,
});

const flags = [
  flag('1', 'ann', 'Q4'),
  flag('2', 'bob', 'Q3'),
  flag('3', 'ann', 'Q4'),
  flag('4', 'ann', 'Q3'),
  flag('5', 'ann', 'Q4'),
];

describe('groupFlags', () => {
  it("groups one person's repeated findings of a rule, first-seen order, singles stay rows", () => {
    const rows = groupFlags(flags);
    expect(
      rows.map((r) => (r.kind === 'flag' ? r.flag.id : r.flags.map((f) => f.id).join('+'))),
    ).toEqual(['1+3+5', '2', '4']);
    expect(rows[0]?.key).toBe('group:ann:Q4');
  });
});

describe('selectedFlagIds', () => {
  it('expands a chosen group to its flags and keeps single choices, once each', () => {
    const rows = groupFlags(flags);
    expect(selectedFlagIds(rows, ['group:ann:Q4', '3', '2']).sort()).toEqual(['1', '2', '3', '5']);
    expect(selectedFlagIds(rows, ['5'])).toEqual(['5']);
    expect(selectedFlagIds(rows, [])).toEqual([]);
  });
});
