import { DateTime } from 'luxon';
import type { CellError } from './import-errors.js';
import { explanationKeys, textKey, textKeyWithoutExplanation } from './header-text.js';

export type Parsed<T> = { ok: true; value: T } | ({ ok: false } & CellError);

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: CellError['code'], params: CellError['params'] = {}): Parsed<never> => ({
  ok: false,
  code,
  params,
});

/**
 * A choice cell: the stored value or one of its words, with or without an explanation —
 * `A（重点客户）`, `A - 重点客户`, `重点客户` and `a` are all A. Tries the whole text, the text
 * without its bracketed part, the bracketed part, then the text before a dash or colon.
 */
export function parseChoice(
  raw: string,
  choices: Readonly<Record<string, readonly string[]>>,
): Parsed<string> {
  const lookup = new Map<string, string>();
  for (const [value, words] of Object.entries(choices))
    for (const word of [value, ...words])
      if (!lookup.has(textKey(word))) lookup.set(textKey(word), value);
  const head = raw.normalize('NFKC').split(/\s[-–—:]\s?|[:：]/u)[0] ?? raw;
  const candidates = [
    textKey(raw),
    textKeyWithoutExplanation(raw),
    ...explanationKeys(raw),
    textKey(head),
  ];
  for (const key of candidates) {
    const value = lookup.get(key);
    if (value !== undefined) return ok(value);
  }
  return fail('import_choice_unknown', {
    value: raw.trim(),
    allowed: Object.keys(choices).join(', '),
  });
}

export const MIN_IMPORT_YEAR = 1900;
export const MAX_IMPORT_YEAR = 2999;

type LocalParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const DAY_FORMS: readonly RegExp[] = [
  // 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 (with an optional 号)
  /^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*[日号]?/u,
  // 20240305
  /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?=$|[\sT])/u,
  // 3/5/2024 (month first, as English exports write it; day first when the first part is > 12)
  /^(?<a>\d{1,2})\s*[/.-]\s*(?<b>\d{1,2})\s*[/.-]\s*(?<y>\d{4})/u,
];
const TIME_FORM =
  /^[\sT]*(?:(?<ampm1>上午|下午|晚上|凌晨)\s*)?(?<h>\d{1,2})\s*[:时點点]\s*(?<min>\d{1,2})?\s*分?(?:\s*[:]?\s*(?<s>\d{1,2})(?:\.\d+)?\s*秒?)?\s*(?<ampm2>am|pm)?\s*$/iu;

function localParts(text: string): LocalParts | null {
  for (const form of DAY_FORMS) {
    const match = form.exec(text);
    if (!match?.groups) continue;
    const g = match.groups;
    let month = Number(g.m);
    let day = Number(g.d);
    if (g.a !== undefined && g.b !== undefined) {
      const a = Number(g.a);
      const b = Number(g.b);
      [month, day] = a > 12 ? [b, a] : [a, b];
    }
    const rest = text.slice(match[0].length);
    const parts = { year: Number(g.y), month, day, hour: 0, minute: 0, second: 0 };
    if (rest.trim() === '') return parts;
    const time = TIME_FORM.exec(rest);
    if (!time?.groups) return null;
    let hour = Number(time.groups.h);
    const marker = (time.groups.ampm1 ?? time.groups.ampm2 ?? '').toLowerCase();
    if ((marker === 'pm' || marker === '下午' || marker === '晚上') && hour < 12) hour += 12;
    if ((marker === 'am' || marker === '凌晨' || marker === '上午') && hour === 12) hour = 0;
    return {
      ...parts,
      hour,
      minute: Number(time.groups.min ?? 0),
      second: Number(time.groups.s ?? 0),
    };
  }
  return null;
}

function inYears(year: number): boolean {
  return year >= MIN_IMPORT_YEAR && year <= MAX_IMPORT_YEAR;
}

/**
 * A date-time cell as a UTC instant (ISO string). ISO 8601 with `Z` or an offset is taken as
 * written; every other form — 2024-03-05 14:30, 2024/3/5, 2024年3月5日 14时30分, 3/5/2024 2:30 PM —
 * is local time in `zone` (a day alone is its local midnight). `now` bounds it: an event in an
 * import has already happened (unless `future`, for a next contact time).
 */
