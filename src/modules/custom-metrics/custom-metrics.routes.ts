import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, conflictErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { loadMetricCatalog } from '../appraisal/metric-catalog.service.js';
import { parseDefinition } from './custom-metric-definition.js';
import { CUSTOM_METRIC_ENTITIES } from './custom-metric-fields.js';
import { canDefineMetrics, canReadMetrics } from './custom-metrics.policy.js';
import type { CustomMetricRow } from './custom-metrics.repository.js';
import {
  fieldCatalogueOut,
  createCustomMetricBody,
  customMetricOut,
  metricCatalogOut,
  updateCustomMetricBody,
} from './custom-metrics.schema.js';
import * as service from './custom-metrics.service.js';

const present = (row: CustomMetricRow) => ({
  id: row.id,
  key: row.key,
  nameZh: row.nameZh,
  nameEn: row.nameEn,
  unit: customMetricOut.shape.unit.parse(row.unit),
  dir: row.dir,
  definition: parseDefinition(row),
  active: row.active === 1,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export function registerCustomMetricRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const tags = ['metrics'];

  r.get(
    '/api/v1/metrics',
    {
      config: { allow: canReadMetrics },
      schema: {
        operationId: 'listMetrics',
        tags,
        summary: 'Every metric templates may use: built-in and active custom ones',
        response: { 200: metricCatalogOut },
      },
    },
    async () => {
      const catalog = await loadMetricCatalog(db);
      return {
        items: catalog.ids().flatMap((id) => {
          const definition = catalog.get(id)?.definition;
          return definition ? [{ ...definition, custom: definition.category === 'custom' }] : [];
        }),
      };
    },
  );

  r.get(
    '/api/v1/custom-metrics/fields',
    {
      config: { allow: canReadMetrics },
      schema: {
        operationId: 'listCustomMetricFields',
        tags,
        summary: 'What custom metrics can be built from: entities and their fields with types',
        response: { 200: fieldCatalogueOut },
      },
    },
    async () => ({
      items: Object.entries(CUSTOM_METRIC_ENTITIES).map(([entity, { fields }]) => ({
        entity,
        fields: Object.entries(fields).map(([name, type]) => ({ name, type })),
      })),
    }),
  );

  r.get(
    '/api/v1/custom-metrics',
    {
      config: { allow: canReadMetrics },
      schema: {
        operationId: 'listCustomMetrics',
        tags,
        summary: 'Custom metrics, active or not',
        response: { 200: z.object({ items: z.array(customMetricOut) }) },
      },
    },
    async () => ({ items: (await service.listCustomMetrics(db)).map(present) }),
  );

  r.post(
    '/api/v1/custom-metrics',
    {
      config: { allow: canDefineMetrics },
      schema: {
        operationId: 'createCustomMetric',
        tags,
        summary: 'Define a metric without code (entity, filter, aggregate, owner and time fields)',
        body: createCustomMetricBody,
        response: { 201: customMetricOut, ...conflictErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(present(await service.createCustomMetric(db, actorOf(request), request.body))),
  );

  r.get(
    '/api/v1/custom-metrics/:id',
    {
      config: { allow: canReadMetrics },
      schema: {
        operationId: 'getCustomMetric',
        tags,
        summary: 'One custom metric',
        params: idParams,
        response: { 200: customMetricOut },
      },
    },
    async (request) => present(await service.getCustomMetric(db, request.params.id)),
  );

  r.put(
    '/api/v1/custom-metrics/:id',
    {
      config: { allow: canDefineMetrics },
      schema: {
        operationId: 'replaceCustomMetric',
        tags,
        summary:
          'Change or deactivate a custom metric (open cycles keep measuring with the current definition)',
        params: idParams,
        body: updateCustomMetricBody,
        response: { 200: customMetricOut },
      },
    },
    async (request) =>
      present(
        await service.updateCustomMetric(db, actorOf(request), request.params.id, request.body),
      ),
  );
}
