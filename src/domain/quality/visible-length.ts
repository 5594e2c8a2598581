const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Number of characters as a person counts them: user-perceived characters (grapheme clusters).
 * A CJK character counts 1 (not 1 UTF-16 unit or 3 UTF-8 bytes), an emoji counts 1 even when it
 * is several code points (👍🏽, 👨‍👩‍👧), and "é" counts 1 whether or not it is precomposed. This is
 * the reading of "a CJK character counts 1" that an auditor can check by eye.
 */
export function visibleLength(text: string): number {
  return SINGLE_UNIT_CHARACTERS.test(text)
    ? text.length
    : Array.from(graphemes.segment(text)).length;
}

/**
 * Text in which every UTF-16 unit is a character of its own: printable ASCII, tab and line feed,
 * general punctuation (“”…, without the joiners at U+200B–200F), CJK symbols and punctuation
 * (。、《》), CJK ideographs and the fullwidth forms of ASCII (，！？). No combining mark,
 * joiner, surrogate or carriage return among them, so its length is its grapheme count and the
 * segmenter (slow: most of the time the data-quality checks take) is not needed.
 */
const SINGLE_UNIT_CHARACTERS =
  /^[\t\n\x20-\x7e\u2010-\u2027\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]*$/;
