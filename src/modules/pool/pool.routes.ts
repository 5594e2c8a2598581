import type { FastifyInstance } from 'fastify';
import { fieldViewOf } from '../field-access/field-access.service.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse, writeErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { canWorkWithCustomers } from '../customers/customers.policy.js';
import { presentCustomer } from '../customers/customers.presenter.js';
import { customerOut } from '../customers/customers.schema.js';
import { listDueForReturn } from './pool-return.service.js';
import * as moves from './pool-moves.service.js';
import { readPoolSettings, updatePoolSettings } from './pool-settings.service.js';
import {
  canAssignCustomers,
  canManagePoolSettings,
  canReviewPoolReturns,
  canUsePool,
} from './pool.policy.js';
import {
  assignBody,
  claimBody,
  dueCustomerOut,
  dueQuery,
  poolQuery,
  poolSettingsBody,
  poolSettingsOut,
  releaseBody,
} from './pool.schema.js';

export function registerPoolRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const tags = ['pool'];

  r.get(
    '/api/v1/pool',
    {
      config: { allow: canUsePool },
      schema: {
        operationId: 'listPoolCustomers',
        tags,
        summary: 'Customers in the public pool (公海)',
        querystring: poolQuery,
        response: { 200: pageOf(customerOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const view = await fieldViewOf(db, actorOf(request));
      const listed = await moves.listPool(db, q, config.orgTimeZone);
      return pageResponse(q, listed, (c) => presentCustomer(c, 'read', view));
    },
  );

  r.post(
    '/api/v1/pool/:id/claim',
    {
      config: { allow: canUsePool },
      schema: {
        operationId: 'claimCustomer',
        tags,
        summary:
          'Claim a pooled customer (claim cap and reclaim cool-down apply; a lost race gets 409)',
        params: idParams,
        body: claimBody,
        response: { 200: customerOut, ...writeErrors },
      },
    },
    async (request) =>
      presentCustomer(
        await moves.claimCustomer(db, actorOf(request), request.params.id, request.body.version),
        'write',
        await fieldViewOf(db, actorOf(request)),
      ),
  );

  r.post(
    '/api/v1/customers/:id/release',
    {
      config: { allow: canWorkWithCustomers },
      schema: {
        operationId: 'releaseCustomer',
        tags,
        summary: 'Release a customer to the pool (its owner, or a manager in scope)',
        params: idParams,
        body: releaseBody,
        response: { 200: customerOut, ...writeErrors },
      },
    },
    async (request) =>
      presentCustomer(
        await moves.releaseCustomer(db, actorOf(request), request.params.id, request.body),
        'read',
        await fieldViewOf(db, actorOf(request)),
      ),
  );

  r.post(
    '/api/v1/customers/:id/assign',
    {
      config: { allow: canAssignCustomers },
      schema: {
        operationId: 'assignCustomer',
        tags,
        summary: 'Give a customer in your scope or in the pool to someone in your scope',
        params: idParams,
        body: assignBody,
        response: { 200: customerOut, ...writeErrors },
      },
    },
    async (request) =>
      presentCustomer(
        await moves.assignCustomer(db, actorOf(request), request.params.id, request.body),
        'write',
        await fieldViewOf(db, actorOf(request)),
      ),
  );

  r.get(
    '/api/v1/pool/settings',
    {
      config: { allow: (actor) => canUsePool(actor) || canManagePoolSettings(actor) },
      schema: {
        operationId: 'getPoolSettings',
        tags,
        summary: 'Claim cap, reclaim cool-down and return-to-pool rules',
        response: { 200: poolSettingsOut },
      },
    },
    async () => readPoolSettings(db.kysely),
  );

  r.put(
    '/api/v1/pool/settings',
    {
      config: { allow: canManagePoolSettings },
      schema: {
        operationId: 'replacePoolSettings',
        tags,
        summary: 'Replace the pool settings and rules (send the version you read)',
        body: poolSettingsBody,
        response: { 200: poolSettingsOut },
      },
    },
    async (request) => updatePoolSettings(db, actorOf(request), request.body),
  );

  r.get(
    '/api/v1/pool/due-for-return',
    {
      config: { allow: canReviewPoolReturns },
      schema: {
        operationId: 'listCustomersDueForReturn',
        tags,
        summary: 'Owned customers in your scope that the return rules would send to the pool now',
        querystring: dueQuery,
        response: { 200: pageOf(dueCustomerOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const actor = actorOf(request);
      const view = await fieldViewOf(db, actor);
      const listed = await listDueForReturn(db, actor, q, config.orgTimeZone);
      return pageResponse(q, listed, ({ customer, reason }) => ({
        ...presentCustomer(customer, 'write', view),
        lastDealOn: customer.lastDealOn,
        reason,
      }));
    },
  );
}
