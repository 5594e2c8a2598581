import {
  isNotificationKind,
  type NotificationParams,
} from '../../domain/notifications/notification-kind.js';
import {
  notificationMessage,
  type MessageLanguage,
} from '../../domain/notifications/notification-message.js';
import type { NotificationRow } from './notifications.repository.js';
import type { NotificationOut } from './notifications.schema.js';

export function presentNotification(
  row: NotificationRow,
  language: MessageLanguage,
  zone: string,
): NotificationOut {
  if (!isNotificationKind(row.kind)) throw new Error(`unknown notification kind ${row.kind}`);
  const params = JSON.parse(row.params) as NotificationParams[typeof row.kind];
  const message = notificationMessage(row.kind, params, language, zone);
  return {
    id: row.id,
    kind: row.kind,
    params: params as Record<string, unknown>,
    title: message.title,
    body: message.body,
    link: row.link,
    readAt: row.readAt,
    createdAt: row.createdAt,
  };
}
