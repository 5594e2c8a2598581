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

/** What the signed-in person may do with each restricted field (unlisted fields: editable). */
export type FieldView = ResponseOf<'/api/v1/auth/me', 'get'>['fieldAccess'];
export type FieldDecision = NonNullable<FieldView['customer']>[string];
export type RevealableField = BodyOf<'/api/v1/customers/{id}/reveal', 'post'>['field'];

export const getMyFieldAccess = async () => (await api.get('/api/v1/auth/me')).fieldAccess;

/** The full value of a field the person sees masked; the server records the reveal. */
export async function revealField(entity: FieldEntity, id: string, field: RevealableField) {
  const request = { path: { id }, body: { field } };
  switch (entity) {
    case 'customer':
      return (await api.post('/api/v1/customers/{id}/reveal', request)).value;
    case 'contact':
      return (await api.post('/api/v1/contacts/{id}/reveal', request)).value;
    case 'lead':
      return (await api.post('/api/v1/leads/{id}/reveal', request)).value;
  }
}
