// Q2 name normalisation: spaces, punctuation and legal-form suffixes removed, case-folded.

/** Latin suffixes, matched only as whole words at the end ("Zinc" keeps its "inc"). */
const LATIN_SUFFIX = /(?<![\p{Script=Latin}\p{N}])(?:co[\s.,]*ltd|inc|llc)[\s.,]*$/u;

/** Longest first, so 股份有限公司 is removed whole rather than leaving 股份. */
const CJK_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团'] as const;

const NOISE = /[\s\p{P}\p{S}]+/gu;
const TRAILING_NOISE = /[\s\p{P}\p{S}]+$/u;

function stripLatinSuffixes(text: string): string {
  let current = text.replace(TRAILING_NOISE, '');
  for (;;) {
    const next = current.replace(LATIN_SUFFIX, '').replace(TRAILING_NOISE, '');
    if (next === current) return current;
    current = next;
  }
}

function stripCjkSuffixes(text: string): string {
  let current = text;
  for (;;) {
    const suffix = CJK_SUFFIXES.find((s) => current.endsWith(s));
    if (suffix === undefined) return current;
    current = current.slice(0, -suffix.length);
  }
}

/**
 * NFKC (full-width Ｃｏ．，Ｌｔｄ． and （） become ASCII), lower-cased, Latin suffixes
 * (Co., Ltd. / Inc. / LLC) removed as words, then every space, punctuation mark and symbol
 * removed (incl. CJK punctuation （）、，。), then the CJK suffixes removed from the end,
 * repeatedly (XX集团股份有限公司 → XX). Suffixes are only removed at the end: 有限公司 in the
 * middle of a name is part of the name. May return '' (a name that is only a suffix).
 */
export function normaliseName(name: string | null | undefined): string {
  if (name === null || name === undefined) return '';
  const folded = name.normalize('NFKC').toLowerCase();
  const compact = stripLatinSuffixes(folded).replace(NOISE, '');
  return stripCjkSuffixes(compact);
}
