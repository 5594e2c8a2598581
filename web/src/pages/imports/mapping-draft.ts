/** Which field each column of the file fills: column index → field key, or null (left out). */
export type Mapping = readonly (string | null)[];

/**
 * The mapping as the API takes it: header text → field, for every column with a header (a header
 * written twice is named by its first column, as the server reads it).
 */
export function mappingBody(headers: readonly string[], mapping: Mapping) {
  const columns: Record<string, string | null> = {};
  headers.forEach((header, index) => {
    if (header === '' || Object.hasOwn(columns, header)) return;
    columns[header] = mapping[index] ?? null;
  });
  return columns;
}

/** Gives `field` to column `index`; a field fills one column only, so another column gives it up. */
export function assignColumn(mapping: Mapping, index: number, field: string | null): Mapping {
  return mapping.map((current, i) => {
    if (i === index) return field;
    return field !== null && current === field ? null : current;
  });
}

/** The required fields no column fills yet, in the order of `fields`. */
export function missingFields(
  fields: readonly { key: string; required: boolean }[],
  mapping: Mapping,
): string[] {
  const mapped = new Set(mapping);
  return fields.filter((f) => f.required && !mapped.has(f.key)).map((f) => f.key);
}

export const sameMapping = (a: Mapping, b: Mapping): boolean =>
  a.length === b.length && a.every((field, i) => field === b[i]);
