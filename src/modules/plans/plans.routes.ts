import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { canWorkWithPlans } from './plans.policy.js';
import { presentPlan } from './plans.presenter.js';
import { createPlanBody, listPlansQuery, planOut, updatePlanBody } from './plans.schema.js';
import * as service from './plans.service.js';

export function registerPlanRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const work = { allow: canWorkWithPlans };
  const tags = ['plans'];

  r.get(
    '/api/v1/plans',
    {
      config: work,
      schema: {
        operationId: 'listPlans',
        tags,
        summary:
          'Follow-up plans in your scope; scope=today|overdue|upcoming gives the workbench tabs (org-zone days)',
        querystring: listPlansQuery,
        response: { 200: pageOf(planOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const listed = await service.listPlans(db, actorOf(request), q, config.orgTimeZone);
      return pageResponse(q, listed, (p) => presentPlan(p, 'write'));
    },
  );

  r.post(
    '/api/v1/plans',
    {
      config: work,
      schema: {
        operationId: 'createPlan',
        tags,
        summary: 'Plan a follow-up on a lead, customer or opportunity you may change',
        body: createPlanBody,
        response: { 201: planOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentPlan(await service.createPlan(db, actorOf(request), request.body), 'write')),
  );

  r.get(
    '/api/v1/plans/:id',
    {
      config: work,
      schema: {
        operationId: 'getPlan',
        tags,
        summary: 'A follow-up plan',
        params: idParams,
        response: { 200: planOut },
      },
    },
    async (request) =>
      presentPlan(await service.loadPlan(db, actorOf(request), request.params.id), 'write'),
  );

  r.patch(
    '/api/v1/plans/:id',
    {
      config: work,
      schema: {
        operationId: 'updatePlan',
        tags,
        summary: 'Reschedule, re-note or reassign a plan (send the version you read)',
        params: idParams,
        body: updatePlanBody,
        response: { 200: planOut },
      },
    },
    async (request) =>
      presentPlan(
        await service.updatePlan(db, actorOf(request), request.params.id, request.body),
        'write',
      ),
  );

  registerDeleteRoute(app, {
    url: '/api/v1/plans/:id',
    operationId: 'deletePlan',
    tags,
    summary: 'Cancel a plan (kept in history)',
    allow: canWorkWithPlans,
    remove: (actor, id, version) => service.cancelPlan(db, actor, id, version),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/plans/:id/history',
    operationId: 'listPlanHistory',
    entity: 'plan',
    tags,
    summary: "A plan's change history",
    allow: canWorkWithPlans,
    assertVisible: (actor, id) => service.loadPlan(db, actor, id),
  });
}
