import { isPlaceholderPhone } from './placeholder-phone.js';
import { isPlaceholderText } from './placeholder-text.js';

/**
 * How Q1 treats a key field. 'text' is any free text (name, requirement, region, e-mail…),
 * 'phone' a phone number, 'choice' a value picked from a list (level, industry, source).
 */
export type FieldKind = 'text' | 'phone' | 'choice';

function isEmpty(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

/** Q1 flag for one field: set and a placeholder. A choice field is never a placeholder. */
export function isPlaceholderValue(value: string | null | undefined, kind: FieldKind): boolean {
  if (kind === 'choice' || isEmpty(value)) return false;
  return kind === 'phone' ? isPlaceholderPhone(value) : isPlaceholderText(value);
}

/**
 * Completeness: a field counts as filled only if it is non-empty and not a placeholder. A choice
 * field counts as filled whenever it is set (non-null, non-blank).
 */
export function isFilled(value: string | null | undefined, kind: FieldKind): boolean {
  if (isEmpty(value)) return false;
  return !isPlaceholderValue(value, kind);
}
