import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/http/list-query.js';

export const evidenceQuery = pageQuery.pick({ page: true, pageSize: true }).extend({
  /** 'yes': only records in the numerator; 'no': only those outside it (e.g. the late ones). */
  counted: z.enum(['all', 'yes', 'no']).default('all'),
});

export const evidenceItem = z.object({
  recordType: z.string(),
  recordId: z.string(),
  at: z.string(),
  /** This record's contribution to the numerator (1/0 for shares; the value for sums and means). */
  numerator: z.number(),
  denominator: z.number(),
  label: z.string().nullable(),
  customerId: z.string().nullable(),
  /** For a change (stage_change, customer_status_change): the record it changed. */
  parent: z.object({ recordType: z.string(), recordId: z.string() }).nullable(),
  /** For a change: from → to, as stored (stage ids of a stage change, customer statuses). */
  change: z.object({ from: z.string().nullable(), to: z.string() }).nullable(),
});

export const evidencePage = pageOf(evidenceItem);
