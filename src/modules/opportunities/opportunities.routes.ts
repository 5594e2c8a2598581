import type { FastifyInstance } from 'fastify';
import { historyQuery } from '../../platform/history/history.schema.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { registerListExport } from '../../platform/records/list-export.routes.js';
import { listStages } from '../pipeline/pipeline.service.js';
import { OPPORTUNITY_EXPORT_COLUMNS } from './opportunities.export.js';
import { idParams, pageOf, pageResponse, pageWindow } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { canCreateOpportunity, canWorkWithOpportunities } from './opportunities.policy.js';
import { presentOpportunity, presentStageChange } from './opportunities.presenter.js';
import {
  changeStageBody,
  createOpportunityBody,
  listOpportunitiesQuery,
  opportunityOut,
  stageChangeOut,
  updateOpportunityBody,
} from './opportunities.schema.js';
import * as service from './opportunities.service.js';
import { createOpportunity } from './opportunity-creation.service.js';
import { changeStage, listStageChanges } from './stage-change.service.js';

export function registerOpportunityRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const work = { allow: canWorkWithOpportunities };
  const tags = ['opportunities'];

  r.get(
    '/api/v1/opportunities',
    {
      config: work,
      schema: {
        operationId: 'listOpportunities',
        tags,
        summary: 'List the opportunities you may see (your data scope plus those shared with you)',
        querystring: listOpportunitiesQuery,
        response: { 200: pageOf(opportunityOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const listed = await service.listOpportunities(db, actorOf(request), q, config.orgTimeZone);
      return pageResponse(q, listed, (i) => presentOpportunity(i.opportunity, i.access));
    },
  );

  r.post(
    '/api/v1/opportunities',
    {
      config: { allow: canCreateOpportunity },
      schema: {
        operationId: 'createOpportunity',
        tags,
        summary: 'Create an opportunity on a customer you may change (records its first stage)',
        body: createOpportunityBody,
        response: { 201: opportunityOut },
      },
    },
    async (request, reply) => {
      const opportunity = await createOpportunity(db, actorOf(request), request.body);
      return reply.status(201).send(presentOpportunity(opportunity, 'write'));
    },
  );

  r.get(
    '/api/v1/opportunities/:id',
    {
      config: work,
      schema: {
        operationId: 'getOpportunity',
        tags,
        summary: 'An opportunity',
        params: idParams,
        response: { 200: opportunityOut },
      },
    },
    async (request) => {
      const { opportunity, access, names } = await service.loadOpportunity(
        db,
        actorOf(request),
        request.params.id,
      );
      return presentOpportunity({ ...opportunity, ...names }, access);
    },
  );

  r.patch(
    '/api/v1/opportunities/:id',
    {
      config: work,
      schema: {
        operationId: 'updateOpportunity',
        tags,
        summary: 'Update an opportunity or reassign its owner (stages change through /stage)',
        params: idParams,
        body: updateOpportunityBody,
        response: { 200: opportunityOut },
      },
    },
    async (request) => {
      const { opportunity, access } = await service.updateOpportunity(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentOpportunity(opportunity, access);
    },
  );

  r.post(
    '/api/v1/opportunities/:id/stage',
    {
      config: work,
      schema: {
        operationId: 'moveOpportunityStage',
        tags,
        summary:
          'Move to another stage, saying when it happened; won/lost need a reason; an open stage reopens',
        params: idParams,
        body: changeStageBody,
        response: { 200: opportunityOut },
      },
    },
    async (request) => {
      const { opportunity, access } = await changeStage(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentOpportunity(opportunity, access);
    },
  );

  r.get(
    '/api/v1/opportunities/:id/stages',
    {
      config: work,
      schema: {
        operationId: 'listOpportunityStageChanges',
        tags,
        summary: "An opportunity's stage changes in effective-time order",
        params: idParams,
        querystring: historyQuery,
        response: { 200: pageOf(stageChangeOut) },
      },
    },
    async (request) => {
      const listed = await listStageChanges(
        db,
        actorOf(request),
        request.params.id,
        pageWindow(request.query),
      );
      return pageResponse(request.query, listed, presentStageChange);
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/opportunities/:id',
    operationId: 'deleteOpportunity',
    tags,
    summary: 'Delete an opportunity (kept in history)',
    allow: canWorkWithOpportunities,
    remove: (actor, id, version) => service.deleteOpportunity(db, actor, id, version),
  });

  registerListExport(app, db, config.orgTimeZone, {
    url: '/api/v1/opportunities/export',
    operationId: 'exportOpportunities',
    tags,
    query: listOpportunitiesQuery,
    columns: OPPORTUNITY_EXPORT_COLUMNS,
    fileName: 'opportunities',
    allow: canWorkWithOpportunities,
    source: async (actor) => {
      const stages = new Map(
        (await listStages(db, true)).map((s) => [s.id, { en: s.nameEn, 'zh-CN': s.nameZh }]),
      );
      return {
        page: async (q) =>
          (await service.listOpportunities(db, actor, q, config.orgTimeZone)).items.map((i) => ({
            ...presentOpportunity(i.opportunity, i.access),
            stage: stages.get(i.opportunity.stageId) ?? null,
          })),
      };
    },
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/opportunities/:id/history',
    operationId: 'listOpportunityHistory',
    entity: 'opportunity',
    tags,
    summary: "An opportunity's field-level change history",
    allow: canWorkWithOpportunities,
    assertVisible: (actor, id) => service.loadOpportunity(db, actor, id),
  });
}
