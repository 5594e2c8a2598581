import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageWindow, standardErrors } from '../../platform/http/list-query.js';
import { actorOf, anyUser } from '../../platform/http/route-access.js';
import { listHistory } from '../../platform/history/history.repository.js';
import { historyPage, historyQuery } from '../../platform/history/history.schema.js';
import { writeErrors } from '../records/record-responses.schema.js';
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
        tags,
        summary: 'The pipeline stages in order (active ones unless includeInactive=true)',
        querystring: listStagesQuery,
        response: { 200: z.object({ items: z.array(stageOut) }), ...standardErrors },
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
        tags,
        summary: 'Add a pipeline stage',
        body: createStageBody,
        response: { 201: stageOut, ...standardErrors },
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

  r.get(
    '/api/v1/pipeline-stages/:id/history',
    {
      config: admin,
      schema: {
        tags,
        summary: "A stage's field-level change history",
        params: idParams,
        querystring: historyQuery,
        response: { 200: historyPage, ...standardErrors },
      },
    },
    async (request) => {
      await service.loadStage(db, request.params.id);
      const { items, total } = await listHistory(
        db.kysely,
        'pipeline_stage',
        request.params.id,
        pageWindow(request.query),
      );
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
}
