import type { Generated } from 'kysely';
import type { Timestamp } from './organisation.table.js';

/** One in-app notification: its kind and parameters, worded in the reader's language when shown. */
export type NotificationsTable = {
  id: string;
  recipientId: string;
  kind: string;
  /** The record it is about (plan, opportunity, flag, cycle…), for the once-only key and links. */
  recordType: string;
  recordId: string;
  /** Which occurrence of the event on that record (a due time, a status), so each notifies once. */
  occurrence: string;
  /** JSON of the kind's parameters. */
  params: string;
  link: string | null;
  readAt: Timestamp | null;
  createdAt: Timestamp;
};

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/** A notification queued for one outside channel, and the log of its attempts. */
export type NotificationDeliveriesTable = {
  id: string;
  notificationId: string;
  channel: string;
  status: DeliveryStatus;
  attempts: Generated<number>;
  nextAttemptAt: Timestamp | null;
  lastError: string | null;
  sentAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

export type NotificationPreferencesTable = {
  userId: string;
  /** JSON array of kinds the user does not want at all. */
  mutedKinds: string;
  /** JSON array of the outside channels the user wants (the inbox always receives). */
  channels: string;
  updatedAt: Timestamp;
};
