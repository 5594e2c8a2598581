import { request, withQuery } from './api-client';
import type { Role } from './api-types';
import type { Access } from './crm-types';
import type { Stage as BoardStage } from './opportunities-api';

const enc = encodeURIComponent;

// Roles and data scopes ---------------------------------------------------------------------------

export const DATA_SCOPES = [
  'self',
  'self_and_reports',
  'department',
  'department_tree',
  'all',
] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

export type RoleScope = { key: Role; dataScope: DataScope; updatedAt: string };

export async function listRoles(): Promise<RoleScope[]> {
  const { items } = await request<{ items: RoleScope[] }>('GET', '/api/v1/roles');
  return items;
}

export function setRoleScope(key: Role, dataScope: DataScope): Promise<RoleScope> {
  return request<RoleScope>('PUT', `/api/v1/roles/${enc(key)}`, { dataScope });
}

// Pipeline stages ---------------------------------------------------------------------------------

/** A stage as the admin page sees it: every field of the board's stage, and what editing needs. */
export type Stage = BoardStage & { version: number; access: Access };

export type StageFields = Pick<
  Stage,
  'nameZh' | 'nameEn' | 'sortOrder' | 'winProbability' | 'kind'
>;

export async function listAllStages(): Promise<Stage[]> {
  const { items } = await request<{ items: Stage[] }>(
    'GET',
    withQuery('/api/v1/pipeline-stages', { includeInactive: true }),
  );
  return items;
}

export function createStage(stage: StageFields): Promise<Stage> {
  return request<Stage>('POST', '/api/v1/pipeline-stages', stage);
}

export function updateStage(
  stage: Stage,
  changes: Partial<StageFields & { active: boolean }>,
): Promise<Stage> {
  return request<Stage>('PATCH', `/api/v1/pipeline-stages/${enc(stage.id)}`, {
    version: stage.version,
    ...changes,
  });
}

// Key fields for profile completeness --------------------------------------------------------------

export const KEY_FIELDS = [
  'name',
  'phone',
  'email',
  'industry',
  'source',
  'requirement',
  'region',
  'level',
  'address',
] as const;
export type KeyField = (typeof KEY_FIELDS)[number];

export type AppraisalSettings = { keyFields: KeyField[]; gradeAfterWorkingDays: number };

export function getAppraisalSettings(): Promise<AppraisalSettings> {
  return request<AppraisalSettings>('GET', '/api/v1/settings/appraisal');
}

export function saveAppraisalSettings(settings: AppraisalSettings): Promise<AppraisalSettings> {
  return request<AppraisalSettings>('PUT', '/api/v1/settings/appraisal', settings);
}

// Per-user targets --------------------------------------------------------------------------------

export type TargetPeriod = 'month' | 'quarter';

export type Target = {
  id: string;
  userId: string;
  metric: string;
  /** First and last calendar day (inclusive) of the month or quarter. */
  periodStart: string;
  periodEnd: string;
  target: number;
  setBy: string | null;
  version: number;
  updatedAt: string;
};

export async function listTargets(userId: string, periodStart: string): Promise<Target[]> {
  const { items } = await request<{ items: Target[] }>(
    'GET',
    withQuery('/api/v1/targets', { userId, periodStart }),
  );
  return items;
}

export function putTarget(target: {
  userId: string;
  metric: string;
  period: TargetPeriod;
  anchorDay: string;
  target: number;
}): Promise<Target> {
  return request<Target>('PUT', '/api/v1/targets', target);
}

export function deleteTarget(id: string): Promise<void> {
  return request<void>('DELETE', `/api/v1/targets/${enc(id)}`);
}

// Custom metrics ----------------------------------------------------------------------------------

export const METRIC_UNITS = [
  'percent',
  'per_week',
  'days',
  'money',
  'count',
  'minutes',
  'rating',
  'score',
] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const OPERATORS = [
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

export type FieldType = 'text' | 'number' | 'money' | 'timestamp' | 'date' | 'user' | 'flag';
export type EntityFields = { entity: string; fields: { name: string; type: FieldType }[] };

export type ConditionValue = string | number | boolean | (string | number)[];
export type Condition = { field: string; operator: Operator; value?: ConditionValue };
export type FilterGroup = { match: 'all' | 'any'; conditions: (Condition | FilterGroup)[] };

export type Aggregate =
  | { kind: 'count' }
  | { kind: 'sum'; field: string }
  | { kind: 'avg'; field: string }
  | { kind: 'ratio'; numerator: FilterGroup };

export type MetricDefinitionSpec = {
  entity: string;
  filter: FilterGroup;
  aggregate: Aggregate;
  ownerField: string;
  timeField: string;
};

export type CustomMetricFields = {
  nameZh: string;
  nameEn: string;
  unit: MetricUnit;
  dir: '+' | '-';
  definition: MetricDefinitionSpec;
};

export type CustomMetric = CustomMetricFields & {
  id: string;
  key: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export async function listEntityFields(): Promise<EntityFields[]> {
  const { items } = await request<{ items: EntityFields[] }>(
    'GET',
    '/api/v1/custom-metrics/fields',
  );
  return items;
}

export async function listCustomMetrics(): Promise<CustomMetric[]> {
  const { items } = await request<{ items: CustomMetric[] }>('GET', '/api/v1/custom-metrics');
  return items;
}

export function createCustomMetric(
  metric: CustomMetricFields & { key: string },
): Promise<CustomMetric> {
  return request<CustomMetric>('POST', '/api/v1/custom-metrics', metric);
}

export function updateCustomMetric(
  id: string,
  metric: CustomMetricFields & { version: number; active: boolean },
): Promise<CustomMetric> {
  return request<CustomMetric>('PUT', `/api/v1/custom-metrics/${enc(id)}`, metric);
}
