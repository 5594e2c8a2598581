import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, writeErrors } from '../../platform/http/list-query.js';
import { actorOf, anyUser } from '../../platform/http/route-access.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { canManagePipeline } from './pipeline.policy.js';
import { presentStage } from './pipeline.presenter.js';
import { createStageBody, listStagesQuery, stageOut, updateStageBody } from './pipeline.schema.js';
import * as service from './pipeline.service.js';

export function registerPipelineRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const admin = { allow: canManagePipeline };
  const tags = ['pipeline'];

  r.get(
    '/api/v1/pipeline-stages',
    {
      config: { allow: anyUser },
      schema: {
        operationId: 'listPipelineStages',
        tags,
        summary: 'The pipeline stages in order (active ones unless includeInactive=true)',
        querystring: listStagesQuery,
        response: { 200: z.object({ items: z.array(stageOut) }) },
      },
    },
    async (request) => {
      const access = canManagePipeline(actorOf(request)) ? 'write' : 'read';
      const stages = await service.listStages(db, request.query.includeInactive);
      return { items: stages.map((s) => presentStage(s, access)) };
    },
  );

  r.post(
    '/api/v1/pipeline-stages',
    {
      config: admin,
      schema: {
        operationId: 'createPipelineStage',
        tags,
        summary: 'Add a pipeline stage',
        body: createStageBody,
        response: { 201: stageOut },
      },
    },
    async (request, reply) => {
      const stage = await service.createStage(db, actorOf(request), request.body);
      return reply.status(201).send(presentStage(stage, 'write'));
    },
  );

  r.patch(
    '/api/v1/pipeline-stages/:id',
    {
      config: admin,
      schema: {
        operationId: 'updatePipelineStage',
        tags,
        summary: 'Rename, reorder, re-weigh or deactivate a stage (send the version you read)',
        params: idParams,
        body: updateStageBody,
        response: { 200: stageOut, ...writeErrors },
      },
    },
    async (request) =>
      presentStage(
        await service.updateStage(db, actorOf(request), request.params.id, request.body),
        'write',
      ),
  );

  registerHistoryRoute(app, db, {
    url: '/api/v1/pipeline-stages/:id/history',
    operationId: 'listPipelineStageHistory',
    entity: 'pipeline_stage',
    tags,
    summary: "A stage's field-level change history",
    allow: canManagePipeline,
    assertVisible: (_actor, id) => service.loadStage(db, id),
  });
}
