import type { FastifyInstance } from 'fastify';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { idParams, pageOf, pageResponse } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { registerDeleteRoute } from '../../platform/records/record-delete.routes.js';
import { registerHistoryRoute } from '../../platform/records/record-history.routes.js';
import { canCreateCampaign, canReadCampaigns } from './campaigns.policy.js';
import { presentCampaign } from './campaigns.presenter.js';
import {
  campaignOut,
  createCampaignBody,
  listCampaignsQuery,
  updateCampaignBody,
} from './campaigns.schema.js';
import * as service from './campaigns.service.js';

export function registerCampaignRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const read = { allow: canReadCampaigns };
  const tags = ['campaigns'];

  r.get(
    '/api/v1/campaigns',
    {
      config: read,
      schema: {
        operationId: 'listCampaigns',
        tags,
        summary: 'List marketing campaigns (市场活动)',
        querystring: listCampaignsQuery,
        response: { 200: pageOf(campaignOut) },
      },
    },
    async (request) => {
      const q = request.query;
      const actor = actorOf(request);
      const listed = await service.listCampaigns(db, q);
      return pageResponse(q, listed, (c) => presentCampaign(actor, c));
    },
  );

  r.post(
    '/api/v1/campaigns',
    {
      config: { allow: canCreateCampaign },
      schema: {
        operationId: 'createCampaign',
        tags,
        summary: 'Create a campaign (marketing, managers, admins)',
        body: createCampaignBody,
        response: { 201: campaignOut },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      return reply
        .status(201)
        .send(presentCampaign(actor, await service.createCampaign(db, actor, request.body)));
    },
  );

  r.get(
    '/api/v1/campaigns/:id',
    {
      config: read,
      schema: {
        operationId: 'getCampaign',
        tags,
        summary: 'A campaign',
        params: idParams,
        response: { 200: campaignOut },
      },
    },
    async (request) =>
      presentCampaign(actorOf(request), await service.readCampaign(db, request.params.id)),
  );

  r.patch(
    '/api/v1/campaigns/:id',
    {
      config: read,
      schema: {
        operationId: 'updateCampaign',
        tags,
        summary: 'Update a campaign (owner, managers, admins; stale version → 409)',
        params: idParams,
        body: updateCampaignBody,
        response: { 200: campaignOut },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentCampaign(
        actor,
        await service.updateCampaign(db, actor, request.params.id, request.body),
      );
    },
  );

  registerDeleteRoute(app, {
    url: '/api/v1/campaigns/:id',
    operationId: 'deleteCampaign',
    tags,
    summary: 'Delete a campaign (kept in history)',
    allow: canReadCampaigns,
    remove: (actor, id, version) => service.deleteCampaign(db, actor, id, version),
  });

  registerHistoryRoute(app, db, {
    url: '/api/v1/campaigns/:id/history',
    operationId: 'listCampaignHistory',
    entity: 'campaign',
    tags,
    summary: "A campaign's field-level change history",
    allow: canReadCampaigns,
    assertVisible: (actor, id) => service.loadCampaign(db, actor, id),
  });
}
