import { z } from 'zod';
import { SEARCH_TYPES } from './search.policy.js';

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  /** Results per kind of record. */
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export type SearchQuery = z.infer<typeof searchQuery>;

const searchHitOut = z.object({
  id: z.string(),
  /** The display name: a customer's or contact's name, a lead's company, "number title" of a contract. */
  title: z.string(),
  /** A second line: the customer a record belongs to, a lead's contact, a customer's region. */
  detail: z.string().nullable(),
  /** Where the web app shows the record, e.g. /customers/{id} (a contact opens its customer). */
  link: z.string(),
});

export const searchResultOut = z
  .object({
    groups: z.array(
      z.object({
        type: z.enum(SEARCH_TYPES),
        items: z.array(searchHitOut),
        /** More records match than were returned. */
        more: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'SearchResult' });
