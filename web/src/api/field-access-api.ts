import { request } from './api-client';
import type { Role } from './api-types';

export const FIELD_ENTITIES = ['customer', 'contact', 'lead'] as const;
export type FieldEntity = (typeof FIELD_ENTITIES)[number];
export type FieldMode = 'editable' | 'read_only' | 'hidden';

export type FieldRule = {
  role: Role;
  entity: FieldEntity;
  field: string;
  mode: FieldMode;
  masked: boolean;
};

export type FieldAccessSettings = {
  rules: FieldRule[];
  /** The fields each record offers for restriction. */
  fields: Record<FieldEntity, string[]>;
};

export function getFieldAccess(): Promise<FieldAccessSettings> {
  return request<FieldAccessSettings>('GET', '/api/v1/settings/field-access');
}

export function saveFieldAccess(rules: FieldRule[]): Promise<FieldAccessSettings> {
  return request<FieldAccessSettings>('PUT', '/api/v1/settings/field-access', { rules });
}
