import { findDuplicateRecords } from '../../domain/quality/duplicate-records.js';
import { isPlaceholderValue } from '../../domain/quality/field-filled.js';
import type { Finding } from './quality-finding.js';
import { Q1_FIELDS, type QualityRecord } from './quality-record.js';

/** Q1: one finding per non-empty placeholder field of the record. */
export function placeholderFindings(record: QualityRecord): Finding[] {
  const userId = record.responsibleUserId;
  if (userId === null) return [];
  return Object.entries(Q1_FIELDS[record.kind])
    .filter(([field, kind]) => isPlaceholderValue(record.fields[field], kind))
    .map(([field]) => ({
      rule: 'Q1' as const,
      entity: record.kind,
      recordId: record.id,
      field,
      userId,
      detail: { value: record.fields[field] ?? null },
    }));
}

/**
 * Q2 for the records in `decide`, given `candidates`: every live record of the same kind sharing
 * a phone key or name key with any of them (so each decision sees all its earlier matches).
 * Only records of one kind are compared: a customer converted from a lead is not its duplicate.
 */
export function duplicateFindings(
  decide: readonly QualityRecord[],
  candidates: readonly QualityRecord[],
): Finding[] {
  const wanted = new Map(decide.map((r) => [r.id, r]));
  const hits = findDuplicateRecords(
    candidates.map((r) => ({
      id: r.id,
      name: r.name,
      phone: r.phone,
      createdAt: new Date(r.createdAt),
      active: true,
    })),
  );
  return hits.flatMap((hit) => {
    const record = wanted.get(hit.id);
    if (!record || record.responsibleUserId === null) return [];
    return [
      {
        rule: 'Q2' as const,
        entity: record.kind,
        recordId: record.id,
        field: null,
        userId: record.responsibleUserId,
        detail: { duplicateOf: hit.duplicateOf, by: hit.by },
      },
    ];
  });
}
