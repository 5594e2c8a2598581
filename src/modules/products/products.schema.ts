import { z } from 'zod';
import {
  centsField,
  currencyField,
  optionalText,
  searchField,
} from '../../platform/http/field-schemas.js';
import { pageQuery } from '../../platform/http/list-query.js';
import { booleanQueryField } from '../../platform/records/boolean-query.schema.js';

export const productOut = z
  .object({
    id: z.string(),
    name: z.string(),
    code: z.string().nullable(),
    unitPriceCents: z.number().int(),
    currency: z.string(),
    active: z.boolean(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Product' });
export type ProductOut = z.infer<typeof productOut>;

export const createProductBody = z.object({
  name: z.string().trim().min(1).max(200),
  code: optionalText(64),
  unitPriceCents: centsField,
  currency: currencyField,
  active: z.boolean().default(true),
});
export type CreateProductInput = z.infer<typeof createProductBody>;

export const updateProductBody = z.object({
  version: z.number().int().min(1),
  name: createProductBody.shape.name.optional(),
  code: optionalText(64),
  unitPriceCents: centsField.optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'ISO currency code such as CNY')
    .optional(),
  active: z.boolean().optional(),
});
export type UpdateProductInput = z.infer<typeof updateProductBody>;

export const listProductsQuery = pageQuery.extend({
  q: searchField.describe('matches name or code'),
  active: booleanQueryField,
  sort: z.enum(['name', 'code', 'unitPriceCents', 'createdAt', 'updatedAt']).default('name'),
});
export type ListProductsQuery = z.infer<typeof listProductsQuery>;
