import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse, conflictErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { canClearFlags, canReadFlags, canRunQualityRules } from './quality.policy.js';
import { presentFlag } from './quality.presenter.js';
import {
  clearFlagBody,
  clearFlagsBody,
  clearFlagsOut,
  flagOut,
  listFlagsQuery,
  runQualityBody,
  runReportOut,
  summaryOut,
  summaryQuery,
} from './quality.schema.js';
import * as service from './quality.service.js';

export function registerQualityRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const tags = ['quality'];
  const zone = config.orgTimeZone;

  r.get(
    '/api/v1/quality/flags',
    {
      config: { allow: canReadFlags },
      schema: {
        operationId: 'listQualityFlags',
        tags,
        summary: 'Data-quality flags (防止数据造假) about users within your data scope',
        querystring: listFlagsQuery,
        response: { 200: pageOf(flagOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const actor = actorOf(request);
      const listed = await service.listFlags(db, actor, q, zone);
      return pageResponse(q, listed, (i) => presentFlag(actor, i.flag, i.record));
    },
  );

  r.get(
    '/api/v1/quality/summary',
    {
      config: { allow: canReadFlags },
      schema: {
        operationId: 'getQualitySummary',
        tags,
        summary: 'Open flags per user and rule within your data scope (the team view)',
        querystring: summaryQuery,
        response: { 200: summaryOut },
      },
    },
    async (request) => service.flagSummary(db, actorOf(request), request.query, zone),
  );

  r.get(
    '/api/v1/quality/flags/:id',
    {
      config: { allow: canReadFlags },
      schema: {
        operationId: 'getQualityFlag',
        tags,
        summary: 'A data-quality flag: the rule, the record and what the rule saw',
        params: idParams,
        response: { 200: flagOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentFlag(actor, await service.loadFlag(db, actor, request.params.id));
    },
  );

  r.post(
    '/api/v1/quality/flags/:id/clear',
    {
      config: { allow: canClearFlags },
      schema: {
        operationId: 'clearQualityFlag',
        tags,
        summary:
          'Clear an open flag with a reason (audited); a cleared Q3/Q4 activity counts again',
        params: idParams,
        body: clearFlagBody,
        response: { 200: flagOut, ...conflictErrors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const flag = await service.clearFlag(db, actor, request.params.id, request.body.reason);
      return presentFlag(actor, flag);
    },
  );

  r.post(
    '/api/v1/quality/flags/clear',
    {
      config: { allow: canClearFlags },
      schema: {
        operationId: 'clearQualityFlags',
        tags,
        summary:
          'Clear several open flags with one reason (audited each); all in your scope and yours to clear, or none',
        body: clearFlagsBody,
        response: { 200: clearFlagsOut, ...conflictErrors },
      },
    },
    async (request) =>
      service.clearFlags(db, actorOf(request), request.body.ids, request.body.reason),
  );

  r.post(
    '/api/v1/quality/run',
    {
      config: { allow: canRunQualityRules },
      schema: {
        operationId: 'runQualityRules',
        tags,
        summary: 'Re-evaluate Q1–Q7 over the records created in org-zone days [from, to]',
        body: runQualityBody,
        response: { 200: runReportOut },
      },
    },
    async (request) => service.runQuality(db, request.body, zone),
  );

  registerHistoryRoute(app, db, {
    url: '/api/v1/quality/flags/:id/history',
    operationId: 'listQualityFlagHistory',
    entity: 'quality_flag',
    tags,
    summary: "A flag's history: its clearances, with who cleared it and the reason",
    allow: canReadFlags,
    assertVisible: (actor, id) => service.loadFlag(db, actor, id),
  });
}
