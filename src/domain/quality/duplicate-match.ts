import { nameDuplicateKey, phoneDuplicateKey } from './duplicate-records.js';
import { isPlaceholderText } from './placeholder-text.js';

/** What a record is compared on before it is saved: Q2's name and phone keys, and its e-mail. */
export type DuplicateKeys = { name: string | null; phone: string | null; email: string | null };

export type DuplicateMatch = 'phone' | 'email' | 'name';

/** An e-mail compared NFKC, trimmed and case-folded; null when empty or a placeholder. */
export function emailDuplicateKey(email: string | null | undefined): string | null {
  if (email === null || email === undefined || isPlaceholderText(email)) return null;
  const key = email.normalize('NFKC').trim().toLowerCase();
  return key === '' ? null : key;
}

export function duplicateKeys(fields: {
  name?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
}): DuplicateKeys {
  return {
    name: nameDuplicateKey(fields.name),
    phone: phoneDuplicateKey(fields.phone),
    email: emailDuplicateKey(fields.email),
  };
}

export const hasAnyKey = (keys: DuplicateKeys): boolean =>
  keys.name !== null || keys.phone !== null || keys.email !== null;

/**
 * Why `existing` looks like the record being entered: the same phone first, then the same
 * e-mail, then the same name (the strongest evidence named); null when nothing matches.
 */
export function duplicateMatch(
  entered: DuplicateKeys,
  existing: DuplicateKeys,
): DuplicateMatch | null {
  for (const key of ['phone', 'email', 'name'] as const) {
    if (entered[key] !== null && entered[key] === existing[key]) return key;
  }
  return null;
}
