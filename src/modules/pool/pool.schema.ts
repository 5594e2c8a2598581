import { z } from 'zod';
import { calendarDateField, optionalText, searchField } from '../../platform/http/field-schemas.js';
import { pageQuery } from '../../platform/http/list-query.js';
import { CUSTOMER_LEVELS, CUSTOMER_STATUSES, customerOut } from '../customers/customers.schema.js';

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);
const days = z.number().int().min(1).max(3650).nullable();

export const poolQuery = pageQuery.extend({
  q: searchField.describe('matches name, phone or e-mail'),
  status: z.enum(CUSTOMER_STATUSES).optional(),
  level: z.enum(CUSTOMER_LEVELS).optional(),
  industry: z.string().max(100).optional(),
  region: z.string().max(100).optional(),
  previousOwnerId: id.optional(),
  enteredFrom: calendarDateField
    .optional()
    .describe('entered the pool on or after this org-zone day'),
  enteredTo: calendarDateField.optional().describe('inclusive'),
  sort: z
    .enum(['name', 'poolEnteredAt', 'createdAt', 'lastFollowUpAt', 'level'])
    .default('poolEnteredAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type PoolQuery = z.infer<typeof poolQuery>;

export const releaseBody = z.object({ version, reason: optionalText(500) });
export const claimBody = z.object({ version });
export const assignBody = z.object({ version, ownerId: id });

export const poolRuleIn = z.object({
  level: z.enum(CUSTOMER_LEVELS).nullable(),
  daysWithoutFollowUp: days,
  daysWithoutDeal: days,
});

const settingsFields = {
  /** Most customers one person may hold when claiming; 0 = unlimited. */
  claimCap: z.number().int().min(0).max(100_000),
  /** Days after releasing a customer before its previous owner may claim it back. */
  reclaimCooldownDays: z.number().int().min(0).max(3650),
  rules: z
    .array(poolRuleIn)
    .max(4)
    .refine((rules) => new Set(rules.map((r) => r.level)).size === rules.length, {
      message: 'one rule per level at most',
      params: { code: 'listed_twice' },
    }),
};

export const poolSettingsOut = z
  .object({ ...settingsFields, version: z.number().int() })
  .meta({ id: 'PoolSettings' });
export type PoolSettings = z.infer<typeof poolSettingsOut>;
export const poolSettingsBody = z.object({ ...settingsFields, version });
export type PoolSettingsInput = z.infer<typeof poolSettingsBody>;

export const dueCustomerOut = customerOut
  .extend({
    lastDealOn: z.string().nullable(),
    reason: z.enum(['no_follow_up', 'no_deal']),
  })
  .meta({ id: 'CustomerDueForReturn' });

export const dueQuery = pageQuery.extend({ ownerId: id.optional() });
