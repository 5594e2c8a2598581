import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { actorOf } from '../../platform/http/route-access.js';
import { canSearch } from './search.policy.js';
import { searchQuery, searchResultOut } from './search.schema.js';
import { search } from './search.service.js';

export function registerSearchRoutes(app: FastifyInstance, { db }: AppContext): void {
  api(app).get(
    '/api/v1/search',
    {
      config: { allow: canSearch },
      schema: {
        operationId: 'search',
        tags: ['search'],
        summary:
          'Find customers, contacts, leads, opportunities, contracts and tickets you may see by name, phone (any format), e-mail or number',
        querystring: searchQuery,
        response: { 200: searchResultOut },
      },
    },
    async (request) => search(db, actorOf(request), request.query),
  );
}
