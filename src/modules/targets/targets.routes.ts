import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams } from '../../platform/http/list-query.js';
import { actorOf, anyUser } from '../../platform/http/route-access.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { canSetTargets } from './targets.policy.js';
import type { TargetRow } from './targets.repository.js';
import { listTargetsQuery, putTargetBody, targetOut } from './targets.schema.js';
import * as service from './targets.service.js';

const present = (t: TargetRow) => ({
  id: t.id,
  userId: t.userId,
  metric: t.metric,
  periodStart: t.periodStart,
  periodEnd: t.periodEnd,
  target: t.target,
  setBy: t.setBy,
  version: t.version,
  updatedAt: t.updatedAt,
});

export function registerTargetRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const tags = ['appraisal targets'];

  r.get(
    '/api/v1/targets',
    {
      config: { allow: anyUser },
      schema: {
        operationId: 'listTargets',
        tags,
        summary: 'Per-user targets (业绩目标) of the people in your scope',
        querystring: listTargetsQuery,
        response: { 200: z.object({ items: z.array(targetOut) }) },
      },
    },
    async (request) => ({
      items: (await service.listTargets(db, actorOf(request), request.query)).map(present),
    }),
  );

  r.put(
    '/api/v1/targets',
    {
      config: { allow: canSetTargets },
      schema: {
        operationId: 'setTarget',
        tags,
        summary: "Set a person's target for a metric in a month or quarter",
        body: putTargetBody,
        response: { 200: targetOut },
      },
    },
    async (request) =>
      present(await service.putTarget(db, actorOf(request), request.body, config.orgTimeZone)),
  );

  r.delete(
    '/api/v1/targets/:id',
    {
      config: { allow: canSetTargets },
      schema: {
        operationId: 'deleteTarget',
        tags,
        summary: 'Remove a target (the template target applies again)',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.removeTarget(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  registerHistoryRoute(app, db, {
    url: '/api/v1/targets/:id/history',
    operationId: 'listTargetHistory',
    entity: 'user_target',
    tags,
    summary: "A target's history: who set, changed or removed it (a removed one's too)",
    allow: anyUser,
    assertVisible: (actor, id) => service.assertTargetVisible(db, actor, id),
  });
}
