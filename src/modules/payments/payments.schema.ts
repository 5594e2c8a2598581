import { z } from 'zod';
import {
  calendarDateField,
  centsField,
  optionalText,
  pastDateField,
} from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);

export const planOut = z
  .object({
    id: z.string(),
    contractId: z.string(),
    dueOn: z.string(),
    amountCents: z.number().int(),
    note: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'PaymentPlan' });
export type PlanOut = z.infer<typeof planOut>;

export const createPlanBody = z.object({
  dueOn: calendarDateField,
  amountCents: centsField,
  note: optionalText(1000),
});
export type CreatePlanInput = z.infer<typeof createPlanBody>;

export const updatePlanBody = z.object({
  version,
  dueOn: calendarDateField.optional(),
  amountCents: centsField.optional(),
  note: optionalText(1000),
});
export type UpdatePlanInput = z.infer<typeof updatePlanBody>;

export const listPlansQuery = pageQuery.extend({
  sort: z.enum(['dueOn', 'amountCents', 'createdAt']).default('dueOn'),
});

export const paymentOut = z
  .object({
    id: z.string(),
    contractId: z.string(),
    /** In lists: the contract's number, title and currency, and its customer. */
    contractNumber: z.string().optional(),
    contractTitle: z.string().optional(),
    currency: z.string().optional(),
    customerId: z.string().optional(),
    customerName: readName('customer'),
    planId: z.string().nullable(),
    amountCents: z.number().int(),
    receivedOn: z.string(),
    /** When it was entered (server time): with receivedOn it decides `timely`. */
    recordedAt: z.string(),
    method: z.string().nullable(),
    /** The contract's owner when the payment was recorded. */
    ownerId: z.string(),
    timely: z.boolean(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Payment' });
export type PaymentOut = z.infer<typeof paymentOut>;

const positiveCents = centsField.min(1, 'a payment must be more than zero');
/** Paying more than the remaining balance is refused (422) unless this is set. */
const allowOverpayment = z.boolean().default(false);

export const createPaymentBody = z.object({
  planId: id.nullable().optional(),
  amountCents: positiveCents,
  receivedOn: pastDateField,
  method: optionalText(50),
  allowOverpayment,
});
export type CreatePaymentInput = z.infer<typeof createPaymentBody>;

export const updatePaymentBody = z.object({
  version,
  planId: id.nullable().optional(),
  amountCents: positiveCents.optional(),
  receivedOn: pastDateField.optional(),
  method: optionalText(50),
  allowOverpayment,
});
export type UpdatePaymentInput = z.infer<typeof updatePaymentBody>;

const paymentSort = z.enum(['receivedOn', 'amountCents', 'recordedAt']).default('receivedOn');

export const contractPaymentsQuery = pageQuery.extend({ sort: paymentSort });

export const listPaymentsQuery = pageQuery.extend({
  contractId: id.optional(),
  customerId: id.optional(),
  ownerId: id.optional().describe("the contract's owner"),
  departmentId: id.optional().describe("contract owner's department"),
  receivedFrom: calendarDateField.optional(),
  receivedTo: calendarDateField.optional().describe('inclusive'),
  sort: paymentSort,
});
export type ListPaymentsQuery = z.infer<typeof listPaymentsQuery>;
