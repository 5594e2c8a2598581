import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { canEditTemplates, canReadTemplates } from './templates.policy.js';
import { presentTemplate, presentVersion } from './templates.presenter.js';
import { itemChange, newVersionBody, templateOut, templateVersionOut } from './templates.schema.js';
import * as service from './templates.service.js';

export function registerTemplateRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const tags = ['appraisal templates'];

  r.get(
    '/api/v1/templates',
    {
      config: { allow: canReadTemplates },
      schema: {
        operationId: 'listTemplates',
        tags,
        summary: 'Scorecard templates with their current versions',
        response: { 200: z.object({ items: z.array(templateOut) }) },
      },
    },
    async () => ({
      items: (await service.listTemplatesWithCurrent(db)).map((t) =>
        presentTemplate(t.template, t.current),
      ),
    }),
  );

  r.get(
    '/api/v1/templates/:id/versions',
    {
      config: { allow: canReadTemplates },
      schema: {
        operationId: 'listTemplateVersions',
        tags,
        summary: 'Every version of a template, newest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(templateVersionOut) }) },
      },
    },
    async (request) => ({
      items: (await service.listTemplateVersions(db, request.params.id)).map(presentVersion),
    }),
  );

  r.post(
    '/api/v1/templates/:id/versions',
    {
      config: { allow: canEditTemplates },
      schema: {
        operationId: 'createTemplateVersion',
        tags,
        summary: 'Edit a template: saves a new version (with a note); open cycles keep theirs',
        params: idParams,
        body: newVersionBody,
        response: { 201: templateVersionOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentVersion(
            await service.createTemplateVersion(
              db,
              actorOf(request),
              request.params.id,
              request.body,
            ),
          ),
        ),
  );

  r.get(
    '/api/v1/template-versions/:id',
    {
      config: { allow: canReadTemplates },
      schema: {
        operationId: 'getTemplateVersion',
        tags,
        summary: 'One template version',
        params: idParams,
        response: { 200: templateVersionOut },
      },
    },
    async (request) => presentVersion(await service.getVersion(db, request.params.id)),
  );

  r.get(
    '/api/v1/template-versions/:id/diff',
    {
      config: { allow: canReadTemplates },
      schema: {
        operationId: 'diffTemplateVersion',
        tags,
        summary: 'What changed from another version to this one',
        params: idParams,
        querystring: z.object({ from: z.string().min(1).max(64) }),
        response: { 200: z.object({ items: z.array(itemChange) }) },
      },
    },
    async (request) => ({
      items: await service.diffVersions(db, request.query.from, request.params.id),
    }),
  );
}
