import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse, standardErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
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
        tags,
        summary: 'List the customers you may see (your data scope plus those shared with you)',
        querystring: listCustomersQuery,
        response: { 200: pageOf(customerOut), ...standardErrors },
      },
    },
    async (request) => {
      const q = request.query;
      const { items, total } = await service.listCustomers(
        db,
        actorOf(request),
        q,
        config.orgTimeZone,
      );
      return pageResponse(q, { items, total }, (i) => presentCustomer(i.customer, i.access));
    },
  );

  r.post(
    '/api/v1/customers',
    {
      config: { allow: canCreateCustomer },
      schema: {
        tags,
        summary: 'Create a customer (duplicates come back as hints, never a block)',
        body: createCustomerBody,
        response: { 201: createdCustomerOut, ...standardErrors },
      },
    },
    async (request, reply) => {
      const { customer, duplicateHints } = await service.createCustomer(
        db,
        actorOf(request),
        request.body,
      );
      return reply.status(201).send({ ...presentCustomer(customer, 'write'), duplicateHints });
    },
  );

  r.get(
    '/api/v1/customers/:id',
    {
      config: work,
      schema: {
        tags,
        summary: 'A customer (records a view for the use-of-data metrics)',
        params: idParams,
        response: { 200: customerOut, ...standardErrors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { customer, access } = await service.loadCustomer(db, actor, request.params.id);
      usage.record({
        userId: actor.id,
        kind: 'customer_view',
        entity: 'customer',
        recordId: customer.id,
      });
      return presentCustomer(customer, access);
    },
  );

  r.patch(
    '/api/v1/customers/:id',
    {
      config: work,
      schema: {
        tags,
        summary: 'Update a customer (send the version you read; a stale one gets 409)',
        params: idParams,
        body: updateCustomerBody,
        response: { 200: customerOut, ...standardErrors },
      },
    },
    async (request) => {
      const { customer, access } = await service.updateCustomer(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentCustomer(customer, access);
    },
  );

  r.post(
    '/api/v1/customers/:id/status',
    {
      config: work,
      schema: {
        tags,
        summary: 'Change the status, saying when it really happened',
        params: idParams,
        body: changeStatusBody,
        response: { 200: customerOut, ...standardErrors },
      },
    },
    async (request) => {
      const { customer, access } = await service.changeCustomerStatus(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentCustomer(customer, access ?? 'read');
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/customers/:id',
    tags,
    summary: 'Delete a customer (kept in history)',
    allow: canWorkWithCustomers,
    remove: (actor, id, version) => service.deleteCustomer(db, actor, id, version),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/customers/:id/history',
    entity: 'customer',
    tags,
    summary: "A customer's field-level change history",
    allow: canWorkWithCustomers,
    assertVisible: (actor, id) => service.loadCustomer(db, actor, id),
  });
}
