/**
 * Header and choice text as other CRMs write it, reduced to a comparable key: NFKC (full-width
 * forms and brackets become ASCII), required markers (`*`, `(*)`, `(必填)`, `(required)`) and
 * spaces, underscores, hyphens, dots, colons and slashes removed, case-folded.
 */
export function textKey(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\((?:\*|必填|必须|required)\)/giu, '')
    .replace(/[*\s_\-.:/\\'"“”‘’]/gu, '')
    .toLowerCase();
}

const BRACKETED = /[([{【〔][^)\]}】〕]*[)\]}】〕]/gu;

/** The same key with any bracketed explanation removed: `客户级别(A/B/C)` → `客户级别`. */
export function textKeyWithoutExplanation(raw: string): string {
  return textKey(raw.normalize('NFKC').replace(BRACKETED, ''));
}

/** The bracketed explanations of a text, each as a key: `A（重点客户）` → [`重点客户`]. */
export function explanationKeys(raw: string): string[] {
  return [...raw.normalize('NFKC').matchAll(BRACKETED)]
    .map((m) => textKey(m[0].slice(1, -1)))
    .filter((k) => k.length > 0);
}
