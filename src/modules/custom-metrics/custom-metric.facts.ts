import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../../db/database.js';
import { dateParam, timestampParam } from '../../db/sql-time.js';
import type { MetricKind } from '../../domain/metrics/catalog.js';
import type { FactContext, FactRow } from '../metrics/metric-period.js';
import type { Condition, CustomMetricDefinition, FilterGroup } from './custom-metric-definition.js';
import { CUSTOM_METRIC_ENTITIES, type FieldType } from './custom-metric-fields.js';
import { lowerContains } from '../../db/text-search.js';

/** How a custom aggregate maps onto the engine's metric kinds. */
export function kindOf(definition: CustomMetricDefinition): MetricKind {
  switch (definition.aggregate.kind) {
    case 'count':
      return 'count';
    case 'sum':
      return 'sum';
    case 'avg':
      return 'mean';
    case 'ratio':
      return 'ratio';
  }
}

type Value = string | number | boolean;

function param(dialect: Dialect, type: FieldType, value: Value): RawBuilder<unknown> {
  if (typeof value === 'boolean') return sql`${value ? 1 : 0}`;
  if (type === 'timestamp') return timestampParam(dialect, new Date(String(value)).toISOString());
  if (type === 'date') return dateParam(dialect, String(value));
  return sql`${value}`;
}

function conditionSql(
  dialect: Dialect,
  fields: Record<string, FieldType>,
  c: Condition,
): RawBuilder<unknown> {
  const type = fields[c.field] ?? 'text';
  const col = sql.ref(`t.${c.field}`);
  const one = () =>
    param(dialect, type, Array.isArray(c.value) ? String(c.value[0]) : (c.value ?? ''));
  const list = () =>
    sql.join(
      (Array.isArray(c.value) ? c.value : [c.value ?? '']).map((v) => param(dialect, type, v)),
    );
  switch (c.operator) {
    case 'eq':
      return sql`${col} = ${one()}`;
    case 'ne':
      return sql`(${col} is null or ${col} <> ${one()})`;
    case 'gt':
      return sql`${col} > ${one()}`;
    case 'gte':
      return sql`${col} >= ${one()}`;
    case 'lt':
      return sql`${col} < ${one()}`;
    case 'lte':
      return sql`${col} <= ${one()}`;
    case 'in':
      return sql`${col} in (${list()})`;
    case 'not_in':
      return sql`(${col} is null or ${col} not in (${list()}))`;
    case 'is_null':
      return sql`${col} is null`;
    case 'is_not_null':
      return sql`${col} is not null`;
    case 'contains':
      return lowerContains(col, String(c.value ?? ''));
  }
}

/** SQL for a filter group; an empty group matches everything. */
export function filterSql(
  dialect: Dialect,
  fields: Record<string, FieldType>,
  group: FilterGroup,
): RawBuilder<unknown> {
  if (group.conditions.length === 0) return sql`1 = 1`;
  const parts = group.conditions.map((item) =>
    'conditions' in item ? filterSql(dialect, fields, item) : conditionSql(dialect, fields, item),
  );
  return sql`(${sql.join(parts, group.match === 'all' ? sql` and ` : sql` or `)})`;
}

/**
 * Compiles a validated definition into the same kind of fact query the built-in metrics use:
 * one row per record of the entity placed in the period by its time field and attributed to the
 * person in its owner field — so it is aggregated, scored and explained the same way.
 */
export function customMetricFacts(
  definition: CustomMetricDefinition,
  ctx: FactContext,
): RawBuilder<FactRow> {
  const entity = CUSTOM_METRIC_ENTITIES[definition.entity];
  if (!entity) throw new Error(`unknown entity ${definition.entity}`);
  const { fields } = entity;
  const time = sql.ref(`t.${definition.timeField}`);
  const inPeriod =
    fields[definition.timeField] === 'date'
      ? sql`${time} >= ${dateParam(ctx.dialect, ctx.firstDay)} and ${time} < ${dateParam(ctx.dialect, ctx.endDay)}`
      : sql`${time} >= ${timestampParam(ctx.dialect, ctx.start)} and ${time} < ${timestampParam(ctx.dialect, ctx.end)}`;
  const aggregate = definition.aggregate;
  const numDen =
    aggregate.kind === 'count'
      ? sql`1 as num, 0 as den`
      : aggregate.kind === 'sum'
        ? sql`coalesce(${sql.ref(`t.${aggregate.field}`)}, 0) as num, 0 as den`
        : aggregate.kind === 'avg'
          ? sql`${sql.ref(`t.${aggregate.field}`)} as num, 1 as den`
          : sql`(case when ${filterSql(ctx.dialect, fields, aggregate.numerator)} then 1 else 0 end) as num, 1 as den`;
  const averageNeedsValue =
    aggregate.kind === 'avg' ? sql` and ${sql.ref(`t.${aggregate.field}`)} is not null` : sql``;
  const valid = entity.validOnly ? sql` and t.valid = 1` : sql``;
  // The entity name is a key of the field catalogue, never free text, so it can be a literal.
  return sql<FactRow>`select ${sql.ref(`t.${definition.ownerField}`)} as user_id, ${sql.lit(definition.entity)} as record_type, t.id as record_id, ${time} as at, ${numDen}
    from ${sql.table(entity.table)} t
    where t.deleted_at is null${valid} and ${inPeriod} and ${sql.ref(`t.${definition.ownerField}`)} is not null
      and ${filterSql(ctx.dialect, fields, definition.filter)}${averageNeedsValue}`;
}
