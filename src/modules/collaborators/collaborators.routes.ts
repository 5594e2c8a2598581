import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { nowIso } from '../../platform/clock.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { canWorkWithCollaborators } from './collaborators.policy.js';
import { presentCollaborator } from './collaborators.presenter.js';
import type { SharedEntity } from './collaborators.repository.js';
import { collaboratorOut, collaboratorParams, shareBody } from './collaborators.schema.js';
import * as service from './collaborators.service.js';

const SHARED: { entity: SharedEntity; noun: string; base: string; tag: string }[] = [
  {
    entity: 'customer',
    noun: 'Customer',
    base: '/api/v1/customers/:id/collaborators',
    tag: 'customers',
  },
  {
    entity: 'opportunity',
    noun: 'Opportunity',
    base: '/api/v1/opportunities/:id/collaborators',
    tag: 'opportunities',
  },
];

export function registerCollaboratorRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const config = { allow: canWorkWithCollaborators };
  for (const { entity, noun, base, tag } of SHARED) {
    const tags = [tag, 'collaborators'];

    r.get(
      base,
      {
        config,
        schema: {
          operationId: `list${noun}Collaborators`,
          tags,
          summary: `Who the ${entity} is shared with (协作人), expired shares included`,
          params: idParams,
          response: { 200: z.object({ items: z.array(collaboratorOut) }) },
        },
      },
      async (request) => {
        const rows = await service.listCollaborators(
          db,
          actorOf(request),
          entity,
          request.params.id,
        );
        const now = nowIso();
        return { items: rows.map((row) => presentCollaborator(row, now)) };
      },
    );

    r.post(
      base,
      {
        config,
        schema: {
          operationId: `share${noun}`,
          tags,
          summary: `Share the ${entity} with a user (read or write, optionally until a time); needs write access`,
          params: idParams,
          body: shareBody,
          response: { 200: collaboratorOut },
        },
      },
      async (request) =>
        presentCollaborator(
          await service.shareRecord(db, actorOf(request), entity, request.params.id, request.body),
          nowIso(),
        ),
    );

    r.delete(
      `${base}/:userId`,
      {
        config,
        schema: {
          operationId: `unshare${noun}`,
          tags,
          summary: `Stop sharing the ${entity} with a user`,
          params: collaboratorParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.unshareRecord(
          db,
          actorOf(request),
          entity,
          request.params.id,
          request.params.userId,
        );
        return reply.status(204).send(null);
      },
    );
  }
}
