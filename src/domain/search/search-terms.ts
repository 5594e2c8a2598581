import { normalisePhone } from '../quality/phone-normalise.js';

export type SearchTerms = {
  /**
   * Lower-cased texts to find inside names, e-mails and numbers, never empty: the query as
   * typed and its NFKC form when that differs (records keep full-width forms as typed, so
   * "（北京）" finds itself and "ＡＣＭＥ" finds "Acme").
   */
  texts: string[];
  /** Phone digits (Q2 normalisation) to find inside phones, or null when the query is no phone. */
  phoneDigits: string | null;
};

/** Fewer digits than this would match nearly every phone. */
export const MIN_PHONE_DIGITS = 4;

/** Everything but digits and phone punctuation: a query with these is a name, not a phone. */
const NOT_PHONE = /[^\d\s+\-().（）－]/u;

/**
 * What a search box query looks for. Texts: lower-cased, trimmed, inner runs of spaces
 * collapsed, '|' dropped (it separates fields in the stored search text). Phone: only when the
 * query is written like a phone (digits, spaces, + - ( ) .) with at least MIN_PHONE_DIGITS
 * digits: its digits, leading country code 86 dropped as in data-quality rule Q2, so
 * "+86-138-0013-8000", "138 0013 8000" and "13800138000" all look for 13800138000.
 * Returns null when nothing is left to look for.
 */
export function searchTerms(query: string): SearchTerms | null {
  const clean = (text: string) =>
    text.toLowerCase().replace(/\|/gu, '').replace(/\s+/gu, ' ').trim();
  const normalised = clean(query.normalize('NFKC'));
  if (normalised === '') return null;
  const typed = clean(query);
  const texts = typed === normalised || typed === '' ? [normalised] : [normalised, typed];
  const phoneLike = !NOT_PHONE.test(normalised);
  const digits = phoneLike ? normalisePhone(normalised) : '';
  return { texts, phoneDigits: digits.length >= MIN_PHONE_DIGITS ? digits : null };
}

/** A LIKE pattern finding `text` anywhere, with LIKE's wildcards escaped by '\'. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/**
 * Whether `text` holds a letter beyond ASCII that has an upper and a lower case (Ö, É, Д): SQLite's
 * `lower()` folds only ASCII, so such a query must be compared with `unicode_lower()`. Chinese
 * characters have no case and never need it.
 */
export function hasNonAsciiCase(text: string): boolean {
  for (const c of text) if (c > '\u007f' && c.toLowerCase() !== c.toUpperCase()) return true;
  return false;
}

/**
 * The longest stretch of `text` without a non-ASCII cased letter ("sterreich" of "österreich",
 * "" of "ö"): what SQLite's `lower()` folds as fully as `unicode_lower()`.
 */
export function longestAsciiFoldedStretch(text: string): string {
  let longest = '';
  let current = '';
  for (const c of text) {
    if (hasNonAsciiCase(c)) current = '';
    else if ((current += c).length > longest.length) longest = current;
  }
  return longest;
}
