import { z } from 'zod';
import {
  CONTROLLED_FIELDS,
  FIELD_ENTITIES,
  FIELD_MODES,
  isControlledField,
  type FieldEntity,
} from '../../domain/access/field-access.js';
import { ROLES } from '../../platform/policy/roles.js';

export const fieldRule = z
  .object({
    role: z.enum(ROLES),
    entity: z.enum(FIELD_ENTITIES as [FieldEntity, ...FieldEntity[]]),
    field: z.string().min(1).max(40),
    mode: z.enum(FIELD_MODES),
    /** Phones and e-mails only: shown masked (138****1234, z***@example.com) until revealed. */
    masked: z.boolean().default(false),
  })
  .refine((rule) => isControlledField(rule.entity, rule.field), {
    message: 'not a field that can be restricted',
    path: ['field'],
  })
  .refine((rule) => !rule.masked || rule.field === 'phone' || rule.field === 'email', {
    message: 'only phones and e-mails can be masked',
    path: ['masked'],
  });

export const fieldAccessSettings = z.object({
  /** One rule per role, record and field; a field with no rule is editable and unmasked. */
  rules: z.array(fieldRule).max(500),
});
export type FieldAccessSettings = z.output<typeof fieldAccessSettings>;

export const fieldAccessOut = fieldAccessSettings.extend({
  /** The fields each record offers for restriction, for building the settings page. */
  fields: z.object(
    Object.fromEntries(FIELD_ENTITIES.map((e) => [e, z.array(z.string())])) as Record<
      FieldEntity,
      z.ZodArray<z.ZodString>
    >,
  ),
});

export const controlledFieldLists = Object.fromEntries(
  FIELD_ENTITIES.map((e) => [e, [...CONTROLLED_FIELDS[e]]]),
) as Record<FieldEntity, string[]>;

export const revealBody = z.object({ field: z.enum(['phone', 'email']) });
export const revealOut = z.object({
  field: z.enum(['phone', 'email']),
  value: z.string().nullable(),
});

const fieldDecision = z.object({ mode: z.enum(FIELD_MODES), masked: z.boolean() });
const decisionsOf = z.record(z.string(), fieldDecision);

/**
 * What the caller may do with each restricted field (fields not listed are editable and shown
 * in full), so that forms show masked and read-only fields read-only and never send them back.
 */
export const fieldViewOut = z
  .object({
    customer: decisionsOf.optional(),
    contact: decisionsOf.optional(),
    lead: decisionsOf.optional(),
  })
  .meta({ id: 'FieldView' });
