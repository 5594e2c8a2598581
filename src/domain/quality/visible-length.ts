const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Number of characters as a person counts them: user-perceived characters (grapheme clusters).
 * A CJK character counts 1 (not 1 UTF-16 unit or 3 UTF-8 bytes), an emoji counts 1 even when it
 * is several code points (👍🏽, 👨‍👩‍👧), and "é" counts 1 whether or not it is precomposed. This is
 * the reading of "a CJK character counts 1" that an auditor can check by eye.
 */
export function visibleLength(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}
