import { request, withQuery } from './api-client';
import type { Page } from './api-types';

export type NotificationKind =
  | 'plan_due_soon'
  | 'plan_overdue'
  | 'opportunity_stale'
  | 'quality_flag'
  | 'cycle_self_review'
  | 'cycle_manager_review'
  | 'award'
  | 'badge';

/** Worded by the server in the language the app asks for (Accept-Language). */
export type AppNotification = {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
};

export type NotificationPage = Page<AppNotification> & { unread: number };

export function listNotifications(pageSize: number): Promise<NotificationPage> {
  return request<NotificationPage>('GET', withQuery('/api/v1/notifications', { pageSize }));
}

export function unreadCount(): Promise<{ unread: number }> {
  return request<{ unread: number }>('GET', '/api/v1/notifications/unread-count');
}

export function markNotificationRead(id: string): Promise<AppNotification> {
  return request<AppNotification>('POST', `/api/v1/notifications/${encodeURIComponent(id)}/read`);
}

/** Marks read what the reader has seen: everything created up to `upTo`. */
export function markAllNotificationsRead(upTo: string): Promise<{ updated: number }> {
  return request<{ updated: number }>('POST', '/api/v1/notifications/read-all', { upTo });
}
