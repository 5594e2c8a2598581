import { describe, expect, it } from 'vitest';
import type { CustomMetric, EntityFields } from '../../api/admin-settings-api';
import { fieldTypesOf, fromMetric, operatorsFor, toMetricFields } from './metric-form-values';

const CATALOGUE: EntityFields[] = [
  {
    entity: 'opportunity',
    fields: [
      { name: 'owner_id', type: 'user' },
      { name: 'status', type: 'text' },
      { name: 'amount_cents', type: 'money' },
      { name: 'closed_at', type: 'timestamp' },
    ],
  },
];

const METRIC: CustomMetric = {
  id: 'm1',
  key: 'big_wins',
  nameZh: '大单',
  nameEn: 'Big wins',
  unit: 'percent',
  dir: '+',
  active: true,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  definition: {
    entity: 'opportunity',
    filter: {
      match: 'all',
      conditions: [
        { field: 'status', operator: 'in', value: ['won', 'lost'] },
        { match: 'any', conditions: [{ field: 'owner_id', operator: 'is_not_null' }] },
      ],
    },
    aggregate: {
      kind: 'ratio',
      numerator: {
        match: 'all',
        conditions: [{ field: 'amount_cents', operator: 'gte', value: 10_000_000 }],
      },
    },
    ownerField: 'owner_id',
    timeField: 'closed_at',
  },
};

describe('custom metric editor values', () => {
  it('shows money in yuan, keeps nested groups aside, and sends the same definition back', () => {
    const { values, nested } = fromMetric(METRIC, CATALOGUE);
    expect(values.definition.aggregate.numerator?.conditions[0]?.value).toBe(100_000);
    expect(values.definition.filter.conditions).toHaveLength(1);
    expect(nested.filter).toHaveLength(1);
    const types = fieldTypesOf(CATALOGUE, 'opportunity');
    expect(toMetricFields(values, types, nested).definition).toEqual(METRIC.definition);
  });

  it('drops the value of valueless operators and sends no value when none was entered', () => {
    const { values } = fromMetric(METRIC, CATALOGUE);
    values.definition.filter.conditions = [
      { field: 'status', operator: 'is_null', value: 'x' },
      { field: 'status', operator: 'eq', value: '' },
    ];
    values.definition.aggregate = { kind: 'sum', field: 'amount_cents' };
    const fields = toMetricFields(values, fieldTypesOf(CATALOGUE, 'opportunity'), {
      filter: [],
      numerator: [],
    });
    expect(fields.definition.filter?.conditions).toEqual([
      { field: 'status', operator: 'is_null' },
      { field: 'status', operator: 'eq' },
    ]);
    expect(fields.definition.aggregate).toEqual({ kind: 'sum', field: 'amount_cents' });
  });

  it('offers "contains" on text fields only and ordering on numbers and times', () => {
    expect(operatorsFor('text')).toContain('contains');
    expect(operatorsFor('money')).not.toContain('contains');
    expect(operatorsFor('timestamp')).toContain('gte');
    expect(operatorsFor('user')).not.toContain('gt');
  });
});
