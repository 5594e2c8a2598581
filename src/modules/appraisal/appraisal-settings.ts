import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import type { Actor } from '../../platform/policy/actor.js';
import { DEFAULT_KEY_FIELDS, KEY_FIELDS } from '../metrics/metric-period.js';
import { readSetting, writeSetting } from '../../platform/settings/settings.repository.js';

const SETTING_KEY = 'appraisal';

export const appraisalSettingsSchema = z.object({
  /** Customer fields that count for profile completeness (客户信息完整度). */
  keyFields: z
    .array(z.enum(KEY_FIELDS))
    .min(1)
    .max(KEY_FIELDS.length)
    .refine((fields) => new Set(fields).size === fields.length, {
      message: 'each field once',
      params: { code: 'listed_twice' },
    }),
  /** Live scorecards show values and pace but no grade until this many working days have passed. */
  gradeAfterWorkingDays: z.number().int().min(0).max(20).default(3),
});
export type AppraisalSettings = z.output<typeof appraisalSettingsSchema>;

const DEFAULTS: AppraisalSettings = {
  keyFields: [...DEFAULT_KEY_FIELDS],
  gradeAfterWorkingDays: 3,
};

export async function readAppraisalSettings(db: Db): Promise<AppraisalSettings> {
  const stored = await readSetting(db.kysely, SETTING_KEY);
  if (!stored) return DEFAULTS;
  const parsed = appraisalSettingsSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : DEFAULTS;
}

/** Changes apply to scorecards from now on; cycles recompute with them while live. */
export async function writeAppraisalSettings(
  db: Db,
  actor: Actor,
  settings: AppraisalSettings,
): Promise<AppraisalSettings> {
  const before = await readAppraisalSettings(db);
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
