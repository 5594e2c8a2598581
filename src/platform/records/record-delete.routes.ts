import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api } from '../http/app-context.js';
import { idParams, versionQuery, type writeErrors } from '../http/list-query.js';
import { actorOf } from '../http/route-access.js';
import type { Actor } from '../policy/actor.js';

export type DeleteRouteOptions = {
  /** e.g. `/api/v1/products/:id` */
  url: string;
  /** The operation's name in the OpenAPI document, e.g. `deleteProduct`. */
  operationId: string;
  tags: string[];
  summary: string;
  allow: (actor: Actor) => boolean;
  /** writeErrors where business rules can refuse the deletion (422). */
  errors?: typeof writeErrors;
  /** Deletes the record the client read at `version` (409 when it has moved on). */
  remove: (actor: Actor, id: string, version: number) => Promise<void>;
};

/** `DELETE …/:id?version=n`: a soft delete with optimistic concurrency, answered with 204. */
export function registerDeleteRoute(app: FastifyInstance, options: DeleteRouteOptions): void {
  const { url, operationId, tags, summary, allow, errors = {}, remove } = options;
  api(app).delete(
    url,
    {
      config: { allow },
      schema: {
        operationId,
        tags,
        summary,
        params: idParams,
        querystring: versionQuery,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await remove(actorOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
}
