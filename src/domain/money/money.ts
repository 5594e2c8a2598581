// Money is an integer number of cents (hundredths of the major unit) plus an ISO 4217 currency.
// v1 uses hundredths for every currency, so amounts are exact and summable; formatting shows
// two decimals for every currency (an amount in JPY would show ¥123.45, never a rounded ¥123).

export const DEFAULT_CURRENCY = 'CNY';
export const DEFAULT_MONEY_LOCALE = 'zh-CN';

export type Money = { cents: number; currency: string };

const CURRENCY_CODE = /^[A-Z]{3}$/u;

/**
 * An optional sign, an optional yuan sign, then digits either grouped by commas in threes
 * (1,234,567) or ungrouped (1234567), then at most two decimals. Nothing is rounded: 1.005 is
 * refused rather than silently turned into 1.00 or 1.01.
 */
const MONEY_TEXT = /^([-+]?)¥?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/u;

export function isCurrencyCode(code: string): boolean {
  return CURRENCY_CODE.test(code);
}

export function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`money must be an integer number of cents, got ${cents}`);
  }
}

/**
 * Parses '1,234.56' → 123456. Accepts full-width digits and punctuation (NFKC), surrounding
 * spaces, a leading '-' or '+' (also the typographic minus '−'), and a '¥'/'￥' before the
 * digits. Returns null for anything else, including more than two decimals, misplaced commas,
 * '.5', '5.', exponents and amounts beyond the safe-integer range.
 */
export function tryParseMoneyToCents(input: string): number | null {
  const text = input
    .normalize('NFKC')
    .trim()
    .replace(/^\u2212/u, '-');
  const match = MONEY_TEXT.exec(text);
  if (match === null) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  const digits = whole.replaceAll(',', '') + fraction.padEnd(2, '0');
  const cents = Number(digits);
  if (!Number.isSafeInteger(cents)) return null;
  if (cents === 0) return 0; // never -0
  return sign === '-' ? -cents : cents;
}

/** Like tryParseMoneyToCents, but throws a RangeError naming the input. */
export function parseMoneyToCents(input: string): number {
  const cents = tryParseMoneyToCents(input);
  if (cents === null) throw new RangeError(`not an amount of money: '${input}'`);
  return cents;
}

/** The exact decimal text of an amount: 123456 → '1234.56', -5 → '-0.05'. */
export function centsToDecimalString(cents: number): `${number}` {
  assertCents(cents);
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${cents < 0 ? '-' : ''}${whole}.${fraction}` as `${number}`;
}

/**
 * Formats cents for people through Intl, e.g. 123456 → '¥1,234.56' (zh-CN, CNY). The decimal
 * string is passed to Intl rather than cents / 100, so even amounts beyond 2^53 / 100 are exact.
 */
export function formatCents(
  cents: number,
  currency: string = DEFAULT_CURRENCY,
  locale: string = DEFAULT_MONEY_LOCALE,
): string {
  assertCents(cents);
  if (!isCurrencyCode(currency)) throw new RangeError(`not an ISO 4217 code: '${currency}'`);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(centsToDecimalString(cents));
}

/** Exact sum of cents; throws if any term is not integer cents or the sum leaves the safe range. */
export function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const value of values) {
    assertCents(value);
    total += value;
    assertCents(total);
  }
  return total;
}
