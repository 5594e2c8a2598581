import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { registerListExport } from '../../platform/records/list-export.routes.js';
import { TICKET_EXPORT_COLUMNS } from './tickets.export.js';
import {
  idParams,
  pageOf,
  pageResponse,
  writeErrors,
  conflictErrors,
} from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import * as actions from './ticket-actions.service.js';
import { canWorkWithTickets, canWriteTickets } from './tickets.policy.js';
import { presentReply, presentTicket } from './tickets.presenter.js';
import {
  changeTicketStatusBody,
  createTicketBody,
  listRepliesQuery,
  listTicketsQuery,
  rateTicketBody,
  replyBody,
  replyOut,
  resolveTicketBody,
  ticketOut,
  updateTicketBody,
} from './tickets.schema.js';
import * as service from './tickets.service.js';

export function registerTicketRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const read = { allow: canWorkWithTickets };
  const write = { allow: canWriteTickets };
  const tags = ['tickets'];

  r.get(
    '/api/v1/tickets',
    {
      config: read,
      schema: {
        operationId: 'listTickets',
        tags,
        summary:
          'List tickets assigned within your scope, logged by you, or (service desk) unassigned',
        querystring: listTicketsQuery,
        response: { 200: pageOf(ticketOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const { access, ...listed } = await service.listTickets(
        db,
        actorOf(request),
        q,
        config.orgTimeZone,
      );
      return pageResponse(q, listed, (t) => presentTicket(t, access));
    },
  );

  r.post(
    '/api/v1/tickets',
    {
      config: write,
      schema: {
        operationId: 'createTicket',
        tags,
        summary: 'Open a service ticket (工单)',
        body: createTicketBody,
        response: { 201: ticketOut },
      },
    },
    async (request, reply) => {
      const { ticket, access } = await service.createTicket(db, actorOf(request), request.body);
      return reply.status(201).send(presentTicket(ticket, access));
    },
  );

  r.get(
    '/api/v1/tickets/:id',
    {
      config: read,
      schema: {
        operationId: 'getTicket',
        tags,
        summary: 'A ticket',
        params: idParams,
        response: { 200: ticketOut },
      },
    },
    async (request) => {
      const { ticket, access } = await service.readTicket(db, actorOf(request), request.params.id);
      return presentTicket(ticket, access);
    },
  );

  r.patch(
    '/api/v1/tickets/:id',
    {
      config: write,
      schema: {
        operationId: 'updateTicket',
        tags,
        summary: 'Update a ticket (stale version → 409)',
        params: idParams,
        body: updateTicketBody,
        response: { 200: ticketOut },
      },
    },
    async (request) => {
      const { ticket, access } = await service.updateTicket(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentTicket(ticket, access);
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/tickets/:id',
    operationId: 'deleteTicket',
    tags,
    summary: 'Delete a ticket (kept in history)',
    allow: canWriteTickets,
    remove: (actor, id, version) => service.deleteTicket(db, actor, id, version),
  });

  r.post(
    '/api/v1/tickets/:id/status',
    {
      config: write,
      schema: {
        operationId: 'changeTicketStatus',
        tags,
        summary: 'Move a ticket to open, pending or closed (illegal moves → 422)',
        params: idParams,
        body: changeTicketStatusBody,
        response: { 200: ticketOut, ...writeErrors },
      },
    },
    async (request) => {
      const { ticket, access } = await actions.changeTicketStatus(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentTicket(ticket, access);
    },
  );

  r.post(
    '/api/v1/tickets/:id/resolve',
    {
      config: write,
      schema: {
        operationId: 'resolveTicket',
        tags,
        summary: 'Resolve a ticket (records who and when)',
        params: idParams,
        body: resolveTicketBody,
        response: { 200: ticketOut, ...writeErrors },
      },
    },
    async (request) => {
      const { ticket, access } = await actions.resolveTicket(
        db,
        actorOf(request),
        request.params.id,
        request.body.version,
      );
      return presentTicket(ticket, access);
    },
  );

  r.post(
    '/api/v1/tickets/:id/rating',
    {
      config: write,
      schema: {
        operationId: 'rateTicket',
        tags,
        summary:
          "Record the customer's 1–5 rating: once (again → 409), on a resolved or closed ticket (else 422)",
        params: idParams,
        body: rateTicketBody,
        response: { 200: ticketOut, ...writeErrors, ...conflictErrors },
      },
    },
    async (request) => {
      const { ticket, access } = await actions.rateTicket(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentTicket(ticket, access);
    },
  );

  r.get(
    '/api/v1/tickets/:id/replies',
    {
      config: read,
      schema: {
        operationId: 'listTicketReplies',
        tags,
        summary: "A ticket's replies, oldest first by default",
        params: idParams,
        querystring: listRepliesQuery,
        response: { 200: pageOf(replyOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const listed = await actions.listReplies(db, actorOf(request), request.params.id, q);
      return pageResponse(q, listed, presentReply);
    },
  );

  r.post(
    '/api/v1/tickets/:id/replies',
    {
      config: write,
      schema: {
        operationId: 'replyToTicket',
        tags,
        summary: 'Reply to a ticket (a service or manager reply sets the first response, once)',
        params: idParams,
        body: replyBody,
        response: { 201: replyOut, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await actions.replyToTicket(
        db,
        actorOf(request),
        request.params.id,
        request.body.body,
      );
      return reply.status(201).send(presentReply(created));
    },
  );

  registerListExport(app, db, config.orgTimeZone, {
    url: '/api/v1/tickets/export',
    operationId: 'exportTickets',
    tags,
    query: listTicketsQuery,
    columns: TICKET_EXPORT_COLUMNS,
    fileName: 'tickets',
    allow: canWorkWithTickets,
    source: async (actor) => ({
      page: async (q) => {
        const { items, access } = await service.listTickets(db, actor, q, config.orgTimeZone);
        return items.map((t) => presentTicket(t, access));
      },
    }),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/tickets/:id/history',
    operationId: 'listTicketHistory',
    entity: 'ticket',
    tags,
    summary: "A ticket's field-level change history",
    allow: canWorkWithTickets,
    assertVisible: (actor, id) => service.loadTicket(db, actor, id),
  });
}
