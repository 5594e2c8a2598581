import { errorsEn } from '../i18n/errors.en';
import { ApiError, NETWORK_ERROR, type ErrorDetail, type ErrorParams } from './api-client';

/** Looks a message up by key with interpolation values (i18next's `t`, loosely typed). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

type Catalogue = Readonly<Record<string, string>>;

const has = (catalogue: Catalogue, key: unknown): key is string =>
  typeof key === 'string' && Object.hasOwn(catalogue, key);

/** The code implied by a status when the server sent none we know (a proxy's answer, say). */
const CODE_BY_STATUS: Partial<Record<number, string>> = {
  0: NETWORK_ERROR,
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'version_conflict',
  413: 'payload_too_large',
  429: 'too_many_requests',
};

/** The code we have words for: the server's code if known, else one implied by the status. */
export function knownErrorCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (has(errorsEn.codes, error.code)) return error.code;
  return CODE_BY_STATUS[error.status];
}

const moneyOf = (cents: number): string => `¥${(cents / 100).toFixed(2)}`;
const timeOf = (iso: string): string => {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
};

/**
 * The values a message is worded with: records and statuses in words, cents as money, instants
 * in local time, a wait in minutes; everything else as the server sent it.
 */
export function wordedParams(params: ErrorParams, t: Translate): Record<string, string | number> {
  const values: Record<string, string | number> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (key === 'record') {
      values.record = t(`errors.records.${has(errorsEn.records, value) ? value : 'record'}`);
    } else if (['status', 'from', 'to'].includes(key) && has(errorsEn.statuses, value)) {
      values[key] = t(`errors.statuses.${value}`);
    } else if (key.endsWith('Cents') && typeof value === 'number') {
      values[key.slice(0, -'Cents'.length)] = moneyOf(value);
    } else if (key === 'retryAfterSeconds' && typeof value === 'number') {
      values.minutes = Math.ceil(value / 60);
    } else if (['allowedFrom', 'releasedAt', 'until', 'asOf'].includes(key)) {
      values[key] = timeOf(String(value));
    }
  }
  return values;
}

/** A sentence for any error, from its code and parameters. */
export function errorText(error: unknown, t: Translate): string {
  const code = knownErrorCode(error);
  if (code === undefined) return t('errors.fallback');
  const params = error instanceof ApiError && code === error.code ? error.params : {};
  return t(`errors.codes.${code}`, wordedParams({ record: 'record', ...params }, t));
}

/** One field's problem in words: its code, narrowed by what Zod measured (`too_small` of a string). */
export function detailText(detail: ErrorDetail, t: Translate): string {
  const code = has(errorsEn.fields, detail.code) ? detail.code : 'invalid';
  const params = detail.params ?? {};
  const narrower = `${code}_${String(params.origin ?? params.format ?? '')}`;
  const key = has(errorsEn.fields, narrower) ? narrower : code;
  return t(`errors.fields.${key}`, wordedParams(params, t));
}

/** `items.0.amount` → `['items', 0, 'amount']`, the name path antd Form uses. */
export function toNamePath(path: string): (string | number)[] {
  return path
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

type FieldErrors = { name: (string | number)[]; errors: string[] }[];

/**
 * Splits server details into worded errors for fields the form shows and messages for everything
 * else; several details for one field are shown together.
 */
export function splitDetails(
  details: readonly ErrorDetail[],
  formFields: readonly (string | number)[][],
  t: Translate,
): { fields: FieldErrors; unplaced: string[] } {
  const known = new Map(formFields.map((name) => [JSON.stringify(name), name]));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const detail of details) {
    const text = detailText(detail, t);
    const key = JSON.stringify(toNamePath(detail.path));
    const name = known.get(key);
    if (!name) {
      unplaced.push(text);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(text);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], unplaced };
}
