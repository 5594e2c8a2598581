const SCHEMA_REF = '#/components/schemas/';

/** Every component schema name a JSON value refers to with `$ref`. */
function referencedNames(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const entry of value) referencedNames(entry, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(SCHEMA_REF)) {
        into.add(child.slice(SCHEMA_REF.length));
      } else {
        referencedNames(child, into);
      }
    }
  }
  return into;
}

/**
 * The document without the component schemas no operation reaches. Every named schema is
 * generated both as read (`Customer`) and as written (`CustomerInput`); most are only one of the two.
 */
export function withoutUnusedComponents<T extends object>(document: T): T {
  const { components, ...rest } = document as {
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = components?.schemas;
  if (!schemas) return document;
  const reached = referencedNames(rest, new Set());
  const pending = [...reached];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    for (const next of referencedNames(schemas[name], new Set())) {
      if (!reached.has(next)) {
        reached.add(next);
        pending.push(next);
      }
    }
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
  return { ...document, components: { ...components, schemas: kept } };
}
