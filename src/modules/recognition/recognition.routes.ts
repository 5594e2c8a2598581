import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { conflictErrors, idParams, writeErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import {
  recognitionSettingsSchema,
  readRecognitionSettings,
  writeRecognitionSettings,
} from './recognition-settings.js';
import {
  canGrantRecognition,
  canManageRecognition,
  canReadRecognition,
} from './recognition.policy.js';
import {
  badgeOut,
  builtInBadgeBody,
  builtInBadgeParams,
  createBadgeBody,
  grantOut,
  leaderboardsOut,
  leaderboardsQuery,
  listGrantsQuery,
  updateBadgeBody,
} from './recognition.schema.js';
import * as service from './recognition.service.js';

export function registerRecognitionRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const tags = ['recognition'];

  r.get(
    '/api/v1/recognition/grants',
    {
      config: { allow: canReadRecognition },
      schema: {
        operationId: 'listRecognitionGrants',
        tags,
        summary:
          'Awards and badges granted to people in your scope, newest first, with their evidence (the recognition feed)',
        querystring: listGrantsQuery,
        response: { 200: z.object({ items: z.array(grantOut) }) },
      },
    },
    async (request) => ({ items: await service.listGrants(db, actorOf(request), request.query) }),
  );

  r.get(
    '/api/v1/recognition/leaderboards',
    {
      config: { allow: canReadRecognition },
      schema: {
        operationId: 'getLeaderboards',
        tags,
        summary:
          'Leaderboards of a published cycle per role and department: the top and your own place, never a bottom list',
        querystring: leaderboardsQuery,
        response: { 200: leaderboardsOut, ...writeErrors },
      },
    },
    async (request) => service.leaderboards(db, actorOf(request), request.query.cycleId),
  );

  r.get(
    '/api/v1/recognition/badges',
    {
      config: { allow: canReadRecognition },
      schema: {
        operationId: 'listBadges',
        tags,
        summary: 'The badges: built-in ones and those admins defined, with their rules',
        response: { 200: z.object({ items: z.array(badgeOut) }) },
      },
    },
    async () => ({ items: await service.listBadges(db) }),
  );

  r.post(
    '/api/v1/recognition/badges',
    {
      config: { allow: canManageRecognition },
      schema: {
        operationId: 'createBadge',
        tags,
        summary: 'Define a badge on any metric: a threshold met over cycles running or recent days',
        body: createBadgeBody,
        response: { 201: badgeOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createBadge(db, actorOf(request), request.body)),
  );

  r.patch(
    '/api/v1/recognition/badges/:id',
    {
      config: { allow: canManageRecognition },
      schema: {
        operationId: 'updateBadge',
        tags,
        summary: 'Switch a badge on or off (badges already granted stay)',
        params: idParams,
        body: updateBadgeBody,
        response: { 200: badgeOut, ...conflictErrors },
      },
    },
    async (request) =>
      service.setBadgeActive(db, actorOf(request), request.params.id, request.body),
  );

  r.put(
    '/api/v1/recognition/built-in-badges/:key',
    {
      config: { allow: canManageRecognition },
      schema: {
        operationId: 'setBuiltInBadgeActive',
        tags,
        summary: 'Switch a built-in badge on or off (badges already granted stay)',
        params: builtInBadgeParams,
        body: builtInBadgeBody,
        response: { 200: badgeOut },
      },
    },
    async (request) =>
      service.setBuiltInBadgeActive(db, actorOf(request), request.params.key, request.body.active),
  );

  r.post(
    '/api/v1/recognition/cycles/:id/grant',
    {
      config: { allow: canGrantRecognition },
      schema: {
        operationId: 'grantCycleRecognition',
        tags,
        summary:
          "Grant a published cycle's awards and badges again: only what is missing is added, nothing is withdrawn",
        params: idParams,
        response: { 200: z.object({ granted: z.number().int() }), ...writeErrors },
      },
    },
    async (request) => ({ granted: await service.grantCycleAgain(db, request.params.id) }),
  );

  r.get(
    '/api/v1/settings/recognition',
    {
      config: { allow: canReadRecognition },
      schema: {
        operationId: 'getRecognitionSettings',
        tags: ['settings'],
        summary:
          'Recognition settings: leaderboards on or off, their size, the open-flag threshold',
        response: { 200: recognitionSettingsSchema },
      },
    },
    async () => readRecognitionSettings(db),
  );

  r.put(
    '/api/v1/settings/recognition',
    {
      config: { allow: canManageRecognition },
      schema: {
        operationId: 'replaceRecognitionSettings',
        tags: ['settings'],
        summary: 'Change the recognition settings (admins)',
        body: recognitionSettingsSchema,
        response: { 200: recognitionSettingsSchema },
      },
    },
    async (request) => writeRecognitionSettings(db, actorOf(request), request.body),
  );
}
