import { normalisePhone } from '../quality/phone-normalise.js';
import type { Parsed } from './cell-values.js';

export type OwnerCandidate = { id: string; name: string; email: string; phone: string | null };

export type OwnerDirectory = {
  byEmail: Map<string, string[]>;
  byPhone: Map<string, string[]>;
  byName: Map<string, string[]>;
};

const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

function add(map: Map<string, string[]>, key: string, id: string) {
  if (key === '') return;
  map.set(key, [...(map.get(key) ?? []), id]);
}

/** The people an import may name as owners, indexed by e-mail, phone and name. */
export function ownerDirectory(users: readonly OwnerCandidate[]): OwnerDirectory {
  const directory: OwnerDirectory = { byEmail: new Map(), byPhone: new Map(), byName: new Map() };
  for (const user of users) {
    add(directory.byEmail, user.email.trim().toLowerCase(), user.id);
    add(directory.byPhone, normalisePhone(user.phone), user.id);
    add(directory.byName, nameKey(user.name), user.id);
  }
  return directory;
}

/**
 * The owner a cell names: by e-mail (when it has an @), by phone (when it is mostly digits), else
 * by display name. Two people of the same name make the cell ambiguous rather than a guess.
 */
export function matchOwner(raw: string, directory: OwnerDirectory): Parsed<string> {
  const text = raw.trim();
  const ids = text.includes('@')
    ? directory.byEmail.get(text.toLowerCase())
    : /^[\d\s+()（）-]{7,}$/u.test(text)
      ? directory.byPhone.get(normalisePhone(text))
      : directory.byName.get(nameKey(text));
  if (!ids || ids.length === 0)
    return { ok: false, code: 'import_owner_unknown', params: { value: text } };
  if (ids.length > 1)
    return {
      ok: false,
      code: 'import_owner_ambiguous',
      params: { value: text, count: ids.length },
    };
  return { ok: true, value: ids[0] ?? '' };
}
