import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import {
  idParams,
  pageOf,
  pageQuery,
  pageResponse,
  pageWindow,
  conflictErrors,
  writeErrors,
} from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { z } from 'zod';
import { exportCells } from '../../platform/export/export-columns.js';
import { attachment, exportFileQuery, exportLanguage } from '../../platform/export/export-query.js';
import { CONTENT_TYPES, tableStream } from '../../platform/export/table-stream.js';
import { CYCLE_RESULT_HEADERS, cycleResultRows } from './cycle-results-export.js';
import { evidencePage, evidenceQuery } from '../scorecard/evidence.schema.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import * as results from './cycle-results.service.js';
import { canManageCycles, canReadCycles, canReviewResults } from './cycles.policy.js';
import { presentCycle, presentResult, presentResultSummary } from './cycles.presenter.js';
import {
  acknowledgeBody,
  adjustBody,
  commentBody,
  createCycleBody,
  cycleOut,
  listResultsQuery,
  recomputeBody,
  resultItemParams,
  resultOut,
  resultSummaryOut,
  transitionBody,
} from './cycles.schema.js';
import * as service from './cycles.service.js';

export function registerCycleRoutes(app: FastifyInstance, { db, config, usage }: AppContext): void {
  const r = api(app);
  const tags = ['appraisal cycles'];
  const read = { allow: canReadCycles };

  r.get(
    '/api/v1/cycles',
    {
      config: read,
      schema: {
        operationId: 'listCycles',
        tags,
        summary: 'Appraisal cycles, newest first',
        querystring: pageQuery.pick({ page: true, pageSize: true }),
        response: { 200: pageOf(cycleOut) },
      },
    },
    async (request) => {
      const listed = await service.listCycles(db, pageWindow(request.query));
      return pageResponse(request.query, listed, presentCycle);
    },
  );

  r.post(
    '/api/v1/cycles',
    {
      config: { allow: canManageCycles },
      schema: {
        operationId: 'createCycle',
        tags,
        summary: 'Create a monthly or quarterly cycle (a draft)',
        body: createCycleBody,
        response: { 201: cycleOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentCycle(
            await service.createCycle(db, actorOf(request), request.body, config.orgTimeZone),
          ),
        ),
  );

  r.get(
    '/api/v1/cycles/:id',
    {
      config: read,
      schema: {
        operationId: 'getCycle',
        tags,
        summary: 'One cycle',
        params: idParams,
        response: { 200: cycleOut },
      },
    },
    async (request) => presentCycle(await service.getCycle(db, request.params.id)),
  );

  r.post(
    '/api/v1/cycles/:id/status',
    {
      config: { allow: canManageCycles },
      schema: {
        operationId: 'changeCycleStatus',
        tags,
        summary:
          'Move the cycle one step: open (snapshot + compute), self_review, manager_review (freeze), calibrated, published, archived',
        params: idParams,
        body: transitionBody,
        response: { 200: cycleOut, ...writeErrors, ...conflictErrors },
      },
    },
    async (request) =>
      presentCycle(
        await service.transitionCycle(db, actorOf(request), request.params.id, request.body),
      ),
  );

  r.post(
    '/api/v1/cycles/:id/recompute',
    {
      config: { allow: canManageCycles },
      schema: {
        operationId: 'recomputeCycle',
        tags,
        summary: 'Recompute from the records (frozen cycles need a reason; audited)',
        params: idParams,
        body: recomputeBody,
        response: { 200: cycleOut, ...writeErrors, ...conflictErrors },
      },
    },
    async (request) =>
      presentCycle(
        await service.recomputeCycle(db, actorOf(request), request.params.id, request.body),
      ),
  );

  r.get(
    '/api/v1/cycles/:id/results',
    {
      config: read,
      schema: {
        operationId: 'listCycleResults',
        tags,
        summary: 'Results of the people in your data scope (a team view for managers)',
        params: idParams,
        querystring: listResultsQuery,
        response: { 200: pageOf(resultSummaryOut) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const listed = await results.listResults(
        db,
        actor,
        request.params.id,
        pageWindow(request.query),
      );
      usage.record({
        userId: actor.id,
        kind: 'scorecard_view',
        entity: 'cycle',
        recordId: request.params.id,
      });
      return pageResponse(request.query, listed, (i) => ({
        ...presentResultSummary(i),
        userName: i.userName,
        role: i.role,
        managerId: i.managerId,
      }));
    },
  );

  r.get(
    '/api/v1/cycles/:id/results/export',
    {
      config: read,
      schema: {
        operationId: 'exportCycleResults',
        tags,
        summary:
          'Export the results you may see, one row per person and item with its evidence counts (XLSX or CSV)',
        params: idParams,
        querystring: exportFileQuery,
        response: { 200: z.unknown().describe('the file (XLSX or CSV)') },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const cycle = await service.getCycle(db, request.params.id);
      const { format } = request.query;
      const language = exportLanguage(request.query.language, request.headers['accept-language']);
      const cells = exportCells(language, config.orgTimeZone, new Map());
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', attachment(`appraisal-${cycle.id}`, format))
        .send(
          tableStream(
            format,
            CYCLE_RESULT_HEADERS.map((header) => header[language]),
            cycleResultRows(db, actor, cycle.id, cells),
          ),
        );
    },
  );

  r.get(
    '/api/v1/cycles/:id/results/me',
    {
      config: read,
      schema: {
        operationId: 'getMyCycleResult',
        tags,
        summary: 'My result in this cycle (null when I am not appraised in it)',
        params: idParams,
        response: { 200: resultOut.nullable() },
      },
    },
    async (request) => {
      const mine = await results.myResult(db, actorOf(request), request.params.id);
      return mine ? presentResult(mine.result, mine.items) : null;
    },
  );

  r.get(
    '/api/v1/cycle-results/:id',
    {
      config: read,
      schema: {
        operationId: 'getCycleResult',
        tags,
        summary: 'One result with its items (yours, or someone in your scope)',
        params: idParams,
        response: { 200: resultOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { result, items } = await results.loadResult(db, actor, request.params.id);
      usage.record({
        userId: actor.id,
        kind: 'scorecard_view',
        entity: 'cycle_result',
        recordId: result.id,
      });
      return presentResult(result, items);
    },
  );

  r.get(
    '/api/v1/cycle-results/:id/items/:metric/evidence',
    {
      config: read,
      schema: {
        operationId: 'getCycleResultItemEvidence',
        tags,
        summary: 'The records behind one item: what counted and what did not',
        params: resultItemParams,
        querystring: evidenceQuery,
        response: { 200: evidencePage },
      },
    },
    async (request) => {
      const q = request.query;
      const { items, total } = await results.resultEvidence(
        db,
        actorOf(request),
        request.params.id,
        request.params.metric,
        pageWindow(q),
        q.counted,
      );
      return { items, total, totalCapped: false, page: q.page, pageSize: q.pageSize };
    },
  );

  r.post(
    '/api/v1/cycle-results/:id/self-review',
    {
      config: read,
      schema: {
        operationId: 'writeSelfReview',
        tags,
        summary: 'Write your self review',
        params: idParams,
        body: commentBody,
        response: { 200: resultOut, ...writeErrors, ...conflictErrors },
      },
    },
    async (request) => {
      const { result, items } = await results.selfReview(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentResult(result, items);
    },
  );

  r.post(
    '/api/v1/cycle-results/:id/review',
    {
      config: { allow: canReviewResults },
      schema: {
        operationId: 'writeManagerReview',
        tags,
        summary: "Write the manager's review",
        params: idParams,
        body: commentBody,
        response: { 200: resultOut, ...writeErrors, ...conflictErrors },
      },
    },
    async (request) => {
      const { result, items } = await results.managerReview(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentResult(result, items);
    },
  );

  r.post(
    '/api/v1/cycle-results/:id/items/:metric/adjust',
    {
      config: { allow: canReviewResults },
      schema: {
        operationId: 'adjustCycleResultItem',
        tags,
        summary: 'Adjust one item score, with a written reason (both numbers stay visible)',
        params: resultItemParams,
        body: adjustBody,
        response: { 200: resultOut, ...writeErrors, ...conflictErrors },
      },
    },
    async (request) => {
      const { result, items } = await results.adjustItem(
        db,
        actorOf(request),
        request.params.id,
        request.params.metric,
        request.body,
      );
      return presentResult(result, items);
    },
  );

  r.post(
    '/api/v1/cycle-results/:id/acknowledge',
    {
      config: read,
      schema: {
        operationId: 'acknowledgeCycleResult',
        tags,
        summary: 'Acknowledge your published result, optionally with a comment',
        params: idParams,
        body: acknowledgeBody,
        response: { 200: resultOut, ...writeErrors, ...conflictErrors },
      },
    },
    async (request) => {
      const { result, items } = await results.acknowledge(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentResult(result, items);
    },
  );

  registerHistoryRoute(app, db, {
    url: '/api/v1/cycles/:id/history',
    operationId: 'listCycleHistory',
    entity: 'cycle',
    tags,
    summary: "A cycle's history: its status changes and recomputes with their reasons",
    allow: canReadCycles,
    assertVisible: (_actor, id) => service.getCycle(db, id),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/cycle-results/:id/history',
    operationId: 'listCycleResultHistory',
    entity: 'cycle_result',
    tags,
    summary: "A result's history: adjustments with their reasons, reviews and acknowledgement",
    allow: canReadCycles,
    assertVisible: (actor, id) => results.loadResult(db, actor, id),
  });
}
