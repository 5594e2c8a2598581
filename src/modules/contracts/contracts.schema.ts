import { z } from 'zod';
import {
  calendarDateField,
  centsField,
  currencyField,
  pastDateField,
  searchField,
} from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';
import { booleanQueryField } from '../../platform/records/boolean-query.schema.js';

const id = z.string().min(1).max(64);

export const contractOut = z
  .object({
    id: z.string(),
    customerId: z.string(),
    customerName: readName('customer'),
    opportunityId: z.string().nullable(),
    opportunityName: readName('opportunity'),
    number: z.string(),
    title: z.string(),
    amountCents: z.number().int(),
    currency: z.string(),
    signedOn: z.string(),
    startOn: z.string().nullable(),
    endOn: z.string().nullable(),
    renewalOf: z.string().nullable(),
    ownerId: z.string(),
    ownerName: readName('owner'),
    paidCents: z.number().int(),
    /** amount − paid; negative when overpaid. */
    balanceCents: z.number().int(),
    fullyPaidOn: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Contract' });
export type ContractOut = z.infer<typeof contractOut>;

const endNotBeforeStart = (value: {
  startOn?: string | null | undefined;
  endOn?: string | null | undefined;
}) => !value.startOn || !value.endOn || value.endOn >= value.startOn;
const endMessage = {
  message: 'end date cannot be before the start date',
  path: ['endOn'],
  params: { code: 'end_before_start' },
};

const editable = {
  opportunityId: id.nullable().optional(),
  number: z.string().trim().min(1).max(64),
  title: z.string().trim().min(1).max(200),
  amountCents: centsField,
  signedOn: pastDateField,
  startOn: calendarDateField.nullable().optional(),
  endOn: calendarDateField.nullable().optional(),
  /** The contract of the same customer that this one renews. */
  renewalOf: id.nullable().optional(),
  /** Defaults to the opportunity's owner, else the customer's (or you, for a pooled customer); must be within your data scope. */
  ownerId: id.optional(),
};

export const createContractBody = z
  .object({ customerId: id, ...editable, currency: currencyField })
  .refine(endNotBeforeStart, endMessage);
export type CreateContractInput = z.infer<typeof createContractBody>;

export const updateContractBody = z
  .object({
    version: z.number().int().min(1),
    ...editable,
    number: editable.number.optional(),
    title: editable.title.optional(),
    amountCents: editable.amountCents.optional(),
    signedOn: editable.signedOn.optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'ISO currency code such as CNY')
      .optional(),
  })
  .refine(endNotBeforeStart, endMessage);
export type UpdateContractInput = z.infer<typeof updateContractBody>;

export const listContractsQuery = pageQuery.extend({
  q: searchField.describe('matches number or title'),
  ownerId: id.optional(),
  departmentId: id.optional().describe("owner's department"),
  customerId: id.optional(),
  signedFrom: calendarDateField.optional(),
  signedTo: calendarDateField.optional().describe('inclusive'),
  endFrom: calendarDateField.optional(),
  endTo: calendarDateField.optional().describe('inclusive'),
  renewal: booleanQueryField.describe('true: only renewals; false: only new business'),
  unpaidOn: calendarDateField
    .optional()
    .describe('signed by this day and not fully paid by it (receivables)'),
  sort: z
    .enum(['signedOn', 'endOn', 'amountCents', 'number', 'createdAt', 'updatedAt'])
    .default('signedOn'),
});
export type ListContractsQuery = z.infer<typeof listContractsQuery>;
