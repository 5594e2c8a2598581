import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { registerListExport } from '../../platform/records/list-export.routes.js';
import { hiddenIn } from '../../domain/access/field-access.js';
import { CONTACT_EXPORT_COLUMNS } from './contacts.export.js';
import { idParams, pageOf, pageResponse } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { canWorkWithCustomers } from '../customers/customers.policy.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { checkedFieldWrites, fieldViewOf } from '../field-access/field-access.service.js';
import { presentContact } from './contacts.presenter.js';
import {
  contactOut,
  createContactBody,
  listContactsQuery,
  updateContactBody,
} from './contacts.schema.js';
import * as service from './contacts.service.js';

/** Contacts follow their customer: whoever may see or change the customer may see or change them. */
export function registerContactRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const work = { allow: canWorkWithCustomers };
  const tags = ['contacts'];

  r.get(
    '/api/v1/contacts',
    {
      config: work,
      schema: {
        operationId: 'listContacts',
        tags,
        summary: 'List the contacts of the customers you may see',
        querystring: listContactsQuery,
        response: { 200: pageOf(contactOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const actor = actorOf(request);
      const view = await fieldViewOf(db, actor);
      const listed = await service.listContacts(db, actor, q, view);
      return pageResponse(q, listed, (i) => presentContact(i.contact, i.access, view));
    },
  );

  r.post(
    '/api/v1/contacts',
    {
      config: work,
      schema: {
        operationId: 'createContact',
        tags,
        summary:
          "Add a contact to a customer you may change (a customer's first contact becomes primary)",
        body: createContactBody,
        response: { 201: contactOut },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const view = await fieldViewOf(db, actor);
      const body = checkedFieldWrites(view, 'contact', request.body, null);
      const { contact, access } = await service.createContact(db, actor, body);
      return reply.status(201).send(presentContact(contact, access, view));
    },
  );

  r.get(
    '/api/v1/contacts/:id',
    {
      config: work,
      schema: {
        operationId: 'getContact',
        tags,
        summary: 'A contact',
        params: idParams,
        response: { 200: contactOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { contact, access } = await service.loadContact(db, actor, request.params.id);
      return presentContact(contact, access, await fieldViewOf(db, actor));
    },
  );

  r.patch(
    '/api/v1/contacts/:id',
    {
      config: work,
      schema: {
        operationId: 'updateContact',
        tags,
        summary: 'Update a contact (send the version you read; a stale one gets 409)',
        params: idParams,
        body: updateContactBody,
        response: { 200: contactOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const view = await fieldViewOf(db, actor);
      const { contact: current } = await service.loadContact(db, actor, request.params.id);
      const body = checkedFieldWrites(view, 'contact', request.body, current);
      const { contact, access } = await service.updateContact(db, actor, request.params.id, body);
      return presentContact(contact, access, view);
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/contacts/:id',
    operationId: 'deleteContact',
    tags,
    summary: 'Delete a contact (kept in history)',
    allow: canWorkWithCustomers,
    remove: (actor, id, version) => service.deleteContact(db, actor, id, version),
  });

  registerListExport(app, db, config.orgTimeZone, {
    url: '/api/v1/contacts/export',
    operationId: 'exportContacts',
    tags,
    query: listContactsQuery,
    columns: CONTACT_EXPORT_COLUMNS,
    fileName: 'contacts',
    allow: canWorkWithCustomers,
    source: async (actor) => {
      const view = await fieldViewOf(db, actor);
      return {
        hidden: hiddenIn(view, 'contact'),
        page: async (q) =>
          (await service.listContacts(db, actor, q, view)).items.map((i) =>
            presentContact(i.contact, i.access, view),
          ),
      };
    },
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/contacts/:id/history',
    operationId: 'listContactHistory',
    entity: 'contact',
    tags,
    summary: "A contact's field-level change history",
    allow: canWorkWithCustomers,
    assertVisible: (actor, id) => service.loadContact(db, actor, id),
  });
}
