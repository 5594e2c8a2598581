import { z } from 'zod';
import { CHANNELS, NOTIFICATION_KINDS } from '../../domain/notifications/notification-kind.js';
import { timestampField } from '../../platform/http/field-schemas.js';
import { pageOf, pageQuery } from '../../platform/http/list-query.js';

export const listNotificationsQuery = pageQuery.pick({ page: true, pageSize: true }).extend({
  unread: z.enum(['true', 'false']).optional().describe('true lists only unread notifications'),
});

export const notificationOut = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    params: z
      .record(z.string(), z.unknown())
      .describe("the kind's parameters (a weekly digest's items are a list)"),
    title: z.string().describe("worded in the request's language"),
    body: z.string(),
    link: z.string().nullable(),
    readAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Notification' });
export type NotificationOut = z.infer<typeof notificationOut>;

export const notificationPage = pageOf(notificationOut).extend({
  unread: z.number().int().describe('all unread notifications of the caller'),
});

export const unreadOut = z.object({ unread: z.number().int() });
export const markAllBody = z
  .object({
    upTo: timestampField
      .optional()
      .describe('only notifications created up to this instant (those the reader has seen)'),
  })
  .default({});

export const markAllOut = z.object({ updated: z.number().int() });

export const preferencesBody = z.object({
  mutedKinds: z
    .array(z.enum(NOTIFICATION_KINDS))
    .max(NOTIFICATION_KINDS.length)
    .describe('kinds you do not want at all, neither in the inbox nor outside'),
  channels: z
    .array(z.enum(CHANNELS))
    .max(CHANNELS.length)
    .describe('outside channels you want (among those the organisation has set up); [] opts out'),
});
export type Preferences = z.infer<typeof preferencesBody>;

const deliveryStatus = z.enum(['pending', 'sent', 'failed']);

export const listDeliveriesQuery = pageQuery.pick({ page: true, pageSize: true }).extend({
  status: deliveryStatus.optional(),
  channel: z.enum(CHANNELS).optional(),
});

export const deliveryOut = z
  .object({
    id: z.string(),
    notificationId: z.string(),
    kind: z.string(),
    recipientId: z.string(),
    channel: z.enum(CHANNELS),
    status: deliveryStatus,
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable().describe('secrets removed'),
    sentAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NotificationDelivery' });
