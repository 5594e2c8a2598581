import type {
  Aggregate,
  Condition,
  ConditionValue,
  CustomMetric,
  CustomMetricFields,
  EntityFields,
  FieldType,
  FilterGroup,
  MetricUnit,
  Operator,
} from '../../api/admin-settings-api';

/** One row of the condition editor; the value as the control holds it (yuan for money). */
export type ConditionRow = { field?: string; operator?: Operator; value?: ConditionValue | null };
export type GroupRows = { match: 'all' | 'any'; conditions: ConditionRow[] };

export type AggregateKind = Aggregate['kind'];

/**
 * The editor's values, shaped like the request body so that a server error at
 * `definition.filter.conditions.0.field` names the form field of that control.
 */
export type MetricFormValues = {
  key: string;
  nameZh: string;
  nameEn: string;
  unit: MetricUnit;
  dir: '+' | '-';
  active: boolean;
  definition: {
    entity: string;
    filter: GroupRows;
    aggregate: { kind: AggregateKind; field?: string; numerator?: GroupRows };
    ownerField: string;
    timeField: string;
  };
};

/** Nested condition groups the flat editor does not show; kept and sent back unchanged. */
export type NestedGroups = { filter: FilterGroup[]; numerator: FilterGroup[] };

export const VALUELESS: readonly Operator[] = ['is_null', 'is_not_null'];
export const LIST_OPERATORS: readonly Operator[] = ['in', 'not_in'];
const NUMERIC: readonly FieldType[] = ['number', 'money', 'flag'];

/** The operators that make sense for a field type (the server checks them again). */
export function operatorsFor(type: FieldType | undefined): Operator[] {
  const common: Operator[] = ['eq', 'ne', 'in', 'not_in', 'is_null', 'is_not_null'];
  if (type === 'text') return [...common, 'contains'];
  if (type === 'user' || type === 'flag') return common;
  return ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'not_in', 'is_null', 'is_not_null'];
}

export type FieldTypes = ReadonlyMap<string, FieldType>;

export function fieldTypesOf(catalogue: readonly EntityFields[], entity: string): FieldTypes {
  const fields = catalogue.find((item) => item.entity === entity)?.fields ?? [];
  return new Map(fields.map((field) => [field.name, field.type]));
}

const isGroup = (item: Condition | FilterGroup): item is FilterGroup => 'conditions' in item;

function scale(value: ConditionValue, factor: number): ConditionValue {
  if (typeof value === 'number') return Math.round(value * factor * 100) / 100;
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'number' ? (scale(item, factor) as number) : item));
  return value;
}

function rowsOf(group: FilterGroup, types: FieldTypes): { rows: GroupRows; nested: FilterGroup[] } {
  const conditions: ConditionRow[] = [];
  const nested: FilterGroup[] = [];
  for (const item of group.conditions) {
    if (isGroup(item)) {
      nested.push(item);
      continue;
    }
    const money = types.get(item.field) === 'money';
    conditions.push({
      field: item.field,
      operator: item.operator,
      value: item.value === undefined ? undefined : money ? scale(item.value, 0.01) : item.value,
    });
  }
  return { rows: { match: group.match, conditions }, nested };
}

function toNumber(value: string | number): string | number {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof value === 'string' && (value.trim() === '' || Number.isNaN(number))
    ? value
    : number;
}

function conditionOf(row: ConditionRow, types: FieldTypes): Condition {
  const field = row.field ?? '';
  const operator = row.operator ?? 'eq';
  const type = types.get(field);
  const raw = row.value;
  if (VALUELESS.includes(operator) || raw === undefined || raw === null || raw === '')
    return { field, operator };
  let value: ConditionValue = raw;
  if (Array.isArray(value) && type && NUMERIC.includes(type)) value = value.map(toNumber);
  if (type === 'money') value = scale(value, 100);
  return { field, operator, value };
}

function groupOf(
  rows: GroupRows | undefined,
  nested: FilterGroup[],
  types: FieldTypes,
): FilterGroup {
  return {
    match: rows?.match ?? 'all',
    conditions: [...(rows?.conditions ?? []).map((row) => conditionOf(row, types)), ...nested],
  };
}

/** The request body's metric fields from the editor's values. */
export function toMetricFields(
  values: MetricFormValues,
  types: FieldTypes,
  nested: NestedGroups,
): CustomMetricFields {
  const { definition } = values;
  const kind = definition.aggregate.kind;
  const aggregate: Aggregate =
    kind === 'count'
      ? { kind }
      : kind === 'ratio'
        ? { kind, numerator: groupOf(definition.aggregate.numerator, nested.numerator, types) }
        : { kind, field: definition.aggregate.field ?? '' };
  return {
    nameZh: values.nameZh,
    nameEn: values.nameEn,
    unit: values.unit,
    dir: values.dir,
    definition: {
      entity: definition.entity,
      filter: groupOf(definition.filter, nested.filter, types),
      aggregate,
      ownerField: definition.ownerField,
      timeField: definition.timeField,
    },
  };
}

/** The editor's values (and the nested groups it cannot show) for an existing metric. */
export function fromMetric(
  metric: CustomMetric,
  catalogue: readonly EntityFields[],
): { values: MetricFormValues; nested: NestedGroups } {
  const { definition } = metric;
  const types = fieldTypesOf(catalogue, definition.entity);
  const filter = rowsOf(definition.filter, types);
  const aggregate = definition.aggregate;
  const numerator = aggregate.kind === 'ratio' ? rowsOf(aggregate.numerator, types) : undefined;
  return {
    values: {
      key: metric.key,
      nameZh: metric.nameZh,
      nameEn: metric.nameEn,
      unit: metric.unit,
      dir: metric.dir,
      active: metric.active,
      definition: {
        entity: definition.entity,
        filter: filter.rows,
        aggregate: {
          kind: aggregate.kind,
          field: aggregate.kind === 'sum' || aggregate.kind === 'avg' ? aggregate.field : undefined,
          numerator: numerator?.rows ?? { match: 'all', conditions: [] },
        },
        ownerField: definition.ownerField,
        timeField: definition.timeField,
      },
    },
    nested: { filter: filter.nested, numerator: numerator?.nested ?? [] },
  };
}

/** Sensible owner and time fields for an entity: its owner and its creation time when it has them. */
export function defaultFields(types: FieldTypes): { ownerField?: string; timeField?: string } {
  const names = [...types.keys()];
  const of = (wanted: FieldType[]) =>
    names.filter((name) => wanted.includes(types.get(name) ?? 'text'));
  const owners = of(['user']);
  const times = of(['timestamp', 'date']);
  return {
    ownerField: owners.includes('owner_id') ? 'owner_id' : owners[0],
    timeField: times.includes('created_at') ? 'created_at' : times[0],
  };
}

export const NEW_METRIC: Omit<MetricFormValues, 'definition'> & {
  definition: Omit<MetricFormValues['definition'], 'entity' | 'ownerField' | 'timeField'>;
} = {
  key: '',
  nameZh: '',
  nameEn: '',
  unit: 'count',
  dir: '+',
  active: true,
  definition: {
    filter: { match: 'all', conditions: [] },
    aggregate: { kind: 'count', numerator: { match: 'all', conditions: [] } },
  },
};
