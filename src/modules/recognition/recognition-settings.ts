import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import type { Actor } from '../../platform/policy/actor.js';
import { readSetting, writeSetting } from '../../platform/settings/settings.repository.js';

const SETTING_KEY = 'recognition';

export const recognitionSettingsSchema = z
  .object({
    /** Leaderboards can be switched off for the whole organisation; awards and badges stay. */
    leaderboardsEnabled: z.boolean(),
    /** How many places a leaderboard shows (everyone tied at the last place too). */
    leaderboardSize: z.number().int().min(1).max(50),
    /** People with more open data-quality flags than this cannot receive an award. */
    awardMaxOpenFlags: z.number().int().min(0).max(100),
  })
  .meta({ id: 'RecognitionSettings' });
export type RecognitionSettings = z.output<typeof recognitionSettingsSchema>;

const DEFAULTS: RecognitionSettings = {
  leaderboardsEnabled: true,
  leaderboardSize: 10,
  awardMaxOpenFlags: 0,
};

export async function readRecognitionSettings(db: Db): Promise<RecognitionSettings> {
  const stored = await readSetting(db.kysely, SETTING_KEY);
  if (!stored) return DEFAULTS;
  const parsed = recognitionSettingsSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : DEFAULTS;
}

export async function writeRecognitionSettings(
  db: Db,
  actor: Actor,
  settings: RecognitionSettings,
): Promise<RecognitionSettings> {
  const before = await readRecognitionSettings(db);
  await inTransaction(db, async (trx) => {
    await writeSetting(trx, SETTING_KEY, JSON.stringify(settings));
    await writeHistory(trx, {
      entity: 'settings',
      entityId: SETTING_KEY,
      action: 'update',
      actorId: actor.id,
      before,
      after: settings,
    });
  });
  return settings;
}
