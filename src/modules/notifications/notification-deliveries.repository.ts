import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { pageOfQuery, type Page } from '../../db/page-of-query.js';
import type {
  DeliveryStatus,
  NotificationDeliveriesTable,
} from '../../db/tables/notification.table.js';
import type { Channel } from '../../domain/notifications/notification-kind.js';
import { newId } from '../../platform/ids.js';

export type DeliveryRow = Selectable<NotificationDeliveriesTable>;

export async function enqueueDeliveries(
  executor: Executor,
  deliveries: readonly { notificationId: string; channel: Channel }[],
  at: string,
): Promise<void> {
  for (let i = 0; i < deliveries.length; i += 50) {
    const batch = deliveries.slice(i, i + 50).map((d) => ({
      id: newId(),
      notificationId: d.notificationId,
      channel: d.channel,
      status: 'pending' as const,
      nextAttemptAt: at,
      createdAt: at,
      updatedAt: at,
    }));
    await executor
      .insertInto('notificationDeliveries')
      .values(batch)
      .onConflict((oc) => oc.columns(['notificationId', 'channel']).doNothing())
      .execute();
  }
}

/** Pending deliveries whose time has come, oldest first, with what their message needs. */
export function dueDeliveries(executor: Executor, at: string, limit: number) {
  return executor
    .selectFrom('notificationDeliveries as d')
    .innerJoin('notifications as n', 'n.id', 'd.notificationId')
    .innerJoin('users as u', 'u.id', 'n.recipientId')
    .select([
      'd.id',
      'd.channel',
      'd.attempts',
      'n.kind',
      'n.params',
      'n.link',
      'n.createdAt',
      'n.recipientId',
      'u.name as recipientName',
      'u.email as recipientEmail',
      'u.locale as recipientLocale',
    ])
    .where('d.status', '=', 'pending')
    .where('d.nextAttemptAt', '<=', at)
    .orderBy('d.nextAttemptAt')
    .orderBy('d.id')
    .limit(limit)
    .execute();
}

export type DueDelivery = Awaited<ReturnType<typeof dueDeliveries>>[number];

export async function recordAttempt(
  executor: Executor,
  id: string,
  outcome: {
    status: DeliveryStatus;
    attempts: number;
    nextAttemptAt: string | null;
    lastError: string | null;
    sentAt: string | null;
  },
  at: string,
): Promise<void> {
  await executor
    .updateTable('notificationDeliveries')
    .set({ ...outcome, updatedAt: at })
    .where('id', '=', id)
    .execute();
}

/** The delivery log, newest first, optionally of one status or channel. */
export function listDeliveries(
  executor: Executor,
  filter: { status?: DeliveryStatus | undefined; channel?: Channel | undefined },
  page: Page,
) {
  let query = executor
    .selectFrom('notificationDeliveries as d')
    .innerJoin('notifications as n', 'n.id', 'd.notificationId')
    .select([
      'd.id',
      'd.notificationId',
      'd.channel',
      'd.status',
      'd.attempts',
      'd.nextAttemptAt',
      'd.lastError',
      'd.sentAt',
      'd.createdAt',
      'd.updatedAt',
      'n.kind',
      'n.recipientId',
    ])
    .orderBy('d.createdAt', 'desc')
    .orderBy('d.id', 'desc');
  if (filter.status) query = query.where('d.status', '=', filter.status);
  if (filter.channel) query = query.where('d.channel', '=', filter.channel);
  return pageOfQuery(executor, query, page);
}
