import {
  parseAmountCents,
  parseChoice,
  parseDay,
  parseEmail,
  parseInstant,
  parsePhone,
  parseText,
  type Parsed,
} from './cell-values.js';
import type { ColumnMapping } from './column-matching.js';
import { parseTargetPeriod } from './target-values.js';
import { fieldsOf, type FieldSpec, type ImportEntity } from './entity-fields.js';
import type { RowError } from './import-errors.js';
import { matchOwner, type OwnerDirectory } from './owner-match.js';

export type ImportValue = string | number | boolean | null;

export type RowContext = {
  zone: string;
  /** The import's "now": events in the file must have happened by then. */
  now: string;
  owners: OwnerDirectory;
};

export type InterpretedRow = {
  /** The row's number in the file (1-based, as a spreadsheet shows it). */
  row: number;
  /** The record's identity across imports: the external id column, or a digest of the row. */
  externalId: string;
  /** Field key → value; references (customer, contract, stage) still as written. */
  values: Record<string, ImportValue>;
  errors: RowError[];
};

const TEXT_DEFAULT_MAX = 500;

function parseCell(spec: FieldSpec, raw: string, context: RowContext): Parsed<ImportValue> {
  switch (spec.kind) {
    case 'text':
    case 'reference':
      return parseText(raw, spec.max ?? TEXT_DEFAULT_MAX);
    case 'phone':
      return parsePhone(raw);
    case 'email':
      return parseEmail(raw);
    case 'choice':
      return parseChoice(raw, spec.choices ?? {});
    case 'flag': {
      const parsed = parseChoice(raw, spec.choices ?? {});
      return parsed.ok ? { ok: true, value: parsed.value === 'yes' } : parsed;
    }
    case 'instant':
      return parseInstant(raw, context.zone, context.now, spec.future === true);
    case 'day':
      return parseDay(raw);
    case 'amount':
      return parseAmountCents(raw);
    case 'owner':
      return matchOwner(raw, context.owners);
    case 'period':
      return parseTargetPeriod(raw);
  }
}

/**
 * The digest that identifies a row without an external id: its mapped cells, trimmed, in field
 * order. The same row imported again has the same digest; a corrected row has a new one.
 */
export function rowDigest(cellsByField: ReadonlyMap<string, string>): string {
  const parts = [...cellsByField.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = JSON.stringify(parts);
  return hash53(text, 0x9e3779b9) + hash53(text, 0x85ebca6b);
}

/** cyrb53: a fast 53-bit string hash (public domain); two seeds give 106 bits, 28 hex digits. */
function hash53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * One data row read against the mapping: each mapped cell parsed by its field's kind, required
 * fields checked, errors named by row and column header. An empty cell is an absent value
 * (a choice's fallback applies), never an error unless the field is required.
 */
export function interpretRow(
  entity: ImportEntity,
  headers: readonly string[],
  mapping: ColumnMapping,
  cells: readonly string[],
  row: number,
  context: RowContext,
): InterpretedRow {
  const errors: RowError[] = [];
  const values: Record<string, ImportValue> = {};
  const cellsByField = new Map<string, string>();
  const specs = new Map(fieldsOf(entity).map((f) => [f.key, f]));
  mapping.forEach((field, index) => {
    if (field === null) return;
    const spec = specs.get(field);
    if (!spec) return;
    const raw = (cells[index] ?? '').trim();
    cellsByField.set(field, raw);
    const column = headers[index] ?? '';
    if (raw === '') {
      values[field] = spec.fallback ?? null;
      if (spec.required && spec.fallback === undefined)
        errors.push({ row, column, code: 'import_required_missing', params: { field } });
      return;
    }
    const parsed = parseCell(spec, raw, context);
    if (parsed.ok) values[field] = parsed.value;
    else errors.push({ row, column, code: parsed.code, params: parsed.params });
  });
  const explicit = typeof values.externalId === 'string' ? values.externalId : '';
  return {
    row,
    externalId: explicit !== '' ? `id:${explicit}` : `row:${rowDigest(cellsByField)}`,
    values,
    errors,
  };
}
