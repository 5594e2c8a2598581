import { z } from 'zod';
import {
  emailField,
  optionalText,
  phoneField,
  searchField,
} from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';

const id = z.string().min(1).max(64);

export const contactOut = z
  .object({
    id: z.string(),
    customerId: z.string(),
    customerName: readName('customer'),
    name: z.string(),
    title: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    isPrimary: z.boolean(),
    note: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    /** The access the caller has to the contact's customer, which contacts follow. */
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Contact' });
export type ContactOut = z.infer<typeof contactOut>;

const editable = {
  name: z.string().trim().min(1).max(100),
  title: optionalText(100),
  phone: phoneField.nullable().optional(),
  email: emailField.nullable().optional(),
  /** Making a contact primary demotes the customer's previous primary contact. */
  isPrimary: z.boolean().optional(),
  note: optionalText(2000),
};

export const createContactBody = z.object({
  customerId: id,
  ...editable,
});
export type CreateContactInput = z.infer<typeof createContactBody>;

export const updateContactBody = z.object({
  version: z.number().int().min(1),
  ...editable,
  name: editable.name.optional(),
});
export type UpdateContactInput = z.infer<typeof updateContactBody>;

export const listContactsQuery = pageQuery.extend({
  customerId: id.optional(),
  q: searchField.describe('matches name, phone or e-mail'),
  sort: z.enum(['name', 'createdAt', 'updatedAt']).default('name'),
});
export type ListContactsQuery = z.infer<typeof listContactsQuery>;
