import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { canReadProducts, canWriteProducts } from './products.policy.js';
import { presentProduct } from './products.presenter.js';
import {
  createProductBody,
  listProductsQuery,
  productOut,
  updateProductBody,
} from './products.schema.js';
import * as service from './products.service.js';

export function registerProductRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const read = { allow: canReadProducts };
  const write = { allow: canWriteProducts };
  const tags = ['products'];

  r.get(
    '/api/v1/products',
    {
      config: read,
      schema: {
        operationId: 'listProducts',
        tags,
        summary: 'List products',
        querystring: listProductsQuery,
        response: { 200: pageOf(productOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const listed = await service.listProducts(db, q);
      const actor = actorOf(request);
      return pageResponse(q, listed, (p) => presentProduct(actor, p));
    },
  );

  r.post(
    '/api/v1/products',
    {
      config: write,
      schema: {
        operationId: 'createProduct',
        tags,
        summary: 'Create a product (admins and managers)',
        body: createProductBody,
        response: { 201: productOut },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      return reply
        .status(201)
        .send(presentProduct(actor, await service.createProduct(db, actor, request.body)));
    },
  );

  r.get(
    '/api/v1/products/:id',
    {
      config: read,
      schema: {
        operationId: 'getProduct',
        tags,
        summary: 'A product',
        params: idParams,
        response: { 200: productOut },
      },
    },
    async (request) =>
      presentProduct(actorOf(request), await service.loadProduct(db, request.params.id)),
  );

  r.patch(
    '/api/v1/products/:id',
    {
      config: write,
      schema: {
        operationId: 'updateProduct',
        tags,
        summary: 'Update a product (send the version you read; a stale one gets 409)',
        params: idParams,
        body: updateProductBody,
        response: { 200: productOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentProduct(
        actor,
        await service.updateProduct(db, actor, request.params.id, request.body),
      );
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/products/:id',
    operationId: 'deleteProduct',
    tags,
    summary: 'Delete a product (kept in history)',
    allow: canWriteProducts,
    remove: (actor, id, version) => service.deleteProduct(db, actor, id, version),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/products/:id/history',
    operationId: 'listProductHistory',
    entity: 'product',
    tags,
    summary: "A product's field-level change history",
    allow: canReadProducts,
    assertVisible: (_actor, id) => service.loadProduct(db, id),
  });
}
