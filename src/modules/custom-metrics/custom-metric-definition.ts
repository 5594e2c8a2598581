import type { FieldCode } from '../../platform/errors/error-codes.js';
import { z } from 'zod';
import { CUSTOM_METRIC_ENTITIES, type FieldType } from './custom-metric-fields.js';
import type { CustomMetricRow } from './custom-metrics.repository.js';

const OPERATORS = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'not_in',
  'is_null',
  'is_not_null',
  'contains',
] as const;
export type Operator = (typeof OPERATORS)[number];

const scalar = z.union([z.string().max(200), z.number().finite(), z.boolean()]);

export type Condition = {
  field: string;
  operator: Operator;
  value?: string | number | boolean | (string | number)[] | undefined;
};
export type FilterGroup = { match: 'all' | 'any'; conditions: (Condition | FilterGroup)[] };

const condition: z.ZodType<Condition> = z.object({
  field: z.string().min(1).max(64),
  operator: z.enum(OPERATORS),
  value: z
    .union([scalar, z.array(z.union([z.string().max(200), z.number().finite()])).max(100)])
    .optional(),
});

/** Recursive, so named: the OpenAPI document refers to it as a component. */
export const filterGroup: z.ZodType<FilterGroup> = z
  .lazy(() =>
    z.object({
      match: z.enum(['all', 'any']),
      conditions: z.array(z.union([condition, filterGroup])).max(20),
    }),
  )
  .meta({ id: 'CustomMetricFilterGroup' });

export const customMetricDefinition = z.object({
  entity: z.string().min(1).max(32),
  filter: filterGroup.default({ match: 'all', conditions: [] }),
  aggregate: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('count') }),
    z.object({ kind: z.literal('sum'), field: z.string().min(1).max(64) }),
    z.object({ kind: z.literal('avg'), field: z.string().min(1).max(64) }),
    /** Share of the filtered records that also match `numerator`. */
    z.object({ kind: z.literal('ratio'), numerator: filterGroup }),
  ]),
  ownerField: z.string().min(1).max(64),
  timeField: z.string().min(1).max(64),
});
export type CustomMetricDefinition = z.infer<typeof customMetricDefinition>;

/** One problem of a definition: where, which (a field code the web app words), in English. */
type Problem = {
  path: string;
  code: FieldCode;
  message: string;
  params?: Record<string, string>;
};

const NUMERIC: readonly FieldType[] = ['number', 'money', 'flag'];
const VALUELESS: readonly Operator[] = ['is_null', 'is_not_null'];

function checkGroup(
  group: FilterGroup,
  fields: Record<string, FieldType>,
  path: string,
  problems: Problem[],
): void {
  group.conditions.forEach((item, index) => {
    const at = `${path}.conditions.${index}`;
    if ('conditions' in item) return checkGroup(item, fields, at, problems);
    const type = fields[item.field];
    if (!type)
      return void problems.push({
        path: `${at}.field`,
        code: 'metric_field_unknown',
        message: `unknown field "${item.field}"`,
        params: { field: item.field },
      });
    if (VALUELESS.includes(item.operator)) return;
    if (item.value === undefined)
      return void problems.push({
        path: `${at}.value`,
        code: 'metric_value_required',
        message: 'a value is required for this operator',
      });
    const list = item.operator === 'in' || item.operator === 'not_in';
    if (list !== Array.isArray(item.value))
      problems.push({
        path: `${at}.value`,
        code: list ? 'metric_value_list_required' : 'metric_value_single_required',
        message: list ? 'a list of values is required' : 'a single value is required',
      });
    if (item.operator === 'contains' && type !== 'text')
      problems.push({
        path: `${at}.operator`,
        code: 'metric_contains_needs_text',
        message: '"contains" applies to text fields only',
      });
    if (['gt', 'gte', 'lt', 'lte'].includes(item.operator) && type === 'text')
      problems.push({
        path: `${at}.operator`,
        code: 'metric_ordering_needs_number',
        message: 'ordering comparisons need a number, money or time field',
      });
  });
}

/**
 * Checks a definition against the field catalogue: the entity exists, every field is one of its
 * fields and of the right type for its use. Returns field-path problems (empty when valid).
 */
export function validateDefinition(definition: CustomMetricDefinition): Problem[] {
  const entity = CUSTOM_METRIC_ENTITIES[definition.entity];
  if (!entity)
    return [
      {
        path: 'definition.entity',
        code: 'metric_entity_unknown',
        params: { entity: definition.entity },
        message: `unknown entity "${definition.entity}"; use one of ${Object.keys(CUSTOM_METRIC_ENTITIES).join(', ')}`,
      },
    ];
  const problems: Problem[] = [];
  const { fields } = entity;
  if (fields[definition.ownerField] !== 'user')
    problems.push({
      path: 'definition.ownerField',
      code: 'metric_owner_field_invalid',
      params: { field: definition.ownerField },
      message: `"${definition.ownerField}" is not a person field of ${definition.entity}`,
    });
  const timeType = fields[definition.timeField];
  if (timeType !== 'timestamp' && timeType !== 'date')
    problems.push({
      path: 'definition.timeField',
      code: 'metric_time_field_invalid',
      params: { field: definition.timeField },
      message: `"${definition.timeField}" is not a time field of ${definition.entity}`,
    });
  checkGroup(definition.filter, fields, 'definition.filter', problems);
  const aggregate = definition.aggregate;
  if (aggregate.kind === 'sum' || aggregate.kind === 'avg') {
    if (!NUMERIC.includes(fields[aggregate.field] ?? 'text'))
      problems.push({
        path: 'definition.aggregate.field',
        code: 'metric_numeric_field_required',
        params: { field: aggregate.field },
        message: `"${aggregate.field}" is not a numeric field of ${definition.entity}`,
      });
  }
  if (aggregate.kind === 'ratio')
    checkGroup(aggregate.numerator, fields, 'definition.aggregate.numerator', problems);
  return problems;
}

/** A stored custom metric's definition, parsed back from its JSON column. */
export function parseDefinition(row: CustomMetricRow) {
  return customMetricDefinition.parse(JSON.parse(row.definition));
}
