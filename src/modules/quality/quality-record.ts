import type { FieldKind } from '../../domain/quality/field-filled.js';

export type RecordKind = 'customer' | 'lead';

/**
 * A customer or a lead as the record rules (Q1, Q2) see it. `fields` holds the Q1 fields by their
 * column name (snake_case, as the metric queries name them in quality_flags.field).
 */
export type QualityRecord = {
  kind: RecordKind;
  id: string;
  /** The Q2 name: a customer's name, a lead's company. */
  name: string;
  phone: string | null;
  fields: Record<string, string | null>;
  /** Creator, else owner (imported rows may have no creator); null leaves it unflaggable. */
  responsibleUserId: string | null;
  createdAt: string;
  phoneKey: string | null;
  nameKey: string;
};

/**
 * The free-text fields and phones Q1 checks, per kind. Choice fields (level, status) are never
 * placeholders. industry and source are free text in Yardstick (no picklist), so they are checked:
 * profile_completeness reads their Q1 flags.
 */
export const Q1_FIELDS: Record<RecordKind, Readonly<Record<string, FieldKind>>> = {
  customer: {
    name: 'text',
    phone: 'phone',
    email: 'text',
    industry: 'text',
    source: 'text',
    requirement: 'text',
    region: 'text',
    address: 'text',
  },
  lead: {
    company: 'text',
    contact_name: 'text',
    phone: 'phone',
    email: 'text',
    industry: 'text',
    region: 'text',
    requirement: 'text',
  },
};
