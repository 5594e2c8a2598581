import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import {
  resolve,
  type ApiOperation,
  type JsonSchema,
  type OpenApiDocument,
} from './openapi-operations.js';

/** `depth` arrays inside each other around a string. */
const nested = (depth: number): unknown => {
  let value: unknown = 'core';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/** Texts and values no field should take in its stride. */
const hostileScalar = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    -2_147_483_649,
    2 ** 53 + 1,
    1e308,
    -1e308,
    0.5,
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udc00y',
    '0000-01-01',
    '0000-01-01T00:00:00.000Z',
    '-000001-01-01T00:00:00.000Z',
    '+275760-09-13T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '2026-02-30',
    '2026-13-01T00:00:00Z',
    'not a date',
    "' OR 1=1 --",
    '../../etc/passwd',
    '💥',
    'ｘ'.repeat(3_000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Whole values: scalars, the wrong containers, deep nesting, huge text. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, [null], { '': '' }) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 1_200 }).map(nested) },
  { weight: 1, arbitrary: fc.constantFrom('y'.repeat(100_000), 'z'.repeat(1_100_000)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Ids that name nothing, or that could trip whatever parses them. */
const hostileId = fc.constantFrom(
  '0',
  '-1',
  '1e309',
  'null',
  ' ',
  "'; drop table customers; --",
  'x'.repeat(5_000),
  '00000000-0000-7000-8000-000000000000',
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  '%',
  '..%2F..%2Fetc',
  '%F0%9F%92%A5',
);

/** Raw bodies a JSON parser has to refuse. */
const hostileRawBody = fc.constantFrom(
  '{"name":',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '['.repeat(5_000),
  '"\\u0000"',
  '{"a":"\\ud800"}',
  'null',
  '1',
  '\u0000',
);

/** The property paths a body schema names, to depth two (`items`, `items.0.metric`…). */
function propertyPaths(document: OpenApiDocument, schema: JsonSchema, depth = 0): string[][] {
  const resolved = resolve(document, schema);
  const options = resolved.anyOf ?? resolved.oneOf;
  if (options) return options.flatMap((option) => propertyPaths(document, option, depth));
  if (depth > 1) return [];
  if (resolved.type === 'array' && resolved.items)
    return propertyPaths(document, resolved.items, depth + 1).map((p) => ['0', ...p]);
  return Object.entries(resolved.properties ?? {}).flatMap(([key, property]) => [
    [key],
    ...propertyPaths(document, property, depth + 1).map((p) => [key, ...p]),
  ]);
}

function withValueAt(body: unknown, path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const container: Record<string, unknown> =
    body !== null && typeof body === 'object' ? { ...(body as Record<string, unknown>) } : {};
  if (Array.isArray(body)) {
    const copy = [...(body as unknown[])];
    copy[Number(head)] = withValueAt(copy[Number(head)], rest, value);
    return copy;
  }
  container[head] = withValueAt(container[head], rest, value);
  return container;
}

/**
 * Requests to one operation built from a valid one with one hostile change: a field (known or
 * unknown) set to a hostile value, the whole body replaced, a raw body no JSON parser takes, a
 * path id or a query value replaced.
 */
export function hostileRequests(
  document: OpenApiDocument,
  operation: ApiOperation,
  valid: InjectOptions,
): fc.Arbitrary<InjectOptions> {
  const url = valid.url as string;
  const [pathPart = '', queryPart] = url.split('?');
  const choices: fc.Arbitrary<InjectOptions>[] = [];

  if (operation.body) {
    const paths = propertyPaths(document, operation.body);
    const fieldPath = fc.oneof(
      ...(paths.length ? [fc.constantFrom(...paths)] : []),
      fc.constantFrom(['unknownField'], ['__proto__'], ['id'], ['createdBy'], ['deletedAt']),
    );
    choices.push(
      fc.tuple(fieldPath, hostileValue).map(([path, value]) => ({
        ...valid,
        payload: withValueAt(valid.payload, path, value) as object,
      })),
    );
  }
  // A body where none is expected, or one of the wrong shape entirely.
  choices.push(
    hostileValue.map((value) => ({
      ...valid,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(value),
    })),
  );
  if (operation.body || operation.upload)
    choices.push(
      hostileRawBody.map((raw) => ({
        ...valid,
        headers: { 'content-type': 'application/json' },
        payload: raw,
      })),
    );
  if (operation.upload)
    choices.push(
      fc
        .uint8Array({ maxLength: 2_000 })
        .map((bytes) => ({ ...valid, payload: Buffer.from(bytes) })),
    );
  const segments = pathPart.split('/');
  const idAt = operation.path
    .split('/')
    .flatMap((segment, index) => (segment.startsWith('{') ? [index] : []));
  if (idAt.length)
    choices.push(
      fc.tuple(fc.constantFrom(...idAt), hostileId).map(([index, id]) => {
        const copy = [...segments];
        copy[index] = id;
        return { ...valid, url: `${copy.join('/')}${queryPart ? `?${queryPart}` : ''}` };
      }),
    );
  if (operation.query.length)
    choices.push(
      fc
        .tuple(fc.constantFrom(...operation.query.map((q) => q.name)), hostileScalar, hostileId)
        .map(([name, value, raw]) => {
          const query = new URLSearchParams(queryPart);
          query.set(name, typeof value === 'string' ? value : JSON.stringify(value));
          const text = value === null ? `${name}=${raw}` : query.toString();
          return { ...valid, url: `${pathPart}?${text}` };
        }),
    );
  return fc.oneof(...choices);
}
