import { visibleLength } from './visible-length.js';

/** Q1 placeholder texts, compared trimmed and case-insensitively. */
export const PLACEHOLDER_TEXTS: ReadonlySet<string> = new Set([
  '无',
  '暂无',
  '没有',
  '不详',
  '未知',
  '测试',
  'test',
  'n/a',
  'na',
  'none',
  'null',
  '-',
  '--',
  '.',
  'xxx',
  '123',
  '111',
]);

/**
 * Q1 for a free-text field: a non-empty trimmed text in the placeholder list, or of a single
 * character. Empty text is not a placeholder (it is simply unfilled, not a flag). The text is
 * NFKC-normalised first so full-width forms typed with a Chinese IME (ＴＥＳＴ, Ｎ／Ａ, －－)
 * match like their ASCII twins.
 */
export function isPlaceholderText(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  const text = value.normalize('NFKC').trim().toLowerCase();
  if (text === '') return false;
  return visibleLength(text) === 1 || PLACEHOLDER_TEXTS.has(text);
}
