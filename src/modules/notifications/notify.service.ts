import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import type {
  Channel,
  NotificationKind,
  NotificationParams,
} from '../../domain/notifications/notification-kind.js';
import { newId } from '../../platform/ids.js';
import { enabledChannels, readChannelSettings } from './channel-settings.js';
import { enqueueDeliveries } from './notification-deliveries.repository.js';
import { preferencesOf } from './notification-preferences.js';
import { insertNewNotifications } from './notifications.repository.js';

/** An event for one person; (recipient, kind, record, occurrence) identifies it. */
export type NotificationEvent<K extends NotificationKind = NotificationKind> = {
  recipientId: string;
  kind: K;
  recordType: string;
  recordId: string;
  occurrence: string;
  params: NotificationParams[K];
  link: string | null;
};

/**
 * Puts events in their recipients' inboxes and queues them for the outside channels that both the
 * organisation has set up and the recipient wants. Each event notifies at most once: one already
 * notified (or muted by its recipient) is skipped. `alongside` runs in the same transaction (what
 * the producer notes as announced). Returns how many notifications are new.
 */
export async function notify(
  db: Db,
  events: readonly NotificationEvent[],
  at: Date,
  alongside: (trx: Executor) => Promise<void> = async () => undefined,
): Promise<number> {
  if (events.length === 0) return 0;
  const preferences = await preferencesOf(db.kysely, [
    ...new Set(events.map((e) => e.recipientId)),
  ]);
  const wanted = events.filter((e) => !preferences.get(e.recipientId)?.mutedKinds.includes(e.kind));
  const orgChannels = enabledChannels(await readChannelSettings(db));
  const iso = at.toISOString();
  return inTransaction(db, async (trx) => {
    const inserted = await insertNewNotifications(
      trx,
      wanted.map((e) => ({
        id: newId(),
        recipientId: e.recipientId,
        kind: e.kind,
        recordType: e.recordType,
        recordId: e.recordId,
        occurrence: e.occurrence,
        params: JSON.stringify(e.params),
        link: e.link,
        createdAt: iso,
      })),
    );
    const deliveries = inserted.flatMap((n) => {
      const mine = preferences.get(n.recipientId)?.channels ?? [];
      return orgChannels
        .filter((channel) => mine.includes(channel))
        .map((channel: Channel) => ({ notificationId: n.id, channel }));
    });
    await enqueueDeliveries(trx, deliveries, iso);
    await alongside(trx);
    return inserted.length;
  });
}
