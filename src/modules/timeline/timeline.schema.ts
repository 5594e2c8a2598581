import { z } from 'zod';
import { pageQuery } from '../../platform/http/list-query.js';

export const TIMELINE_KINDS = [
  'activity',
  'stage_change',
  'contract',
  'payment',
  'ticket',
  'feedback',
] as const;

export const timelineItemOut = z
  .object({
    kind: z.enum(TIMELINE_KINDS),
    id: z.string(),
    at: z.string(),
    allDay: z.boolean(),
    title: z.string(),
    summary: z.string().nullable(),
    actorId: z.string().nullable(),
    refId: z.string().nullable(),
    amountCents: z.number().int().nullable(),
    currency: z.string().nullable(),
  })
  .meta({ id: 'TimelineItem' });

export const timelineQuery = pageQuery.pick({ page: true, pageSize: true });
