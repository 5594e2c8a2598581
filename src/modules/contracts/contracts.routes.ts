import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { registerListExport } from '../../platform/records/list-export.routes.js';
import { CONTRACT_EXPORT_COLUMNS } from './contracts.export.js';
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
import { createContract, updateContract } from './contract-writes.service.js';
import { canWorkWithContracts, canWriteContracts } from './contracts.policy.js';
import { presentContract } from './contracts.presenter.js';
import {
  contractOut,
  createContractBody,
  listContractsQuery,
  updateContractBody,
} from './contracts.schema.js';
import * as service from './contracts.service.js';

export function registerContractRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const r = api(app);
  const work = { allow: canWorkWithContracts };
  const tags = ['contracts'];

  r.get(
    '/api/v1/contracts',
    {
      config: work,
      schema: {
        operationId: 'listContracts',
        tags,
        summary: "List contracts whose owner is in your data scope, with each one's balance",
        querystring: listContractsQuery,
        response: { 200: pageOf(contractOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const { access, ...listed } = await service.listContracts(db, actorOf(request), q);
      return pageResponse(q, listed, (c) => presentContract(c, access));
    },
  );

  r.post(
    '/api/v1/contracts',
    {
      config: { allow: canWriteContracts },
      schema: {
        operationId: 'createContract',
        tags,
        summary:
          "Create a contract for a customer you may change (sets the customer's last deal day)",
        body: createContractBody,
        response: { 201: contractOut, ...conflictErrors },
      },
    },
    async (request, reply) => {
      const { contract, access } = await createContract(db, actorOf(request), request.body);
      return reply.status(201).send(presentContract(contract, access));
    },
  );

  r.get(
    '/api/v1/contracts/:id',
    {
      config: work,
      schema: {
        operationId: 'getContract',
        tags,
        summary: 'A contract with its paid amount and balance',
        params: idParams,
        response: { 200: contractOut },
      },
    },
    async (request) => {
      const { contract, access } = await service.readContract(
        db,
        actorOf(request),
        request.params.id,
      );
      return presentContract(contract, access);
    },
  );

  r.patch(
    '/api/v1/contracts/:id',
    {
      config: { allow: canWriteContracts },
      schema: {
        operationId: 'updateContract',
        tags,
        summary: 'Update a contract (send the version you read; a stale one gets 409)',
        params: idParams,
        body: updateContractBody,
        response: { 200: contractOut },
      },
    },
    async (request) => {
      const { contract, access } = await updateContract(
        db,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return presentContract(contract, access);
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/contracts/:id',
    operationId: 'deleteContract',
    tags,
    summary: 'Delete a contract without payments (kept in history)',
    allow: canWriteContracts,
    errors: writeErrors,
    remove: (actor, id, version) => service.deleteContract(db, actor, id, version),
  });

  registerListExport(app, db, config.orgTimeZone, {
    url: '/api/v1/contracts/export',
    operationId: 'exportContracts',
    tags,
    query: listContractsQuery,
    columns: CONTRACT_EXPORT_COLUMNS,
    fileName: 'contracts',
    allow: canWorkWithContracts,
    source: async (actor) => ({
      page: async (q) => {
        const { items, access } = await service.listContracts(db, actor, q);
        return items.map((c) => presentContract(c, access));
      },
    }),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/contracts/:id/history',
    operationId: 'listContractHistory',
    entity: 'contract',
    tags,
    summary:
      "A contract's field-level change history (payments show as paid and fully-paid changes)",
    allow: canWorkWithContracts,
    assertVisible: (actor, id) => service.loadContract(db, actor, id),
  });
}
