import { duplicateHint } from '../duplicates/duplicates.schema.js';
import { z } from 'zod';
import {
  calendarDateField,
  emailField,
  optionalText,
  phoneField,
  searchField,
} from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';
import { CUSTOMER_LEVELS } from '../customers/customers.schema.js';
import { newOpportunityFields } from '../opportunities/opportunities.schema.js';
import { EDITABLE_LEAD_STATUSES } from './lead-lifecycle.js';

export const LEAD_STATUSES = ['new', 'working', 'converted', 'disqualified'] as const;

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);
const qualityRating = z
  .number()
  .int()
  .min(1)
  .max(5)
  .describe('1–5: how good the lead turned out to be');

export const leadOut = z
  .object({
    id: z.string(),
    company: z.string(),
    contactName: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    industry: z.string().nullable(),
    region: z.string().nullable(),
    requirement: z.string().nullable(),
    campaignId: z.string().nullable(),
    sourceUserId: z.string().nullable(),
    sourceUserName: readName('source user'),
    ownerId: z.string().nullable(),
    ownerName: readName('owner'),
    status: z.enum(LEAD_STATUSES),
    disqualifyReason: z.string().nullable(),
    qualityRating: z.number().int().nullable(),
    closedAt: z.string().nullable(),
    closedBy: z.string().nullable(),
    customerId: z.string().nullable(),
    customerName: readName('customer the lead was converted into'),
    contactId: z.string().nullable(),
    opportunityId: z.string().nullable(),
    opportunityName: readName('opportunity the lead was converted into'),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Lead' });
export type LeadOut = z.infer<typeof leadOut>;

export const createdLeadOut = leadOut
  .extend({
    /** Live leads and customers with the same normalised phone or name: a warning, never a block. */
    duplicateHints: z.array(duplicateHint),
  })
  .meta({ id: 'CreatedLead' });

const editable = {
  company: z.string().trim().min(1).max(200),
  contactName: optionalText(100),
  phone: phoneField.nullable().optional(),
  email: emailField.nullable().optional(),
  industry: optionalText(100),
  region: optionalText(100),
  requirement: optionalText(2000),
  campaignId: id.nullable().optional(),
};

export const createLeadBody = z.object({
  ...editable,
  /** Who brought the lead in; defaults to the creator (others: managers and admins only). */
  sourceUserId: id.optional(),
  /** Defaults to the creator (others: managers and admins, within their scope). */
  ownerId: id.optional(),
});
export type CreateLeadInput = z.infer<typeof createLeadBody>;

export const updateLeadBody = z.object({
  version,
  ...editable,
  company: editable.company.optional(),
  status: z.enum(EDITABLE_LEAD_STATUSES).optional(),
});
export type UpdateLeadInput = z.infer<typeof updateLeadBody>;

export const assignLeadBody = z.object({ version, ownerId: id });

export const convertLeadBody = z.object({
  version,
  qualityRating,
  /** The new customer; every field defaults from the lead. It is owned by the lead's owner. */
  customer: z
    .object({
      name: z.string().trim().min(1).max(200).optional(),
      phone: phoneField.nullable().optional(),
      email: emailField.nullable().optional(),
      industry: optionalText(100),
      source: optionalText(100),
      level: z.enum(CUSTOMER_LEVELS).nullable().optional(),
      requirement: optionalText(2000),
      region: optionalText(100),
      address: optionalText(500),
    })
    .default({}),
  /** The customer's primary contact; name, phone and e-mail default from the lead. */
  contact: z
    .object({
      name: z.string().trim().min(1).max(100).optional(),
      title: optionalText(100),
      phone: phoneField.nullable().optional(),
      email: emailField.nullable().optional(),
    })
    .default({}),
  /** Optionally, an opportunity on the new customer, starting in an open stage. */
  opportunity: newOpportunityFields.optional(),
});
export type ConvertLeadInput = z.infer<typeof convertLeadBody>;

export const disqualifyLeadBody = z.object({
  version,
  reason: z.string().trim().min(1).max(1000),
  qualityRating,
});
export type DisqualifyLeadInput = z.infer<typeof disqualifyLeadBody>;

export const listLeadsQuery = pageQuery.extend({
  q: searchField.describe('matches company, contact name, phone or e-mail'),
  status: z.enum(LEAD_STATUSES).optional(),
  ownerId: id.optional(),
  departmentId: id.optional().describe("owner's department"),
  sourceUserId: id.optional(),
  campaignId: id.optional(),
  createdFrom: calendarDateField.optional(),
  createdTo: calendarDateField.optional().describe('inclusive'),
  closedFrom: calendarDateField.optional(),
  closedTo: calendarDateField.optional().describe('inclusive'),
  sort: z.enum(['company', 'createdAt', 'updatedAt', 'closedAt']).default('updatedAt'),
});
export type ListLeadsQuery = z.infer<typeof listLeadsQuery>;
