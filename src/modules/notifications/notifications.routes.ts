import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/errors/app-error.js';
import { requestLanguage } from '../../platform/errors/request-language.js';
import { nowIso } from '../../platform/clock.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse, pageWindow } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import {
  channelSettingsBody,
  presentChannelSettings,
  readChannelSettings,
  writeChannelSettings,
} from './channel-settings.js';
import { listDeliveries } from './notification-deliveries.repository.js';
import { readMyPreferences, writeMyPreferences } from './notification-preferences.js';
import { canAdministerNotifications, canUseInbox } from './notifications.policy.js';
import { presentNotification } from './notifications.presenter.js';
import * as repo from './notifications.repository.js';
import {
  deliveryOut,
  listDeliveriesQuery,
  listNotificationsQuery,
  markAllBody,
  markAllOut,
  notificationOut,
  notificationPage,
  preferencesBody,
  unreadOut,
} from './notifications.schema.js';

export function registerNotificationRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const inbox = { allow: canUseInbox };
  const admin = { allow: canAdministerNotifications };
  const tags = ['notifications'];
  const zone = config.orgTimeZone;

  r.get(
    '/api/v1/notifications',
    {
      config: inbox,
      schema: {
        operationId: 'listNotifications',
        tags,
        summary: 'Your notifications, newest first, worded in your language, with the unread count',
        querystring: listNotificationsQuery,
        response: { 200: notificationPage },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const language = requestLanguage(request.headers['accept-language']);
      const [page, unread] = await Promise.all([
        repo.listNotificationsOf(db.kysely, actor.id, q.unread === 'true', pageWindow(q)),
        repo.countUnreadOf(db.kysely, actor.id),
      ]);
      return {
        ...pageResponse(q, page, (row) => presentNotification(row, language, zone)),
        unread,
      };
    },
  );

  r.get(
    '/api/v1/notifications/unread-count',
    {
      config: inbox,
      schema: {
        operationId: 'countUnreadNotifications',
        tags,
        summary: 'How many of your notifications are unread (for the bell)',
        response: { 200: unreadOut },
      },
    },
    async (request) => ({ unread: await repo.countUnreadOf(db.kysely, actorOf(request).id) }),
  );

  r.post(
    '/api/v1/notifications/:id/read',
    {
      config: inbox,
      schema: {
        operationId: 'markNotificationRead',
        tags,
        summary: 'Mark one of your notifications read (404 for anyone else’s)',
        params: idParams,
        response: { 200: notificationOut },
      },
    },
    async (request) => {
      const row = await repo.markRead(db.kysely, actorOf(request).id, request.params.id, nowIso());
      if (!row) throw notFound('notification');
      return presentNotification(row, requestLanguage(request.headers['accept-language']), zone);
    },
  );

  r.post(
    '/api/v1/notifications/read-all',
    {
      config: inbox,
      schema: {
        operationId: 'markAllNotificationsRead',
        tags,
        summary: 'Mark all your notifications read',
        body: markAllBody,
        response: { 200: markAllOut },
      },
    },
    async (request) => ({
      updated: await repo.markAllRead(db.kysely, actorOf(request).id, nowIso(), request.body.upTo),
    }),
  );

  r.get(
    '/api/v1/notifications/preferences',
    {
      config: inbox,
      schema: {
        operationId: 'getNotificationPreferences',
        tags,
        summary: 'Which kinds you receive, and on which outside channels',
        response: { 200: preferencesBody },
      },
    },
    async (request) => readMyPreferences(db, actorOf(request).id),
  );

  r.put(
    '/api/v1/notifications/preferences',
    {
      config: inbox,
      schema: {
        operationId: 'replaceNotificationPreferences',
        tags,
        summary: 'Change which kinds you receive and on which outside channels',
        body: preferencesBody,
        response: { 200: preferencesBody },
      },
    },
    async (request) => writeMyPreferences(db, actorOf(request).id, request.body),
  );

  r.get(
    '/api/v1/notifications/deliveries',
    {
      config: admin,
      schema: {
        operationId: 'listNotificationDeliveries',
        tags,
        summary:
          'The delivery log: every queued message per channel, its attempts and last error (admins)',
        querystring: listDeliveriesQuery,
        response: { 200: pageOf(deliveryOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await listDeliveries(
        db.kysely,
        { status: q.status, channel: q.channel },
        pageWindow(q),
      );
      return pageResponse(q, page, (d) => deliveryOut.parse(d));
    },
  );

  r.get(
    '/api/v1/settings/notifications',
    {
      config: admin,
      schema: {
        operationId: 'getNotificationChannels',
        tags,
        summary: 'The outside channels (企业微信, 钉钉, webhook, e-mail), secrets masked (admins)',
        response: { 200: channelSettingsBody },
      },
    },
    async () => presentChannelSettings(await readChannelSettings(db)),
  );

  r.put(
    '/api/v1/settings/notifications',
    {
      config: admin,
      schema: {
        operationId: 'replaceNotificationChannels',
        tags,
        summary:
          'Change the outside channels (admins); a masked value sent back unchanged keeps the stored secret',
        body: channelSettingsBody,
        response: { 200: channelSettingsBody },
      },
    },
    async (request) => writeChannelSettings(db, actorOf(request), request.body),
  );
}
