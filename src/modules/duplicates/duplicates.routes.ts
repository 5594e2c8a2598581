import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { actorOf } from '../../platform/http/route-access.js';
import { canCheckAnyDuplicates } from './duplicates.policy.js';
import { duplicateHint, duplicatesQuery } from './duplicates.schema.js';
import { likelyDuplicates } from './duplicates.service.js';

export function registerDuplicateRoutes(app: FastifyInstance, { db }: AppContext): void {
  api(app).get(
    '/api/v1/duplicates',
    {
      config: { allow: canCheckAnyDuplicates },
      schema: {
        operationId: 'findDuplicates',
        tags: ['duplicates'],
        summary:
          'Likely duplicates of a customer, lead or contact about to be saved (same normalised name, phone or e-mail); records you may not see are reported without details',
        querystring: duplicatesQuery,
        response: { 200: z.object({ items: z.array(duplicateHint) }) },
      },
    },
    async (request) => ({ items: await likelyDuplicates(db, actorOf(request), request.query) }),
  );
}
