import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse, standardErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { canWorkWithCustomers } from '../customers/customers.policy.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { presentContact } from './contacts.presenter.js';
import {
  contactOut,
  createContactBody,
  listContactsQuery,
  updateContactBody,
} from './contacts.schema.js';
import * as service from './contacts.service.js';

/** Contacts follow their customer: whoever may see or change the customer may see or change them. */
export function registerContactRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const work = { allow: canWorkWithCustomers };
  const tags = ['contacts'];

  r.get(
    '/api/v1/contacts',
    {
      config: work,
      schema: {
        tags,
        summary: 'List the contacts of the customers you may see',
        querystring: listContactsQuery,
        response: { 200: pageOf(contactOut), ...standardErrors },
      },
    },
    async (request) => {
      const q = request.query;
      const { items, total } = await service.listContacts(db, actorOf(request), q);
      return pageResponse(q, { items, total }, (i) => presentContact(i.contact, i.access));
    },
  );

  r.post(
    '/api/v1/contacts',
    {
      config: work,
      schema: {
        tags,
        summary:
          "Add a contact to a customer you may change (a customer's first contact becomes primary)",
        body: createContactBody,
        response: { 201: contactOut, ...standardErrors },
      },
    },
    async (request, reply) => {
      const { contact, access } = await service.createContact(db, actorOf(request), request.body);
      return reply.status(201).send(presentContact(contact, access));
    },
  );

  r.get(
    '/api/v1/contacts/:id',
    {
      config: work,
      schema: {
        tags,
        summary: 'A contact',
        params: idParams,
        response: { 200: contactOut, ...standardErrors },
      },
    },
    async (request) => {
      const { contact, access } = await service.loadContact(
        db,
        actorOf(request),
        request.params.id,
      );
      return presentContact(contact, access);
    },
  );

  r.patch(
    '/api/v1/contacts/:id',
    {
      config: work,
      schema: {
        tags,
        summary: 'Update a contact (send the version you read; a stale one gets 409)',
        params: idParams,
        body: updateContactBody,
        response: { 200: contactOut, ...standardErrors },
      },
    },
    async (request) => {
      const { contact, access } = await service.updateContact(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentContact(contact, access);
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/contacts/:id',
    tags,
    summary: 'Delete a contact (kept in history)',
    allow: canWorkWithCustomers,
    remove: (actor, id, version) => service.deleteContact(db, actor, id, version),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/contacts/:id/history',
    entity: 'contact',
    tags,
    summary: "A contact's field-level change history",
    allow: canWorkWithCustomers,
    assertVisible: (actor, id) => service.loadContact(db, actor, id),
  });
}
