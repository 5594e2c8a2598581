import type { FastifyInstance } from 'fastify';
import { fieldViewOf } from '../field-access/field-access.service.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { canWorkWithCustomers } from '../customers/customers.policy.js';
import { presentCustomer } from '../customers/customers.presenter.js';
import { customerOut } from '../customers/customers.schema.js';
import { canWorkWithLeads } from '../leads/leads.policy.js';
import { presentLead } from '../leads/leads.presenter.js';
import { leadOut } from '../leads/leads.schema.js';
import { mergeCustomers } from './customer-merge.service.js';
import { mergeLeads } from './lead-merge.service.js';
import { mergeBody } from './merge.schema.js';

export function registerMergeRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  r.post(
    '/api/v1/customers/:id/merge',
    {
      config: { allow: canWorkWithCustomers },
      schema: {
        operationId: 'mergeCustomers',
        tags: ['customers'],
        summary:
          'Merge a duplicate customer into this one (both must be yours to change): its records move here, it is deleted, both histories keep the merge',
        params: idParams,
        body: mergeBody,
        response: { 200: customerOut },
      },
    },
    async (request) => {
      const { customer, access } = await mergeCustomers(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentCustomer(customer, access, await fieldViewOf(db, actorOf(request)));
    },
  );

  r.post(
    '/api/v1/leads/:id/merge',
    {
      config: { allow: canWorkWithLeads },
      schema: {
        operationId: 'mergeLeads',
        tags: ['leads'],
        summary:
          'Merge a duplicate open lead into this one (both must be yours to change): its follow-ups and plans move here, it is deleted, both histories keep the merge',
        params: idParams,
        body: mergeBody,
        response: { 200: leadOut },
      },
    },
    async (request) => {
      const { lead, access } = await mergeLeads(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentLead(lead, access, await fieldViewOf(db, actorOf(request)));
    },
  );
}
