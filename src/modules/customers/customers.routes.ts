import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { registerListExport } from '../../platform/records/list-export.routes.js';
import { hiddenIn } from '../../domain/access/field-access.js';
import { CUSTOMER_EXPORT_COLUMNS } from './customers.export.js';
import { checkedFieldWrites, fieldViewOf } from '../field-access/field-access.service.js';
import { canCreateCustomer, canWorkWithCustomers } from './customers.policy.js';
import { presentCustomer } from './customers.presenter.js';
import {
  changeStatusBody,
  createCustomerBody,
  createdCustomerOut,
  customerOut,
  listCustomersQuery,
  updateCustomerBody,
} from './customers.schema.js';
import * as service from './customers.service.js';

export function registerCustomerRoutes(
  app: FastifyInstance,
  { db, config, usage }: AppContext,
): void {
  const r = api(app);
  const work = { allow: canWorkWithCustomers };
  const tags = ['customers'];

  r.get(
    '/api/v1/customers',
    {
      config: work,
      schema: {
        operationId: 'listCustomers',
        tags,
        summary: 'List the customers you may see (your data scope plus those shared with you)',
        querystring: listCustomersQuery,
        response: { 200: pageOf(customerOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const actor = actorOf(request);
      const view = await fieldViewOf(db, actor);
      const listed = await service.listCustomers(db, actor, q, config.orgTimeZone, view);
      return pageResponse(q, listed, (i) => presentCustomer(i.customer, i.access, view));
    },
  );

  r.post(
    '/api/v1/customers',
    {
      config: { allow: canCreateCustomer },
      schema: {
        operationId: 'createCustomer',
        tags,
        summary: 'Create a customer (duplicates come back as hints, never a block)',
        body: createCustomerBody,
        response: { 201: createdCustomerOut },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const view = await fieldViewOf(db, actor);
      const body = checkedFieldWrites(view, 'customer', request.body, null);
      const { customer, duplicateHints } = await service.createCustomer(db, actor, body);
      return reply
        .status(201)
        .send({ ...presentCustomer(customer, 'write', view), duplicateHints });
    },
  );

  r.get(
    '/api/v1/customers/:id',
    {
      config: work,
      schema: {
        operationId: 'getCustomer',
        tags,
        summary: 'A customer (records a view for the use-of-data metrics)',
        params: idParams,
        response: { 200: customerOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { customer, access } = await service.readCustomer(db, actor, request.params.id);
      usage.record({
        userId: actor.id,
        kind: 'customer_view',
        entity: 'customer',
        recordId: customer.id,
      });
      return presentCustomer(customer, access, await fieldViewOf(db, actor));
    },
  );

  r.patch(
    '/api/v1/customers/:id',
    {
      config: work,
      schema: {
        operationId: 'updateCustomer',
        tags,
        summary: 'Update a customer (send the version you read; a stale one gets 409)',
        params: idParams,
        body: updateCustomerBody,
        response: { 200: customerOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const view = await fieldViewOf(db, actor);
      const { customer: current } = await service.loadCustomer(db, actor, request.params.id);
      const body = checkedFieldWrites(view, 'customer', request.body, current);
      const { customer, access } = await service.updateCustomer(db, actor, request.params.id, body);
      return presentCustomer(customer, access, view);
    },
  );

  r.post(
    '/api/v1/customers/:id/status',
    {
      config: work,
      schema: {
        operationId: 'changeCustomerStatus',
        tags,
        summary: 'Change the status, saying when it really happened',
        params: idParams,
        body: changeStatusBody,
        response: { 200: customerOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { customer, access } = await service.changeCustomerStatus(
        db,
        actor,
        request.params.id,
        request.body,
      );
      return presentCustomer(customer, access ?? 'read', await fieldViewOf(db, actor));
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/customers/:id',
    operationId: 'deleteCustomer',
    tags,
    summary: 'Delete a customer (kept in history)',
    allow: canWorkWithCustomers,
    remove: (actor, id, version) => service.deleteCustomer(db, actor, id, version),
  });

  registerListExport(app, db, config.orgTimeZone, {
    url: '/api/v1/customers/export',
    operationId: 'exportCustomers',
    tags,
    query: listCustomersQuery,
    columns: CUSTOMER_EXPORT_COLUMNS,
    fileName: 'customers',
    allow: canWorkWithCustomers,
    source: async (actor) => {
      const view = await fieldViewOf(db, actor);
      return {
        hidden: hiddenIn(view, 'customer'),
        page: async (q) =>
          (await service.listCustomers(db, actor, q, config.orgTimeZone, view)).items.map((i) =>
            presentCustomer(i.customer, i.access, view),
          ),
      };
    },
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/customers/:id/history',
    operationId: 'listCustomerHistory',
    entity: 'customer',
    tags,
    summary: "A customer's field-level change history",
    allow: canWorkWithCustomers,
    assertVisible: (actor, id) => service.loadCustomer(db, actor, id),
  });
}
