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
