import { api, type BodyOf, type ResponseOf } from './api-client';
import { enumValues } from './generated/schema';

export type FieldAccessSettings = ResponseOf<'/api/v1/settings/field-access', 'get'>;
export type FieldRule = BodyOf<'/api/v1/settings/field-access', 'put'>['rules'][number];
export type FieldEntity = FieldRule['entity'];
export type FieldMode = FieldRule['mode'];
export const FIELD_ENTITIES = enumValues['get /api/v1/settings/field-access response.rules.entity'];

export const getFieldAccess = () => api.get('/api/v1/settings/field-access');
export const saveFieldAccess = (rules: FieldRule[]) =>
  api.put('/api/v1/settings/field-access', { body: { rules } });
