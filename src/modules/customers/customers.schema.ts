import { duplicateHint } from '../duplicates/duplicates.schema.js';
import { z } from 'zod';
import {
  calendarDateField,
  emailField,
  optionalText,
  pastTimestampField,
  phoneField,
  searchField,
} from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';

export const CUSTOMER_STATUSES = ['potential', 'intent', 'deal', 'dormant', 'lost'] as const;
export const CUSTOMER_LEVELS = ['A', 'B', 'C'] as const;

const id = z.string().min(1).max(64);

export const customerOut = z
  .object({
    id: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    industry: z.string().nullable(),
    source: z.string().nullable(),
    level: z.enum(CUSTOMER_LEVELS).nullable(),
    status: z.enum(CUSTOMER_STATUSES),
    requirement: z.string().nullable(),
    region: z.string().nullable(),
    address: z.string().nullable(),
    ownerId: z.string().nullable(),
    ownerName: readName('owner'),
    ownerSince: z.string().nullable(),
    poolEnteredAt: z.string().nullable(),
    lastFollowUpAt: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    /** What the caller may do with this record, so the UI never re-implements permissions. */
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Customer' });
export type CustomerOut = z.infer<typeof customerOut>;

export const createdCustomerOut = customerOut
  .extend({
    /** Likely duplicates (same normalised name, phone or e-mail): a warning, never a block. */
    duplicateHints: z.array(duplicateHint),
  })
  .meta({ id: 'CreatedCustomer' });

const editable = {
  name: z.string().trim().min(1).max(200),
  phone: phoneField.nullable().optional(),
  email: emailField.nullable().optional(),
  industry: optionalText(100),
  source: optionalText(100),
  level: z.enum(CUSTOMER_LEVELS).nullable().optional(),
  requirement: optionalText(2000),
  region: optionalText(100),
  address: optionalText(500),
};

export const createCustomerBody = z.object({
  ...editable,
  status: z.enum(CUSTOMER_STATUSES).default('potential'),
  /** Defaults to the creator; null puts the customer straight into the public pool. */
  ownerId: id.nullable().optional(),
});
export type CreateCustomerInput = z.infer<typeof createCustomerBody>;

export const updateCustomerBody = z.object({
  version: z.number().int().min(1),
  ...editable,
  name: editable.name.optional(),
});
export type UpdateCustomerInput = z.infer<typeof updateCustomerBody>;

export const changeStatusBody = z.object({
  version: z.number().int().min(1),
  status: z.enum(CUSTOMER_STATUSES),
  /** When the change really happened; defaults to now, never in the future. */
  effectiveAt: pastTimestampField.optional(),
});

export const listCustomersQuery = pageQuery.extend({
  q: searchField.describe('matches name, phone or e-mail'),
  ownerId: id.optional(),
  departmentId: id.optional().describe("owner's department"),
  status: z.enum(CUSTOMER_STATUSES).optional(),
  level: z.enum(CUSTOMER_LEVELS).optional(),
  industry: z.string().max(100).optional(),
  region: z.string().max(100).optional(),
  createdFrom: calendarDateField.optional(),
  createdTo: calendarDateField.optional().describe('inclusive'),
  updatedFrom: calendarDateField.optional(),
  updatedTo: calendarDateField.optional(),
  /** Only customers whose given key field is empty (the workbench links here). */
  missing: z
    .enum(['phone', 'email', 'industry', 'source', 'requirement', 'region', 'level'])
    .optional(),
  sort: z.enum(['name', 'createdAt', 'updatedAt', 'lastFollowUpAt', 'level']).default('updatedAt'),
});
export type ListCustomersQuery = z.infer<typeof listCustomersQuery>;
