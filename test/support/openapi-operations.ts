import type { TestApp } from './test-app.js';

/** The parts of a JSON Schema (as the OpenAPI document has them) that the tests read. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
};

type Parameter = { name: string; in: string; required?: boolean; schema?: JsonSchema };

type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** One operation of the document, with what a request to it is made of. */
export type ApiOperation = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The document's form, e.g. `/api/v1/customers/{id}`. */
  path: string;
  operationId: string;
  pathParams: string[];
  query: Parameter[];
  /** The JSON body's schema; none when the operation takes no JSON body. */
  body: JsonSchema | undefined;
  /** The operation takes a raw upload (`application/octet-stream`). */
  upload: boolean;
};

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function fetchOpenApi(app: TestApp): Promise<OpenApiDocument> {
  const response = await app.request({ method: 'GET', url: '/api/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`openapi.json: ${response.statusCode}`);
  return response.json();
}

export function operationsOf(document: OpenApiDocument): ApiOperation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      return {
        method: method.toUpperCase() as ApiOperation['method'],
        path,
        operationId: operation.operationId ?? `${method} ${path}`,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query'),
        body: content['application/json']?.schema,
        upload: 'application/octet-stream' in content,
      };
    }),
  );
}

/** `METHOD /path` in the document's form: how the tests name a route. */
export const routeKey = (method: string, path: string): string =>
  `${method.toUpperCase()} ${path.replace(/:([A-Za-z]+)/g, '{$1}')}`;

/** Follows `$ref`s into the document's components. */
export function resolve(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema;
  while (current.$ref) {
    const name = current.$ref.split('/').pop() ?? '';
    const target = document.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved ${current.$ref}`);
    current = target;
  }
  return current;
}

/** A value for a property, given its name and path, or undefined to let the schema decide. */
export type NamedValue = (name: string, path: string) => unknown;

/**
 * The smallest value the schema accepts: required properties only, the first option of an enum
 * or a union (not null), strings as short as allowed in their format. `named` supplies values a
 * schema cannot know (ids of real records, versions).
 */
export function minimalValue(
  document: OpenApiDocument,
  raw: JsonSchema,
  named: NamedValue,
  path = '',
): unknown {
  const schema = resolve(document, raw);
  const name = path.split('.').pop() ?? '';
  const given = path === '' ? undefined : named(name, path);
  if (given !== undefined) return given;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const option = options.find((o) => resolve(document, o).type !== 'null') ?? options[0];
    return minimalValue(document, option ?? {}, named, path);
  }
  if (schema.allOf?.[0]) return minimalValue(document, schema.allOf[0], named, path);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      // A change that changes nothing is refused before anything else: send one field at least.
      const first = Object.keys(schema.properties ?? {})[0];
      const keys = schema.required?.length ? schema.required : path === '' && first ? [first] : [];
      for (const key of keys) {
        const property = schema.properties?.[key];
        if (property) value[key] = minimalValue(document, property, named, join(path, key));
      }
      return value;
    }
    case 'array': {
      const count = schema.minItems ?? 0;
      return Array.from({ length: count }, (_, i) =>
        minimalValue(document, schema.items ?? {}, named, join(path, String(i))),
      );
    }
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1, 1);
    case 'boolean':
      return false;
    case 'string':
      return minimalString(schema);
    default:
      return null;
  }
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

function minimalString(schema: JsonSchema): string {
  switch (schema.format) {
    case 'date':
      return '2026-11-16';
    case 'date-time':
      return '2026-11-16T02:00:00.000Z';
    case 'email':
      return 'probe@example.com';
    case 'uri':
      return 'https://example.com/hook';
    default:
      return 'probe'.padEnd(schema.minLength ?? 1, 'e').slice(0, schema.maxLength ?? 200);
  }
}
