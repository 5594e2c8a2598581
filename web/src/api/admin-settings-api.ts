import { api, type BodyOf, type ItemOf, type QueryOf } from './api-client';
import { enumValues } from './generated/schema';

// Roles and data scopes ---------------------------------------------------------------------------

export type RoleScope = ItemOf<'/api/v1/roles'>;
export type DataScope = RoleScope['dataScope'];
export const DATA_SCOPES = enumValues['get /api/v1/roles response.items.dataScope'];

export const listRoles = async () => (await api.get('/api/v1/roles')).items;

export const setRoleScope = (key: RoleScope['key'], dataScope: DataScope) =>
  api.put('/api/v1/roles/{key}', { path: { key }, body: { dataScope } });

// Pipeline stages ---------------------------------------------------------------------------------

export type Stage = ItemOf<'/api/v1/pipeline-stages'>;
export type StageFields = BodyOf<'/api/v1/pipeline-stages', 'post'>;

export const listAllStages = async () =>
  (await api.get('/api/v1/pipeline-stages', { query: { includeInactive: 'true' } })).items;

export const createStage = (body: StageFields) => api.post('/api/v1/pipeline-stages', { body });

export const updateStage = (
  stage: Stage,
  changes: Omit<BodyOf<'/api/v1/pipeline-stages/{id}', 'patch'>, 'version'>,
) =>
  api.patch('/api/v1/pipeline-stages/{id}', {
    path: { id: stage.id },
    body: { version: stage.version, ...changes },
  });

// Key fields for profile completeness --------------------------------------------------------------

export type AppraisalSettings = BodyOf<'/api/v1/settings/appraisal', 'put'>;
export type KeyField = AppraisalSettings['keyFields'][number];
export const KEY_FIELDS = enumValues['get /api/v1/settings/appraisal response.keyFields'];

export const getAppraisalSettings = () => api.get('/api/v1/settings/appraisal');

export const saveAppraisalSettings = (body: AppraisalSettings) =>
  api.put('/api/v1/settings/appraisal', { body });

// Per-user targets --------------------------------------------------------------------------------

export type Target = ItemOf<'/api/v1/targets'>;
export type TargetPeriod = BodyOf<'/api/v1/targets', 'put'>['period'];

export const listTargets = async (query: QueryOf<'/api/v1/targets', 'get'>) =>
  (await api.get('/api/v1/targets', { query })).items;

export const putTarget = (body: BodyOf<'/api/v1/targets', 'put'>) =>
  api.put('/api/v1/targets', { body });

export const deleteTarget = (id: string) => api.delete('/api/v1/targets/{id}', { path: { id } });

// Custom metrics ----------------------------------------------------------------------------------

export type CustomMetric = ItemOf<'/api/v1/custom-metrics'>;
export type MetricUnit = CustomMetric['unit'];
export const METRIC_UNITS = enumValues['get /api/v1/custom-metrics response.items.unit'];
export type MetricDefinitionSpec = CustomMetric['definition'];
export type FilterGroup = MetricDefinitionSpec['filter'];
export type Condition = Exclude<FilterGroup['conditions'][number], FilterGroup>;
export type Operator = Condition['operator'];
export const OPERATORS =
  enumValues['get /api/v1/custom-metrics response.items.definition.filter.conditions.operator'];
export type ConditionValue = NonNullable<Condition['value']>;
export type Aggregate = MetricDefinitionSpec['aggregate'];
export const AGGREGATE_KINDS =
  enumValues['get /api/v1/custom-metrics response.items.definition.aggregate.kind'];
export type EntityFields = ItemOf<'/api/v1/custom-metrics/fields'>;
export type FieldType = EntityFields['fields'][number]['type'];
export type NewCustomMetric = BodyOf<'/api/v1/custom-metrics', 'post'>;
export type CustomMetricFields = Omit<NewCustomMetric, 'key'>;

export const listEntityFields = async () => (await api.get('/api/v1/custom-metrics/fields')).items;

export const listCustomMetrics = async () => (await api.get('/api/v1/custom-metrics')).items;

export const createCustomMetric = (body: NewCustomMetric) =>
  api.post('/api/v1/custom-metrics', { body });

export const updateCustomMetric = (
  id: string,
  body: BodyOf<'/api/v1/custom-metrics/{id}', 'put'>,
) => api.put('/api/v1/custom-metrics/{id}', { path: { id }, body });
