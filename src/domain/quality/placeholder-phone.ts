import { normalisePhone } from './phone-normalise.js';

export const MIN_PHONE_DIGITS = 7;

/** Every step is +1 (or every step −1), wrapping 9→0 as on a keypad row: 1234567890, 0987654321. */
function isOneRun(digits: string): boolean {
  const values = [...digits].map(Number);
  const steps = new Set(values.slice(1).map((d, i) => (d - (values[i] ?? 0) + 10) % 10));
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/**
 * Q1 for a phone, after normalising as in Q2: all digits the same, the whole digit string one
 * ascending or descending run, or fewer than 7 digits. An empty field is unfilled, not a flag;
 * a non-empty field without digits ("无", "n/a") has 0 digits and is a placeholder.
 */
export function isPlaceholderPhone(value: string | null | undefined): boolean {
  if (value === null || value === undefined || value.trim() === '') return false;
  const digits = normalisePhone(value);
  if (digits.length < MIN_PHONE_DIGITS) return true;
  return /^(\d)\1*$/u.test(digits) || isOneRun(digits);
}
