import { z } from 'zod';
import { DEFAULT_KEY_FIELDS, KEY_FIELDS } from '../metrics/metric-period.js';
import { jsonSetting } from '../../platform/settings/json-setting.js';

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

const setting = jsonSetting(SETTING_KEY, appraisalSettingsSchema, DEFAULTS);

export const readAppraisalSettings = setting.read;
/** Changes apply to scorecards from now on; cycles recompute with them while live. */
export const writeAppraisalSettings = setting.write;
