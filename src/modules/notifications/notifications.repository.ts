import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { pageOfQuery, type Page } from '../../db/page-of-query.js';
import type { NotificationsTable } from '../../db/tables/notification.table.js';

export type NotificationRow = Selectable<NotificationsTable>;
export type NewNotification = Insertable<NotificationsTable>;

/**
 * Inserts the notifications not sent before and returns those: a row whose (recipient, kind,
 * record, occurrence) already exists is skipped by the unique key, so producers may run again.
 */
export async function insertNewNotifications(
  executor: Executor,
  rows: readonly NewNotification[],
): Promise<NotificationRow[]> {
  const inserted: NotificationRow[] = [];
  for (let i = 0; i < rows.length; i += 50) {
    inserted.push(
      ...(await executor
        .insertInto('notifications')
        .values(rows.slice(i, i + 50))
        .onConflict((oc) =>
          oc.columns(['recipientId', 'kind', 'recordId', 'occurrence']).doNothing(),
        )
        .returningAll()
        .execute()),
    );
  }
  return inserted;
}

/** One recipient's notifications, newest first; only the unread ones when asked. */
export function listNotificationsOf(
  executor: Executor,
  recipientId: string,
  unreadOnly: boolean,
  page: Page,
) {
  let query = executor
    .selectFrom('notifications')
    .selectAll()
    .where('recipientId', '=', recipientId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc');
  if (unreadOnly) query = query.where('readAt', 'is', null);
  return pageOfQuery(executor, query, page);
}

export async function countUnreadOf(executor: Executor, recipientId: string): Promise<number> {
  const row = await executor
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('recipientId', '=', recipientId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of the recipient's notifications read (kept as first read); undefined if not theirs. */
export async function markRead(
  executor: Executor,
  recipientId: string,
  id: string,
  at: string,
): Promise<NotificationRow | undefined> {
  await executor
    .updateTable('notifications')
    .set({ readAt: at })
    .where('id', '=', id)
    .where('recipientId', '=', recipientId)
    .where('readAt', 'is', null)
    .execute();
  return executor
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', id)
    .where('recipientId', '=', recipientId)
    .executeTakeFirst();
}

export async function markAllRead(
  executor: Executor,
  recipientId: string,
  at: string,
  upTo?: string,
): Promise<number> {
  let query = executor
    .updateTable('notifications')
    .set({ readAt: at })
    .where('recipientId', '=', recipientId)
    .where('readAt', 'is', null);
  if (upTo) query = query.where('createdAt', '<=', new Date(upTo).toISOString());
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
