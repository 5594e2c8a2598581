import { z } from 'zod';
import { now } from '../clock.js';

const MOBILE_CN = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE_CN = /^0\d{2,3}\d{7,8}$/;
const INTERNATIONAL = /^\+[1-9]\d{6,14}$/;

/** Chinese mobiles (138 0013 8000, +86 138…), landlines with area code (010-12345678) and E.164 (+44…). */
export const phoneField = z
  .string()
  .trim()
  .max(40)
  .refine((raw) => {
    const compact = raw.replace(/[\s\-()（）]/g, '');
    return (
      MOBILE_CN.test(compact) ||
      LANDLINE_CN.test(compact) ||
      INTERNATIONAL.test(compact.replace(/^00/, '+'))
    );
  }, 'not a phone number: use a Chinese mobile, a landline with area code, or +country code');

export const emailField = z.email('not an e-mail address').max(254);

/** Integer cents, never negative. */
export const centsField = z
  .number()
  .int('amount must be in whole cents')
  .min(0, 'amount cannot be negative')
  .max(1e14);

export const currencyField = z
  .string()
  .regex(/^[A-Z]{3}$/, 'ISO currency code such as CNY')
  .default('CNY');

/** Dates outside these years are typing mistakes, and PostgreSQL refuses some of them (year 0). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
const inSaneYears = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};
const YEAR_RANGE = `year must be between ${MIN_YEAR} and ${MAX_YEAR}`;

export const calendarDateField = z.iso.date('date as YYYY-MM-DD').refine(inSaneYears, YEAR_RANGE);

export const timestampField = z.iso
  .datetime({
    offset: true,
    message: 'date-time in ISO-8601, e.g. 2026-03-01T09:30:00+08:00',
  })
  .refine(inSaneYears, YEAR_RANGE);

/** Seconds of clock skew tolerated between a client's "now" and the server's. */
const CLOCK_SKEW_MS = 60_000;

/** A moment that must already have happened (an activity, a stage change). */
export const pastTimestampField = timestampField.refine(
  (value) => Date.parse(value) <= now().getTime() + CLOCK_SKEW_MS,
  'cannot be in the future',
);

export const pastDateField = calendarDateField.refine(
  (value) => Date.parse(`${value}T00:00:00Z`) <= now().getTime() + 14 * 3600 * 1000,
  'cannot be in the future',
);

/** Free-text search of list endpoints. */
export const searchField = z.string().trim().min(1).max(100).optional();

export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
