import { z } from 'zod';
import { jsonSetting } from '../../platform/settings/json-setting.js';

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

const setting = jsonSetting(SETTING_KEY, recognitionSettingsSchema, DEFAULTS);

export const readRecognitionSettings = setting.read;
export const writeRecognitionSettings = setting.write;
