import type { Db, Executor } from '../../db/database.js';
import {
  CHANNELS,
  isNotificationKind,
  type Channel,
  type NotificationKind,
} from '../../domain/notifications/notification-kind.js';
import { nowIso } from '../../platform/clock.js';
import {
  findPreferences,
  savePreferences,
  type PreferenceRow,
} from './notification-preferences.repository.js';
import type { Preferences } from './notifications.schema.js';

/** Until a user says otherwise: every kind, on every channel the organisation has set up. */
const DEFAULTS: Preferences = { mutedKinds: [], channels: [...CHANNELS] };

function parsed(row: PreferenceRow | undefined): Preferences {
  if (!row) return DEFAULTS;
  const kinds = JSON.parse(row.mutedKinds) as string[];
  const channels = JSON.parse(row.channels) as string[];
  return {
    mutedKinds: kinds.filter(isNotificationKind),
    channels: CHANNELS.filter((channel) => channels.includes(channel)),
  };
}

export async function preferencesOf(
  executor: Executor,
  userIds: readonly string[],
): Promise<Map<string, Preferences>> {
  const rows = new Map((await findPreferences(executor, userIds)).map((r) => [r.userId, r]));
  return new Map(userIds.map((id) => [id, parsed(rows.get(id))]));
}

export async function readMyPreferences(db: Db, userId: string): Promise<Preferences> {
  return (await preferencesOf(db.kysely, [userId])).get(userId) ?? DEFAULTS;
}

export async function writeMyPreferences(
  db: Db,
  userId: string,
  preferences: Preferences,
): Promise<Preferences> {
  const clean: Preferences = {
    mutedKinds: [...new Set<NotificationKind>(preferences.mutedKinds)],
    channels: CHANNELS.filter((channel: Channel) => preferences.channels.includes(channel)),
  };
  await savePreferences(db.kysely, {
    userId,
    mutedKinds: JSON.stringify(clean.mutedKinds),
    channels: JSON.stringify(clean.channels),
    updatedAt: nowIso(),
  });
  return clean;
}