export function parseInstant(
  raw: string,
  zone: string,
  now: string,
  future = false,
): Parsed<string> {
  const text = raw.normalize('NFKC').trim();
  let instant: DateTime | null = null;
  if (/^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:?\d{2})$/iu.test(text)) {
    const parsed = DateTime.fromISO(text, { setZone: true });
    instant = parsed.isValid ? parsed : null;
  } else {
    const parts = localParts(text);
    if (parts) {
      const local = DateTime.fromObject(parts, { zone });
      // luxon rolls 2024-02-30 over; a date that does not exist is a mistake, not March 1st.
      instant =
        local.isValid && local.day === parts.day && local.month === parts.month ? local : null;
    }
  }
  if (!instant) return fail('import_date_invalid', { value: raw.trim() });
  if (!inYears(instant.year))
    return fail('import_date_out_of_range', {
      value: raw.trim(),
      min: MIN_IMPORT_YEAR,
      max: MAX_IMPORT_YEAR,
    });
  const iso = instant.toUTC().toISO() ?? '';
  if (!future && Date.parse(iso) > Date.parse(now))
    return fail('import_date_in_future', { value: raw.trim() });
  return ok(new Date(iso).toISOString());
}

/** A date-only cell (signed on, received on) as YYYY-MM-DD, in the same forms as `parseInstant`. */
export function parseDay(raw: string): Parsed<string> {
  const text = raw.normalize('NFKC').trim();
  const isoInstant = /^(\d{4}-\d{2}-\d{2})T/u.exec(text);
  const parts = isoInstant ? localParts(isoInstant[1] ?? '') : localParts(text);
  if (!parts) return fail('import_date_invalid', { value: raw.trim() });
  const day = DateTime.fromObject(
    { year: parts.year, month: parts.month, day: parts.day },
    { zone: 'UTC' },
  );
  if (!day.isValid || day.day !== parts.day || day.month !== parts.month)
    return fail('import_date_invalid', { value: raw.trim() });
  if (!inYears(parts.year))
    return fail('import_date_out_of_range', {
      value: raw.trim(),
      min: MIN_IMPORT_YEAR,
      max: MAX_IMPORT_YEAR,
    });
  return ok(day.toISODate() ?? '');
}

/** The largest amount accepted, in cents (as the API's centsField). */
export const MAX_CENTS = 100_000_000_000_000n;

/**
 * An amount cell in integer cents: ¥ / ￥ / RMB / CNY / 元 and thousands separators (, ， and
 * spaces) are ignored; 万 multiplies by 10 000 (1.5万 = ¥15,000.00). Exact decimal arithmetic: an
 * amount finer than a cent is refused, never rounded. Negative amounts are refused.
 */
export function parseAmountCents(raw: string): Parsed<number> {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/^(?:rmb|cny)\s*/iu, '')
    .replace(/[¥$\s,]/gu, '')
    .replace(/(?:人民币)?元$/u, '');
  if (/^-|^\(.*\)$/u.test(text)) return fail('import_amount_negative', { value: raw.trim() });
  const match = /^(\d+)(?:\.(\d+))?(万)?$/u.exec(text);
  if (!match) return fail('import_amount_invalid', { value: raw.trim() });
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  // Cents per unit written: 100 per yuan, 1 000 000 per 万 — the decimals that are still whole cents.
  const scale = match[3] ? 6 : 2;
  const significant = fraction.replace(/0+$/u, '');
  if (significant.length > scale) return fail('import_amount_too_precise', { value: raw.trim() });
  const cents = BigInt(whole + significant.padEnd(scale, '0'));
  if (cents > MAX_CENTS) return fail('import_amount_too_large', { value: raw.trim() });
  return ok(Number(cents));
}

/**
 * A phone cell kept as written (legacy numbers such as 11111111111 are imported and flagged by
 * Q1, not refused), except a number Excel turned into scientific notation (1.38001E+10), whose
 * digits are lost.
 */
export function parsePhone(raw: string): Parsed<string> {
  const text = raw.trim();
  if (/^\d+(?:\.\d+)?e\+?\d+$/iu.test(text))
    return fail('import_phone_scientific', { value: text });
  return ok(text);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export function parseEmail(raw: string): Parsed<string> {
  const text = raw.normalize('NFKC').trim();
  return EMAIL.test(text) ? ok(text) : fail('import_email_invalid', { value: raw.trim() });
}

/** Free text, trimmed; longer than `max` characters is refused rather than cut. */
export function parseText(raw: string, max: number): Parsed<string> {
  const text = raw.trim();
  return [...text].length > max ? fail('import_text_too_long', { max }) : ok(text);
}
