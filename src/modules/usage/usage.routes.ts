import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { actorOf, anyUser } from '../../platform/http/route-access.js';

/**
 * Views the web app reports itself: opening a dashboard, a report or a customer analysis. Detail
 * reads and scorecards are recorded by the server where they are served.
 */
const viewBody = z.object({
  kind: z.enum(['dashboard_view', 'report_view', 'analysis_view']),
  entity: z.string().trim().min(1).max(40).optional(),
  recordId: z.string().trim().min(1).max(64).optional(),
});

export function registerUsageRoutes(app: FastifyInstance, { usage }: AppContext): void {
  api(app).post(
    '/api/v1/usage/views',
    {
      config: { allow: anyUser },
      schema: {
        operationId: 'recordView',
        tags: ['usage'],
        summary: 'Record that you opened a dashboard, report or analysis (feeds insight_days)',
        body: viewBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { kind, entity, recordId } = request.body;
      usage.record({
        userId: actorOf(request).id,
        kind,
        ...(entity ? { entity } : {}),
        ...(recordId ? { recordId } : {}),
      });
      return reply.status(204).send(null);
    },
  );
}
