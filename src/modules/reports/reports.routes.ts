import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Cell } from '../../platform/export/csv.js';
import { attachment, exportLanguage } from '../../platform/export/export-query.js';
import { CONTENT_TYPES, tableStream } from '../../platform/export/table-stream.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { actorOf } from '../../platform/http/route-access.js';
import type { Actor } from '../../platform/policy/actor.js';
import { listStages } from '../pipeline/pipeline.repository.js';
import { canReadReports } from './reports.policy.js';
import { cockpitTable, funnelTable, salesTable, stageDurationsTable } from './reports.presenter.js';
import { adoptionTable, serviceTable, winLossTable } from './more-reports.presenter.js';
import { adoptionReport } from './adoption.service.js';
import { serviceReport } from './service-report.service.js';
import { winLossReport } from './win-loss.service.js';
import {
  adoptionOut,
  serviceOut,
  winLossOut,
  cockpitOut,
  funnelOut,
  reportParams,
  reportExportQuery,
  reportQuery,
  salesOut,
  stageDurationsOut,
  type ReportKey,
} from './reports.schema.js';
import {
  cockpitReport,
  funnelReport,
  salesReport,
  stageDurationsReport,
} from './reports.service.js';

export function registerReportRoutes(
  app: FastifyInstance,
  { db, config, usage }: AppContext,
): void {
  const r = api(app);
  const tags = ['reports'];
  const zone = config.orgTimeZone;
  const allowed = { allow: canReadReports };
  /** Opening a report is a usage event for the reader's insight_days. */
  const viewed = (actor: Actor, report: ReportKey) =>
    usage.record({ userId: actor.id, kind: 'report_view', entity: 'report', recordId: report });

  r.get(
    '/api/v1/reports/funnel',
    {
      config: allowed,
      schema: {
        operationId: 'getFunnelReport',
        tags,
        summary: 'Sales funnel: leads → customers → opportunities by stage → won, with conversion',
        querystring: reportQuery,
        response: { 200: funnelOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      viewed(actor, 'funnel');
      return funnelReport(db, actor, request.query, zone);
    },
  );

  r.get(
    '/api/v1/reports/stage-durations',
    {
      config: allowed,
      schema: {
        operationId: 'getStageDurationsReport',
        tags,
        summary: 'Median and p80 days in each stage, with the bottleneck stage',
        querystring: reportQuery,
        response: { 200: stageDurationsOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      viewed(actor, 'stage-durations');
      return stageDurationsReport(db, actor, request.query, zone);
    },
  );

  r.get(
    '/api/v1/reports/sales',
    {
      config: allowed,
      schema: {
        operationId: 'getSalesReport',
        tags,
        summary:
          'Won amount, collection and receivables against targets by person and team, with ageing',
        querystring: reportQuery,
        response: { 200: salesOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      viewed(actor, 'sales');
      return salesReport(db, actor, request.query, zone);
    },
  );

  r.get(
    '/api/v1/reports/cockpit',
    {
      config: allowed,
      schema: {
        operationId: 'getCockpit',
        tags,
        summary: "Leadership cockpit: the reports' key figures and the managers' own use of data",
        querystring: reportQuery,
        response: { 200: cockpitOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      viewed(actor, 'cockpit');
      return cockpitReport(db, actor, request.query, zone);
    },
  );

  r.get(
    '/api/v1/reports/adoption',
    {
      config: allowed,
      schema: {
        operationId: 'getAdoptionReport',
        tags,
        summary:
          'CRM adoption by team and month or week: active users, completeness, timeliness, activities, open flags',
        querystring: reportQuery,
        response: { 200: adoptionOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      viewed(actor, 'adoption');
      return adoptionReport(db, actor, request.query, zone);
    },
  );

  r.get(
    '/api/v1/reports/win-loss',
    {
      config: allowed,
      schema: {
        operationId: 'getWinLossReport',
        tags,
        summary:
          'Won and lost opportunities closed in the period by reason, lead source, industry and person',
        querystring: reportQuery,
        response: { 200: winLossOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      viewed(actor, 'win-loss');
      return winLossReport(db, actor, request.query, zone);
    },
  );

  r.get(
    '/api/v1/reports/service',
    {
      config: allowed,
      schema: {
        operationId: 'getServiceReport',
        tags,
        summary: 'First response, resolution time, CSAT and adopted feedback by agent and team',
        querystring: reportQuery,
        response: { 200: serviceOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      viewed(actor, 'service');
      return serviceReport(db, actor, request.query, zone);
    },
  );

  r.get(
    '/api/v1/reports/:report/export',
    {
      config: allowed,
      schema: {
        operationId: 'exportReport',
        tags,
        summary: 'A report as XLSX or CSV, with headers in your language',
        params: reportParams,
        querystring: reportExportQuery,
        response: { 200: z.unknown().describe('the file (XLSX or CSV)') },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { report } = request.params;
      const { format, language: asked, ...query } = request.query;
      const language = exportLanguage(asked, request.headers['accept-language']);
      viewed(actor, report);
      const stages = await listStages(db.kysely, true);
      let table: Cell[][];
      if (report === 'funnel')
        table = funnelTable(await funnelReport(db, actor, query, zone), stages, language);
      else if (report === 'stage-durations')
        table = stageDurationsTable(
          await stageDurationsReport(db, actor, query, zone),
          stages,
          language,
        );
      else if (report === 'sales')
        table = salesTable(await salesReport(db, actor, query, zone), language);
      else if (report === 'adoption')
        table = adoptionTable(await adoptionReport(db, actor, query, zone), language);
      else if (report === 'win-loss')
        table = winLossTable(await winLossReport(db, actor, query, zone), language);
      else if (report === 'service')
        table = serviceTable(await serviceReport(db, actor, query, zone), language);
      else table = cockpitTable(await cockpitReport(db, actor, query, zone), stages, language);
      const [header = [], ...rows] = table;
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', attachment(report, format))
        .send(tableStream(format, header.map(String), rows));
    },
  );
}
