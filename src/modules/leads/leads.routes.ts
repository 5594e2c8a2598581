import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse, standardErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { writeErrors } from '../../platform/records/record-responses.schema.js';
import { convertLead, disqualifyLead } from './lead-closing.service.js';
import { canAssignLead, canCreateLead, canWorkWithLeads } from './leads.policy.js';
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
        tags,
        summary: 'List the leads you may see (owned within your scope, or brought in by you)',
        querystring: listLeadsQuery,
        response: { 200: pageOf(leadOut), ...standardErrors },
      },
    },
    async (request) => {
      const q = request.query;
      const { items, total } = await service.listLeads(db, actorOf(request), q, config.orgTimeZone);
      return pageResponse(q, { items, total }, (i) => presentLead(i.lead, i.access));
    },
  );

  r.post(
    '/api/v1/leads',
    {
      config: { allow: canCreateLead },
      schema: {
        tags,
        summary: 'Create a lead (duplicate leads and customers come back as hints, never a block)',
        body: createLeadBody,
        response: { 201: createdLeadOut, ...standardErrors },
      },
    },
    async (request, reply) => {
      const { lead, duplicateHints } = await service.createLead(db, actorOf(request), request.body);
      return reply.status(201).send({ ...presentLead(lead, 'write'), duplicateHints });
    },
  );

  r.get(
    '/api/v1/leads/:id',
    {
      config: work,
      schema: {
        tags,
        summary: 'A lead',
        params: idParams,
        response: { 200: leadOut, ...standardErrors },
      },
    },
    async (request) => {
      const { lead, access } = await service.loadLead(db, actorOf(request), request.params.id);
      return presentLead(lead, access);
    },
  );

  r.patch(
    '/api/v1/leads/:id',
    {
      config: work,
      schema: {
        tags,
        summary:
          'Update an open lead (send the version you read; a stale one gets 409, a closed lead 422)',
        params: idParams,
        body: updateLeadBody,
        response: { 200: leadOut, ...writeErrors },
      },
    },
    async (request) => {
      const { lead, access } = await service.updateLead(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentLead(lead, access);
    },
  );

  r.post(
    '/api/v1/leads/:id/assign',
    {
      config: { allow: canAssignLead },
      schema: {
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
      return presentLead(lead, access);
    },
  );

  r.post(
    '/api/v1/leads/:id/convert',
    {
      config: work,
      schema: {
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
      return presentLead(lead, access);
    },
  );

  r.post(
    '/api/v1/leads/:id/disqualify',
    {
      config: work,
      schema: {
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
      return presentLead(lead, access);
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/leads/:id',
    tags,
    summary: 'Delete an open lead (kept in history; closed leads stay for the metrics)',
    allow: canWorkWithLeads,
    errors: writeErrors,
    remove: (actor, id, version) => service.deleteLead(db, actor, id, version),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/leads/:id/history',
    entity: 'lead',
    tags,
    summary: "A lead's field-level change history",
    allow: canWorkWithLeads,
    assertVisible: (actor, id) => service.loadLead(db, actor, id),
  });
}
