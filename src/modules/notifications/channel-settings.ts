import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import type { Channel } from '../../domain/notifications/notification-kind.js';
import { maskSecret, maskUrl } from '../../domain/notifications/mask-secret.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import type { Actor } from '../../platform/policy/actor.js';
import { readSetting, writeSetting } from '../../platform/settings/settings.repository.js';

const SETTING_KEY = 'notifications';
const MASK = '••••';

const url = z.url({ protocol: /^https?$/ }).max(2000);
const msgtype = z.enum(['markdown', 'text']).default('markdown');

/** The organisation's outside channels, as stored (secrets in full). */
export const channelSettingsSchema = z.object({
  /** Where links in outside messages point, e.g. https://crm.example.com (none: no links). */
  appUrl: url.nullable().default(null),
  wecom: z
    .object({ enabled: z.boolean(), url: url.nullable(), msgtype })
    .default({ enabled: false, url: null, msgtype: 'markdown' }),
  dingtalk: z
    .object({
      enabled: z.boolean(),
      url: url.nullable(),
      secret: z.string().max(200).nullable(),
      msgtype,
    })
    .default({ enabled: false, url: null, secret: null, msgtype: 'markdown' }),
  webhook: z
    .object({ enabled: z.boolean(), url: url.nullable() })
    .default({ enabled: false, url: null }),
  email: z
    .object({
      enabled: z.boolean(),
      host: z.string().max(200).nullable(),
      port: z.number().int().min(1).max(65535),
      secure: z.boolean(),
      user: z.string().max(200).nullable(),
      password: z.string().max(200).nullable(),
      from: z.string().max(200).nullable(),
    })
    .default({
      enabled: false,
      host: null,
      port: 587,
      secure: false,
      user: null,
      password: null,
      from: null,
    }),
});
export type ChannelSettings = z.output<typeof channelSettingsSchema>;

/**
 * What the API accepts and returns: the same shape, where URLs and secrets come back masked. A
 * masked value sent back unchanged keeps the stored one, so a form can save what it was given.
 */
export const channelSettingsBody = channelSettingsSchema;

const DEFAULTS: ChannelSettings = channelSettingsSchema.parse({});

export async function readChannelSettings(db: Db): Promise<ChannelSettings> {
  const stored = await readSetting(db.kysely, SETTING_KEY);
  if (!stored) return DEFAULTS;
  const parsed = channelSettingsSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : DEFAULTS;
}

/** The channels switched on and complete enough to send. */
export function enabledChannels(settings: ChannelSettings): Channel[] {
  const on: Channel[] = [];
  if (settings.wecom.enabled && settings.wecom.url) on.push('wecom');
  if (settings.dingtalk.enabled && settings.dingtalk.url) on.push('dingtalk');
  if (settings.webhook.enabled && settings.webhook.url) on.push('webhook');
  if (settings.email.enabled && settings.email.host && settings.email.from) on.push('email');
  return on;
}

/** Every secret of the settings, for removing them from error texts. */
export function secretsOf(settings: ChannelSettings): string[] {
  const urls = [settings.wecom.url, settings.dingtalk.url, settings.webhook.url].flatMap((u) => {
    if (!u) return [];
    const parsed = new URL(u);
    return [`${parsed.pathname}${parsed.search}`, ...parsed.searchParams.values()];
  });
  return [...urls, settings.dingtalk.secret ?? '', settings.email.password ?? ''].filter(
    (secret) => secret.length > 1,
  );
}

const maskedUrl = (value: string | null) => (value === null ? null : maskUrl(value));
const maskedSecret = (value: string | null) => (value === null ? null : maskSecret(value));

export function presentChannelSettings(settings: ChannelSettings): ChannelSettings {
  return {
    appUrl: settings.appUrl,
    wecom: { ...settings.wecom, url: maskedUrl(settings.wecom.url) },
    dingtalk: {
      ...settings.dingtalk,
      url: maskedUrl(settings.dingtalk.url),
      secret: maskedSecret(settings.dingtalk.secret),
    },
    webhook: { ...settings.webhook, url: maskedUrl(settings.webhook.url) },
    email: { ...settings.email, password: settings.email.password === null ? null : MASK },
  };
}

/** A value that still holds the mask was not changed: keep what is stored. */
function kept(sent: string | null, stored: string | null): string | null {
  return sent !== null && sent.includes(MASK) ? stored : sent;
}

/** Saves the settings (recorded in the history with secrets masked) and returns them masked. */
export async function writeChannelSettings(
  db: Db,
  actor: Actor,
  sent: ChannelSettings,
): Promise<ChannelSettings> {
  const before = await readChannelSettings(db);
  const after: ChannelSettings = {
    appUrl: sent.appUrl,
    wecom: { ...sent.wecom, url: kept(sent.wecom.url, before.wecom.url) },
    dingtalk: {
      ...sent.dingtalk,
      url: kept(sent.dingtalk.url, before.dingtalk.url),
      secret: kept(sent.dingtalk.secret, before.dingtalk.secret),
    },
    webhook: { ...sent.webhook, url: kept(sent.webhook.url, before.webhook.url) },
    email: { ...sent.email, password: kept(sent.email.password, before.email.password) },
  };
  await inTransaction(db, async (trx) => {
    await writeSetting(trx, SETTING_KEY, JSON.stringify(after));
    await writeHistory(trx, {
      entity: 'settings',
      entityId: SETTING_KEY,
      action: 'update',
      actorId: actor.id,
      before: presentChannelSettings(before),
      after: presentChannelSettings(after),
    });
  });
  return presentChannelSettings(after);
}
