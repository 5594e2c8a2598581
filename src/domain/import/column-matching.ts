import type { FieldSpec, ImportEntity } from './entity-fields.js';
import { fieldsOf } from './entity-fields.js';
import { textKey, textKeyWithoutExplanation } from './header-text.js';

/** Which field each column fills: column index → field key, or null for a column left out. */
export type ColumnMapping = (string | null)[];

function keyIndex(fields: readonly FieldSpec[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const field of fields)
    for (const header of [field.key, ...field.headers]) {
      const key = textKey(header);
      // The first field to claim a header keeps it (fields are listed most specific first).
      if (!index.has(key)) index.set(key, field.key);
    }
  return index;
}

function fieldOfHeader(index: Map<string, string>, header: string): string | null {
  if (textKey(header) === '') return null;
  return index.get(textKey(header)) ?? index.get(textKeyWithoutExplanation(header)) ?? null;
}

/**
 * The automatic mapping: each header to the field one of its known names matches (exactly as a
 * key, then with any bracketed explanation removed). A field is filled from one column only: the
 * leftmost that names it; later ones are left out (an export with both 手机 and 电话 imports 手机).
 */
export function matchColumns(entity: ImportEntity, headers: readonly string[]): ColumnMapping {
  const index = keyIndex(fieldsOf(entity));
  const taken = new Set<string>();
  return headers.map((header) => {
    const field = fieldOfHeader(index, header);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/**
 * A saved or hand-made mapping laid over the automatic one: `override` names fields by header
 * (header text → field key, or null to leave the column out). Headers it does not name keep the
 * automatic field unless that field was given to another column by the override.
 */
export function applyOverride(
  entity: ImportEntity,
  headers: readonly string[],
  override: Readonly<Record<string, string | null>>,
): ColumnMapping {
  const known = new Set(fieldsOf(entity).map((f) => f.key));
  const automatic = matchColumns(entity, headers);
  const chosen = headers.map((h) =>
    Object.hasOwn(override, h) ? (override[h] ?? null) : undefined,
  );
  const claimed = new Set(chosen.filter((f): f is string => typeof f === 'string'));
  return headers.map((_, i) => {
    const pick = chosen[i];
    if (pick !== undefined) return pick !== null && known.has(pick) ? pick : null;
    const auto = automatic[i] ?? null;
    return auto && !claimed.has(auto) ? auto : null;
  });
}

/** Required fields of the entity that no column fills. */
export function missingRequired(entity: ImportEntity, mapping: ColumnMapping): string[] {
  const mapped = new Set(mapping.filter((f): f is string => f !== null));
  return fieldsOf(entity)
    .filter((f) => f.required && !mapped.has(f.key))
    .map((f) => f.key);
}

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The header row among the first rows of a sheet: the one whose cells name the most fields (at
 * least two, or one when the entity's file has a single column), the earliest on a tie. Title
 * rows (导出标题, "Accounts export 2024") and notice rows ("带*为必填") above it name none.
 * Returns its 0-based index, or null when no row looks like a header.
 */
export function findHeaderRow(
  entity: ImportEntity,
  rows: readonly (readonly string[])[],
): number | null {
  let best: { index: number; score: number } | null = null;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const score = matchColumns(entity, row).filter((f) => f !== null).length;
    const filled = row.filter((c) => c.trim() !== '').length;
    const enough = score >= 2 || (score === 1 && filled === 1);
    if (enough && (!best || score > best.score)) best = { index, score };
  });
  return best === null ? null : (best as { index: number }).index;
}

/** A stable name for a header layout, so a mapping saved for one export is found for the next. */
export function headerSignature(headers: readonly string[]): string {
  return headers
    .map(textKey)
    .filter((k) => k !== '')
    .join('|');
}
