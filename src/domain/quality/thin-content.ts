import { visibleLength } from './visible-length.js';

export const MIN_CONTENT_LENGTH = 10;

/**
 * Q3: content shorter than 10 characters after trimming → the activity is invalid. Characters
 * are counted as a person sees them (see visibleLength: a CJK character or an emoji counts 1).
 * Runs of whitespace inside the text count as one character, so "好的" padded with spaces to
 * ten places is still thin. Missing content is thin.
 */
export function isThinContent(content: string | null | undefined): boolean {
  if (content === null || content === undefined) return true;
  const text = content.trim().replace(/\s+/gu, ' ');
  return visibleLength(text) < MIN_CONTENT_LENGTH;
}
