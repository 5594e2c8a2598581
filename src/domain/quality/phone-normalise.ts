/**
 * Q2 phone normalisation: digits only, leading country code 86 dropped.
 * - NFKC first, so full-width digits (１３８…) count as digits.
 * - "0086…" and "+86…" (a '+' before the first digit) always drop the 86.
 * - A bare leading "86" is dropped only when at least 9 digits remain: a Chinese number after
 *   its country code has 9–11 digits, and no domestic number written without a country code
 *   starts with 86 and is that long (mobiles start with 1, long-distance with 0). This keeps an
 *   8-digit local landline such as 8612 3456 intact instead of cutting it to a 6-digit
 *   "placeholder".
 * Known limit, kept for a rule one can apply by hand: "+86 10 1234 5678" gives 1012345678 while
 * "010-1234 5678" gives 01012345678; they are not matched as duplicates.
 */
export function normalisePhone(raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return '';
  const text = raw.normalize('NFKC');
  const digits = text.replace(/\D/gu, '');
  if (digits.startsWith('0086')) return digits.slice(4);
  if (!digits.startsWith('86')) return digits;
  const plusBeforeFirstDigit = /^\D*\+\D*86/u.test(text);
  if (plusBeforeFirstDigit || digits.length - 2 >= 9) return digits.slice(2);
  return digits;
}
