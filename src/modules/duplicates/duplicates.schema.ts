import { z } from 'zod';

export const DUPLICATE_ENTITIES = ['customer', 'lead', 'contact'] as const;
export type DuplicateEntity = (typeof DUPLICATE_ENTITIES)[number];

const matchedBy = z.enum(['phone', 'email', 'name']);

/**
 * A likely duplicate. One the requester may see names itself; for others, only that one
 * exists (one entry per kind and reason), without id, name, phone or owner.
 */
export const duplicateHint = z.union([
  z.object({
    visible: z.literal(true),
    entity: z.enum(DUPLICATE_ENTITIES),
    id: z.string(),
    name: z.string(),
    matchedBy,
  }),
  z.object({ visible: z.literal(false), entity: z.enum(DUPLICATE_ENTITIES), matchedBy }),
]);
export type DuplicateHint = z.infer<typeof duplicateHint>;

export const duplicatesQuery = z.object({
  /** The kind of record about to be saved. */
  entity: z.enum(DUPLICATE_ENTITIES),
  /** A customer's name, a lead's company or a contact's name. */
  name: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(40).optional(),
  email: z.string().trim().max(254).optional(),
  /** For a contact: its customer (a same-named contact there is a likely duplicate). */
  customerId: z.string().max(64).optional(),
  /** The record being edited, left out of its own duplicates. */
  exceptId: z.string().max(64).optional(),
});
export type DuplicatesQuery = z.infer<typeof duplicatesQuery>;
