import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';
import { errorBody } from './list-query.js';

/** The property names a request part can carry (every option of a union, through pipes). */
function keysOf(schema: unknown): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodUnion) return schema.options.flatMap((option) => keysOf(option));
  if (schema instanceof z.ZodPipe) return keysOf(schema.in);
  return [];
}

/** A property that names another record: the record may be gone or out of reach (404). */
const namesRecord = (key: string): boolean => key === 'id' || /Ids?$/.test(key);

type RouteSchema = {
  params?: unknown;
  querystring?: unknown;
  body?: unknown;
  response?: Record<string | number, unknown>;
};

/**
 * The error statuses a route can answer, from what it takes: 400 for any input (and 413 for a
 * body), 401 and 403 unless it is public, 404 when it names a record, and 409 for a write that
 * sends the version it read. Statuses only business rules know (422, a 409 without a version,
 * 429) are declared by the route itself.
 */
export function derivedErrorStatuses(
  method: string,
  schema: RouteSchema,
  isPublic: boolean,
): number[] {
  const parts = [schema.params, schema.querystring, schema.body].filter(
    (part) => part !== undefined,
  );
  const keys = parts.flatMap((part) => keysOf(part));
  const statuses: number[] = [];
  if (parts.length > 0) statuses.push(400);
  if (!isPublic) statuses.push(401, 403);
  if (schema.params !== undefined || keys.some(namesRecord)) statuses.push(404);
  if (method !== 'GET' && keys.includes('version')) statuses.push(409);
  if (schema.body !== undefined) statuses.push(413);
  return statuses;
}

/**
 * Completes every API route's documented error responses before it is registered (so the
 * OpenAPI document lists what each operation can answer, and error bodies are serialised by the
 * same schema). Register before the routes.
 */
export function registerErrorResponses(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const schema = route.schema as RouteSchema | undefined;
    if (!schema) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const isPublic = (route.config as { public?: boolean } | undefined)?.public === true;
    const response = { ...schema.response };
    for (const status of derivedErrorStatuses(methods[0] ?? 'GET', schema, isPublic)) {
      response[status] ??= errorBody;
    }
    schema.response = response;
  });
}
