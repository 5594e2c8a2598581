import { z } from 'zod';
import {
  calendarDateField,
  centsField,
  currencyField,
  optionalText,
  searchField,
} from '../../platform/http/field-schemas.js';
import { pageQuery, readName } from '../../platform/http/list-query.js';

export const CAMPAIGN_CHANNELS = [
  'exhibition',
  'online_ads',
  'webinar',
  'content',
  'referral',
  'email',
  'other',
] as const;
export const CAMPAIGN_STATUSES = ['planned', 'running', 'finished', 'cancelled'] as const;

const id = z.string().min(1).max(64);

export const campaignOut = z
  .object({
    id: z.string(),
    name: z.string(),
    channel: z.string(),
    ownerId: z.string(),
    ownerName: readName('owner'),
    startOn: z.string(),
    endOn: z.string().nullable(),
    budgetCents: z.number().int(),
    currency: z.string(),
    status: z.enum(CAMPAIGN_STATUSES),
    description: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    access: z.enum(['read', 'write']),
  })
  .meta({ id: 'Campaign' });
export type CampaignOut = z.infer<typeof campaignOut>;

const editable = {
  name: z.string().trim().min(1).max(200),
  channel: z.enum(CAMPAIGN_CHANNELS),
  /** A marketing user; defaults to you. Only managers and admins choose someone else. */
  ownerId: id.optional(),
  startOn: calendarDateField,
  endOn: calendarDateField.nullable().optional(),
  budgetCents: centsField,
  status: z.enum(CAMPAIGN_STATUSES),
  description: optionalText(5000),
};

const endMessage = {
  message: 'end date cannot be before the start date',
  path: ['endOn'],
  params: { code: 'end_before_start' },
};
const endNotBeforeStart = (v: {
  startOn?: string | undefined;
  endOn?: string | null | undefined;
}) => !v.startOn || !v.endOn || v.endOn >= v.startOn;

export const createCampaignBody = z
  .object({
    ...editable,
    budgetCents: centsField.default(0),
    currency: currencyField,
    status: editable.status.default('planned'),
  })
  .refine(endNotBeforeStart, endMessage);
export type CreateCampaignInput = z.infer<typeof createCampaignBody>;

export const updateCampaignBody = z
  .object({
    version: z.number().int().min(1),
    ...editable,
    name: editable.name.optional(),
    channel: editable.channel.optional(),
    startOn: editable.startOn.optional(),
    budgetCents: editable.budgetCents.optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'ISO currency code such as CNY')
      .optional(),
    status: editable.status.optional(),
  })
  .refine(endNotBeforeStart, endMessage);
export type UpdateCampaignInput = z.infer<typeof updateCampaignBody>;

export const listCampaignsQuery = pageQuery.extend({
  q: searchField.describe('matches the name'),
  channel: z.enum(CAMPAIGN_CHANNELS).optional(),
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  ownerId: id.optional(),
  departmentId: id.optional().describe("owner's department"),
  startFrom: calendarDateField.optional(),
  startTo: calendarDateField.optional().describe('inclusive'),
  sort: z
    .enum(['name', 'startOn', 'endOn', 'budgetCents', 'createdAt', 'updatedAt'])
    .default('startOn'),
});
export type ListCampaignsQuery = z.infer<typeof listCampaignsQuery>;
