export type FieldChange = { field: string; oldValue: string | null; newValue: string | null };

type Snapshot = Record<string, unknown>;

/** Fields that change on every write and carry no information of their own. */
const BOOKKEEPING_FIELDS = new Set(['version', 'updatedAt', 'createdAt']);

/** Text form of a value in the history log: null stays null, objects become JSON. */
export function historyValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The fields whose value differs between two snapshots of a record, old → new. */
export function diffFields(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (BOOKKEEPING_FIELDS.has(field)) continue;
    const oldValue = historyValue(before?.[field]);
    const newValue = historyValue(after?.[field]);
    if (oldValue !== newValue) changes.push({ field, oldValue, newValue });
  }
  return changes;
}

/** The stored form of one write's changes: `{ field: [old, new], … }` in diff order. */
export function changesDocument(changes: readonly FieldChange[]): string {
  const doc: Record<string, [string | null, string | null]> = {};
  for (const c of changes) doc[c.field] = [c.oldValue, c.newValue];
  return JSON.stringify(doc);
}

const isText = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** The field changes of a stored document, in its order; throws on a document of another shape. */
export function parseChanges(document: string): FieldChange[] {
  const doc: unknown = JSON.parse(document);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new Error('history changes: not a JSON object');
  return Object.entries(doc).map(([field, pair]) => {
    if (!Array.isArray(pair) || pair.length !== 2 || !isText(pair[0]) || !isText(pair[1]))
      throw new Error(`history changes: field ${field} is not [old, new]`);
    return { field, oldValue: pair[0], newValue: pair[1] };
  });
}
