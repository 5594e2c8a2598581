import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { registerListExport } from '../../platform/records/list-export.routes.js';
import { PAYMENT_EXPORT_COLUMNS } from './payments.export.js';
import { idParams, pageOf, pageResponse, writeErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { canWorkWithContracts, canWriteContracts } from '../contracts/contracts.policy.js';
import { loadContract } from '../contracts/contracts.service.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import * as plans from './payment-plans.service.js';
import { presentPayment, presentPlan } from './payments.presenter.js';
import {
  contractPaymentsQuery,
  createPaymentBody,
  createPlanBody,
  listPaymentsQuery,
  listPlansQuery,
  paymentOut,
  planOut,
  updatePaymentBody,
  updatePlanBody,
} from './payments.schema.js';
import * as payments from './payments.service.js';

export function registerPaymentRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const read = { allow: canWorkWithContracts };
  const write = { allow: canWriteContracts };
  const tags = ['payments'];
  const zone = config.orgTimeZone;

  r.get(
    '/api/v1/contracts/:id/payment-plans',
    {
      config: read,
      schema: {
        operationId: 'listContractPaymentPlans',
        tags,
        summary: "A contract's payment plans (回款计划)",
        params: idParams,
        querystring: listPlansQuery,
        response: { 200: pageOf(planOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const { access, ...listed } = await plans.listPlans(
        db,
        actorOf(request),
        request.params.id,
        q,
      );
      return pageResponse(q, listed, (p) => presentPlan(p, access));
    },
  );

  r.post(
    '/api/v1/contracts/:id/payment-plans',
    {
      config: write,
      schema: {
        operationId: 'createPaymentPlan',
        tags,
        summary: 'Add a payment plan to a contract',
        params: idParams,
        body: createPlanBody,
        response: { 201: planOut },
      },
    },
    async (request, reply) => {
      const { plan, access } = await plans.createPlan(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(presentPlan(plan, access));
    },
  );

  r.get(
    '/api/v1/payment-plans/:id',
    {
      config: read,
      schema: {
        operationId: 'getPaymentPlan',
        tags,
        summary: 'A payment plan',
        params: idParams,
        response: { 200: planOut },
      },
    },
    async (request) => {
      const { plan, access } = await plans.loadPlan(db, actorOf(request), request.params.id);
      return presentPlan(plan, access);
    },
  );

  r.patch(
    '/api/v1/payment-plans/:id',
    {
      config: write,
      schema: {
        operationId: 'updatePaymentPlan',
        tags,
        summary: 'Update a payment plan (stale version → 409)',
        params: idParams,
        body: updatePlanBody,
        response: { 200: planOut },
      },
    },
    async (request) => {
      const { plan, access } = await plans.updatePlan(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentPlan(plan, access);
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/payment-plans/:id',
    operationId: 'deletePaymentPlan',
    tags,
    summary: 'Delete a payment plan (kept in history)',
    allow: canWriteContracts,
    remove: (actor, id, version) => plans.deletePlan(db, actor, id, version),
  });

  r.get(
    '/api/v1/payments',
    {
      config: read,
      schema: {
        operationId: 'listPayments',
        tags,
        summary: 'List payments on contracts whose owner is in your data scope',
        querystring: listPaymentsQuery,
        response: { 200: pageOf(paymentOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const { access, ...listed } = await payments.listPayments(db, actorOf(request), q);
      return pageResponse(q, listed, (p) => presentPayment(p, access));
    },
  );

  registerListExport(app, db, zone, {
    url: '/api/v1/payments/export',
    operationId: 'exportPayments',
    tags,
    query: listPaymentsQuery,
    columns: PAYMENT_EXPORT_COLUMNS,
    fileName: 'payments',
    allow: canWorkWithContracts,
    source: async (actor) => ({
      page: async (q) => {
        const { items, access } = await payments.listPayments(db, actor, q);
        return items.map((p) => presentPayment(p, access));
      },
    }),
  });

  r.get(
    '/api/v1/contracts/:id/payments',
    {
      config: read,
      schema: {
        operationId: 'listContractPayments',
        tags,
        summary: "A contract's payments (回款)",
        params: idParams,
        querystring: contractPaymentsQuery,
        response: { 200: pageOf(paymentOut) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      await loadContract(db, actor, request.params.id);
      const { access, ...listed } = await payments.listPayments(db, actor, {
        ...q,
        contractId: request.params.id,
      });
      return pageResponse(q, listed, (p) => presentPayment(p, access));
    },
  );

  r.post(
    '/api/v1/contracts/:id/payments',
    {
      config: write,
      schema: {
        operationId: 'createPayment',
        tags,
        summary:
          'Record a payment received on a contract (more than the balance → 422 unless allowOverpayment)',
        params: idParams,
        body: createPaymentBody,
        response: { 201: paymentOut, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { payment, access } = await payments.createPayment(
        db,
        actorOf(request),
        request.params.id,
        request.body,
        zone,
      );
      return reply.status(201).send(presentPayment(payment, access));
    },
  );

  r.get(
    '/api/v1/payments/:id',
    {
      config: read,
      schema: {
        operationId: 'getPayment',
        tags,
        summary: 'A payment',
        params: idParams,
        response: { 200: paymentOut },
      },
    },
    async (request) => {
      const { payment, access } = await payments.loadPayment(
        db,
        actorOf(request),
        request.params.id,
      );
      return presentPayment(payment, access);
    },
  );

  r.patch(
    '/api/v1/payments/:id',
    {
      config: write,
      schema: {
        operationId: 'updatePayment',
        tags,
        summary: "Correct a payment; the contract's paid amount and fully-paid day follow",
        params: idParams,
        body: updatePaymentBody,
        response: { 200: paymentOut, ...writeErrors },
      },
    },
    async (request) => {
      const { payment, access } = await payments.updatePayment(
        db,
        actorOf(request),
        request.params.id,
        request.body,
        zone,
      );
      return presentPayment(payment, access);
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/payments/:id',
    operationId: 'deletePayment',
    tags,
    summary: "Delete a payment; the contract's paid amount and fully-paid day follow",
    allow: canWriteContracts,
    remove: (actor, id, version) => payments.deletePayment(db, actor, id, version),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/payment-plans/:id/history',
    operationId: 'listPaymentPlanHistory',
    entity: 'payment_plan',
    tags,
    summary: "A payment plan's change history",
    allow: canWorkWithContracts,
    assertVisible: (actor, id) => plans.loadPlan(db, actor, id),
  });
  registerHistoryRoute(app, db, {
    url: '/api/v1/payments/:id/history',
    operationId: 'listPaymentHistory',
    entity: 'payment',
    tags,
    summary: "A payment's change history",
    allow: canWorkWithContracts,
    assertVisible: (actor, id) => payments.loadPayment(db, actor, id),
  });
}
