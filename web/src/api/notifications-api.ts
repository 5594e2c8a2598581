import { api, type ItemOf, type ResponseOf } from './api-client';
import { enumValues } from './generated/schema';

/** Worded by the server in the language the app asks for (Accept-Language). */
export type AppNotification = ItemOf<'/api/v1/notifications'>;

export const listNotifications = (pageSize: number) =>
  api.get('/api/v1/notifications', { query: { pageSize } });

export const markNotificationRead = (id: string) =>
  api.post('/api/v1/notifications/{id}/read', { path: { id } });

/** Marks read what the reader has seen: everything created up to `upTo`. */
export const markAllNotificationsRead = (upTo: string) =>
  api.post('/api/v1/notifications/read-all', { body: { upTo } });

/** Which kinds a user muted and which outside channels they want. */
export type NotificationPreferences = ResponseOf<'/api/v1/notifications/preferences', 'get'>;
export type NotificationKind = NotificationPreferences['mutedKinds'][number];
export type NotificationChannel = NotificationPreferences['channels'][number];
/** Every outside channel a person can ask for, in the server's order. */
export const NOTIFICATION_CHANNELS =
  enumValues['put /api/v1/notifications/preferences body.channels'];

export const getNotificationPreferences = () => api.get('/api/v1/notifications/preferences');

export const saveNotificationPreferences = (preferences: NotificationPreferences) =>
  api.put('/api/v1/notifications/preferences', { body: preferences });
