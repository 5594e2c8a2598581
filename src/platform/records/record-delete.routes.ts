import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api } from '../http/app-context.js';
import { idParams, standardErrors, versionQuery } from '../http/list-query.js';
import { actorOf } from '../http/route-access.js';
import type { Actor } from '../policy/actor.js';
import type { writeErrors } from './record-responses.schema.js';

export type DeleteRouteOptions = {
  /** e.g. `/api/v1/products/:id` */
  url: string;
  tags: string[];
  summary: string;
  allow: (actor: Actor) => boolean;
  /** writeErrors where business rules can refuse the deletion (422); standardErrors by default. */
  errors?: typeof standardErrors | typeof writeErrors;
  /** Deletes the record the client read at `version` (409 when it has moved on). */
  remove: (actor: Actor, id: string, version: number) => Promise<void>;
};

/** `DELETE …/:id?version=n`: a soft delete with optimistic concurrency, answered with 204. */
export function registerDeleteRoute(app: FastifyInstance, options: DeleteRouteOptions): void {
  const { url, tags, summary, allow, errors = standardErrors, remove } = options;
  api(app).delete(
    url,
    {
      config: { allow },
      schema: {
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
