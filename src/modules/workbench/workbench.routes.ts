import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { actorOf, anyUser } from '../../platform/http/route-access.js';
import { hintsFor } from './workbench.service.js';

const hintOut = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('missing_field'), field: z.string(), count: z.number().int() }),
  z.object({ kind: z.literal('overdue_plans'), count: z.number().int() }),
  z.object({ kind: z.literal('stale_opportunities'), count: z.number().int() }),
  z.object({ kind: z.literal('uncovered_key_customers'), count: z.number().int() }),
]);

export function registerWorkbenchRoutes(app: FastifyInstance, { db }: AppContext): void {
  api(app).get(
    '/api/v1/workbench/hints',
    {
      config: { allow: anyUser },
      schema: {
        operationId: 'listWorkbenchHints',
        tags: ['workbench'],
        summary: 'Next steps that would raise your scorecard, with how many records each concerns',
        response: { 200: z.object({ items: z.array(hintOut) }) },
      },
    },
    async (request) => ({ items: await hintsFor(db, actorOf(request)) }),
  );
}
