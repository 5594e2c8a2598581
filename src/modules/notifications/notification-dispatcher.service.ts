import type { Db } from '../../db/database.js';
import { nextAttemptAt } from '../../domain/notifications/delivery-backoff.js';
import { redactSecrets } from '../../domain/notifications/mask-secret.js';
import {
  isNotificationKind,
  type Channel,
  type NotificationParams,
} from '../../domain/notifications/notification-kind.js';
import {
  messageLanguageOf,
  notificationMessage,
} from '../../domain/notifications/notification-message.js';
import {
  enabledChannels,
  readChannelSettings,
  secretsOf,
  type ChannelSettings,
} from './channel-settings.js';
import { CHANNEL_SENDERS } from './channels/channel-senders.js';
import type { OutgoingMessage } from './channels/outgoing-message.js';
import {
  dueDeliveries,
  recordAttempt,
  type DueDelivery,
} from './notification-deliveries.repository.js';

/** Deliveries handled per run; the rest wait for the next run. */
const BATCH = 200;

export type DispatchReport = { sent: number; retrying: number; failed: number };

function outgoing(d: DueDelivery, settings: ChannelSettings, zone: string): OutgoingMessage {
  if (!isNotificationKind(d.kind)) throw new Error(`unknown notification kind ${d.kind}`);
  const params = JSON.parse(d.params) as NotificationParams[typeof d.kind];
  const language = messageLanguageOf(d.recipientLocale);
  return {
    ...notificationMessage(d.kind, params, language, zone),
    kind: d.kind,
    params,
    language,
    url: settings.appUrl && d.link ? new URL(d.link, settings.appUrl).toString() : null,
    createdAt: d.createdAt,
    recipient: { id: d.recipientId, name: d.recipientName, email: d.recipientEmail },
  };
}

/**
 * Sends the deliveries whose time has come, each in its recipient's language. Channels are sent
 * side by side and each delivery is recorded on its own, so a failing or slow channel never holds
 * up the others. A failure is retried with exponential backoff until the attempts run out; the
 * last error is kept for the delivery log with every secret removed.
 */
export async function dispatchDeliveries(db: Db, at: Date, zone: string): Promise<DispatchReport> {
  const due = await dueDeliveries(db.kysely, at.toISOString(), BATCH);
  const settings = await readChannelSettings(db);
  const open = new Set(enabledChannels(settings));
  const secrets = secretsOf(settings);
  const report: DispatchReport = { sent: 0, retrying: 0, failed: 0 };

  const byChannel = new Map<Channel, DueDelivery[]>();
  for (const d of due) {
    const channel = d.channel as Channel;
    byChannel.set(channel, [...(byChannel.get(channel) ?? []), d]);
  }

  const sendOne = async (channel: Channel, d: DueDelivery) => {
    const attempts = d.attempts + 1;
    try {
      if (!open.has(channel)) throw new Error(`channel ${channel} is switched off`);
      await CHANNEL_SENDERS[channel](outgoing(d, settings, zone), settings, at);
      await recordAttempt(
        db.kysely,
        d.id,
        {
          status: 'sent',
          attempts,
          nextAttemptAt: null,
          lastError: null,
          sentAt: at.toISOString(),
        },
        at.toISOString(),
      );
      report.sent += 1;
    } catch (error) {
      const retryAt = nextAttemptAt(at, attempts);
      const message = error instanceof Error ? describe(error) : String(error);
      await recordAttempt(
        db.kysely,
        d.id,
        {
          status: retryAt ? 'pending' : 'failed',
          attempts,
          nextAttemptAt: retryAt?.toISOString() ?? null,
          lastError: redactSecrets(message, secrets).slice(0, 500),
          sentAt: null,
        },
        at.toISOString(),
      );
      if (retryAt) report.retrying += 1;
      else report.failed += 1;
    }
  };

  await Promise.allSettled(
    [...byChannel].map(async ([channel, deliveries]) => {
      for (const d of deliveries) await sendOne(channel, d);
    }),
  );
  return report;
}

/** An error with its cause (fetch reports "fetch failed" and puts the reason in the cause). */
function describe(error: Error): string {
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
