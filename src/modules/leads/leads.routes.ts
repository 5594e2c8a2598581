import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { registerListExport } from '../../platform/records/list-export.routes.js';
import { hiddenIn } from '../../domain/access/field-access.js';
import { LEAD_EXPORT_COLUMNS } from './leads.export.js';
import { idParams, pageOf, pageResponse, writeErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { convertLead, disqualifyLead } from './lead-closing.service.js';
import { canAssignLead, canCreateLead, canWorkWithLeads } from './leads.policy.js';
import { checkedFieldWrites, fieldViewOf } from '../field-access/field-access.service.js';
import { presentLead } from './leads.presenter.js';
import {
  assignLeadBody,
  convertLeadBody,
  createdLeadOut,
  createLeadBody,
  disqualifyLeadBody,
  leadOut,
  listLeadsQuery,
  updateLeadBody,
} from './leads.schema.js';
import * as service from './leads.service.js';

export function registerLeadRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const work = { allow: canWorkWithLeads };
  const tags = ['leads'];

  r.get(
    '/api/v1/leads',
    {
      config: work,
      schema: {
        operationId: 'listLeads',
        tags,
        summary: 'List the leads you may see (owned within your scope, or brought in by you)',
        querystring: listLeadsQuery,
        response: { 200: pageOf(leadOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const actor = actorOf(request);
      const view = await fieldViewOf(db, actor);
      const listed = await service.listLeads(db, actor, q, config.orgTimeZone, view);
      return pageResponse(q, listed, (i) => presentLead(i.lead, i.access, view));
    },
  );

  r.post(
    '/api/v1/leads',
    {
      config: { allow: canCreateLead },
      schema: {
        operationId: 'createLead',
        tags,
        summary: 'Create a lead (duplicate leads and customers come back as hints, never a block)',
        body: createLeadBody,
        response: { 201: createdLeadOut },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const view = await fieldViewOf(db, actor);
      const body = checkedFieldWrites(view, 'lead', request.body, null);
      const { lead, duplicateHints } = await service.createLead(db, actor, body);
      return reply.status(201).send({ ...presentLead(lead, 'write', view), duplicateHints });
    },
  );

  r.get(
    '/api/v1/leads/:id',
    {
      config: work,
      schema: {
        operationId: 'getLead',
        tags,
        summary: 'A lead',
        params: idParams,
        response: { 200: leadOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { lead, access } = await service.readLead(db, actor, request.params.id);
      return presentLead(lead, access, await fieldViewOf(db, actor));
    },
  );

  r.patch(
    '/api/v1/leads/:id',
    {
      config: work,
      schema: {
        operationId: 'updateLead',
        tags,
        summary:
          'Update an open lead (send the version you read; a stale one gets 409, a closed lead 422)',
        params: idParams,
        body: updateLeadBody,
        response: { 200: leadOut, ...writeErrors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const view = await fieldViewOf(db, actor);
      const { lead: current } = await service.loadLead(db, actor, request.params.id);
      const body = checkedFieldWrites(view, 'lead', request.body, current);
      const { lead, access } = await service.updateLead(db, actor, request.params.id, body);
      return presentLead(lead, access, view);
    },
  );

  r.post(
    '/api/v1/leads/:id/assign',
    {
      config: { allow: canAssignLead },
      schema: {
        operationId: 'assignLead',
        tags,
        summary: 'Give an open lead to another owner within your scope',
        params: idParams,
        body: assignLeadBody,
        response: { 200: leadOut, ...writeErrors },
      },
    },
    async (request) => {
      const { lead, access } = await service.assignLead(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentLead(lead, access, await fieldViewOf(db, actorOf(request)));
    },
  );

  r.post(
    '/api/v1/leads/:id/convert',
    {
      config: work,
      schema: {
        operationId: 'convertLead',
        tags,
        summary:
          'Close as converted: creates the customer, its primary contact and optionally an opportunity, all or nothing',
        params: idParams,
        body: convertLeadBody,
        response: { 200: leadOut, ...writeErrors },
      },
    },
    async (request) => {
      const { lead, access } = await convertLead(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentLead(lead, access, await fieldViewOf(db, actorOf(request)));
    },
  );

  r.post(
    '/api/v1/leads/:id/disqualify',
    {
      config: work,
      schema: {
        operationId: 'disqualifyLead',
        tags,
        summary: 'Close as disqualified, with a reason and a quality rating',
        params: idParams,
        body: disqualifyLeadBody,
        response: { 200: leadOut, ...writeErrors },
      },
    },
    async (request) => {
      const { lead, access } = await disqualifyLead(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentLead(lead, access, await fieldViewOf(db, actorOf(request)));
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/leads/:id',
    operationId: 'deleteLead',
    tags,
    summary: 'Delete an open lead (kept in history; closed leads stay for the metrics)',
    allow: canWorkWithLeads,
    errors: writeErrors,
    remove: (actor, id, version) => service.deleteLead(db, actor, id, version),
  });

  registerListExport(app, db, config.orgTimeZone, {
    url: '/api/v1/leads/export',
    operationId: 'exportLeads',
    tags,
    query: listLeadsQuery,
    columns: LEAD_EXPORT_COLUMNS,
    fileName: 'leads',
    allow: canWorkWithLeads,
    source: async (actor) => {
      const view = await fieldViewOf(db, actor);
      return {
        hidden: hiddenIn(view, 'lead'),
        page: async (q) =>
          (await service.listLeads(db, actor, q, config.orgTimeZone, view)).items.map((i) =>
            presentLead(i.lead, i.access, view),
          ),
      };
    },
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/leads/:id/history',
    operationId: 'listLeadHistory',
    entity: 'lead',
    tags,
    summary: "A lead's field-level change history",
    allow: canWorkWithLeads,
    assertVisible: (actor, id) => service.loadLead(db, actor, id),
  });
}
