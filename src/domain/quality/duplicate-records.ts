import { normaliseName } from './name-normalise.js';
import { normalisePhone } from './phone-normalise.js';
import { isPlaceholderPhone } from './placeholder-phone.js';
import { isPlaceholderText } from './placeholder-text.js';

export type DuplicateCandidate = {
  id: string;
  name: string | null;
  phone: string | null;
  createdAt: Date;
  /** Whether this record can be matched by later ones (not deleted, not merged). */
  active: boolean;
};

export type DuplicateHit = { id: string; duplicateOf: string; by: 'phone' | 'name' };

/**
 * The phone key for Q2, or null when there is nothing to compare: an empty or placeholder phone
 * (Q1's business) would otherwise make every "无" a duplicate of every other.
 */
export function phoneDuplicateKey(phone: string | null | undefined): string | null {
  if (phone === null || phone === undefined || isPlaceholderPhone(phone)) return null;
  const digits = normalisePhone(phone);
  return digits === '' ? null : digits;
}

/** The name key for Q2, or null for an empty, placeholder or suffix-only name. */
export function nameDuplicateKey(name: string | null | undefined): string | null {
  if (name === null || name === undefined || isPlaceholderText(name)) return null;
  const key = normaliseName(name);
  return key === '' ? null : key;
}

function byCreation(a: DuplicateCandidate, b: DuplicateCandidate): number {
  const diff = a.createdAt.getTime() - b.createdAt.getTime();
  if (diff !== 0) return diff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Q2: a record whose phone key or name key equals that of an earlier active record is flagged
 * (the later one), pointing at the earliest such record; a phone match is reported before a name
 * match. Records created at the same instant are ordered by id, so exactly one of them stays
 * unflagged. Pass customers and leads together to catch duplicates across the two.
 */
export function findDuplicateRecords(records: readonly DuplicateCandidate[]): DuplicateHit[] {
  const byPhone = new Map<string, string>();
  const byName = new Map<string, string>();
  const hits: DuplicateHit[] = [];
  for (const record of [...records].sort(byCreation)) {
    const phoneKey = phoneDuplicateKey(record.phone);
    const nameKey = nameDuplicateKey(record.name);
    const phoneMatch = phoneKey === null ? undefined : byPhone.get(phoneKey);
    const nameMatch = nameKey === null ? undefined : byName.get(nameKey);
    if (phoneMatch !== undefined)
      hits.push({ id: record.id, duplicateOf: phoneMatch, by: 'phone' });
    else if (nameMatch !== undefined)
      hits.push({ id: record.id, duplicateOf: nameMatch, by: 'name' });
    if (!record.active) continue;
    if (phoneKey !== null && !byPhone.has(phoneKey)) byPhone.set(phoneKey, record.id);
    if (nameKey !== null && !byName.has(nameKey)) byName.set(nameKey, record.id);
  }
  return hits;
}
