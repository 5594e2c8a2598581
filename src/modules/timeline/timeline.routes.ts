import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { canWorkWithCustomers } from '../customers/customers.policy.js';
import { timelineItemOut, timelineQuery } from './timeline.schema.js';
import { customerTimeline } from './timeline.service.js';

export function registerTimelineRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  api(app).get(
    '/api/v1/customers/:id/timeline',
    {
      config: { allow: canWorkWithCustomers },
      schema: {
        operationId: 'getCustomerTimeline',
        tags: ['customers'],
        summary:
          "A customer's activities, stage changes, contracts, payments, tickets and feedback, newest first",
        params: idParams,
        querystring: timelineQuery,
        response: { 200: pageOf(timelineItemOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const { items, total } = await customerTimeline(
        db,
        actorOf(request),
        request.params.id,
        q,
        config.orgTimeZone,
      );
      return { items, total, totalCapped: false, page: q.page, pageSize: q.pageSize };
    },
  );
}
