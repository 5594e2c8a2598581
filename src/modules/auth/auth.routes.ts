import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  SESSION_COOKIE,
  SESSION_TTL_MS,
  sessionTokenOf,
} from '../../platform/auth/session-cookie.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { errorBody, idParams, conflictErrors } from '../../platform/http/list-query.js';
import { actorOf } from '../../platform/http/route-access.js';
import { unauthorized } from '../../platform/errors/app-error.js';
import { authenticatorFor } from './authenticate.js';
import { fieldViewOut } from '../field-access/field-access.schema.js';
import { fieldViewOf } from '../field-access/field-access.service.js';
import { presentUser } from '../org/org.presenter.js';
import type { UserRow } from '../org/org.repository.js';
import { openAreas } from '../workbench/areas.js';
import type { Actor } from '../../platform/policy/actor.js';
import { canManageOwnAccount, canManageTokens } from './auth.policy.js';
import {
  apiTokenOut,
  changePasswordBody,
  createdTokenOut,
  createTokenBody,
  loginBody,
  signedInUserOut,
} from './auth.schema.js';
import * as service from './auth.service.js';

export function registerAuthRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const authenticate = authenticatorFor(db);
  const present = (user: UserRow, actor: Actor) => ({
    ...presentUser(user),
    areas: openAreas(actor, app.mayCall),
  });

  r.post(
    '/api/v1/auth/login',
    {
      config: { public: true },
      schema: {
        operationId: 'logIn',
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        body: loginBody,
        response: {
          200: z.object({ user: signedInUserOut }),
          400: errorBody,
          401: errorBody,
          429: errorBody,
        },
      },
    },
    async (request, reply) => {
      const { token, user } = await service.login(
        db,
        request.body.email,
        request.body.password,
        request.ip,
        sessionTokenOf(request),
      );
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        signed: true,
        maxAge: SESSION_TTL_MS / 1000,
      });
      const actor = await service.actorFor(db, user.id, 'session');
      if (!actor) throw unauthorized();
      return { user: present(user, actor) };
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { allow: canManageOwnAccount },
      schema: {
        operationId: 'logOut',
        tags: ['auth'],
        summary: 'Sign out of this session',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const token = sessionTokenOf(request);
      if (token) await service.logout(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  // Public so that the web app can ask "am I signed in?" at start-up without provoking a 401.
  r.get(
    '/api/v1/auth/session',
    {
      config: { public: true },
      schema: {
        operationId: 'getSession',
        tags: ['auth'],
        summary: 'The signed-in user, or null when there is no valid session',
        response: { 200: z.object({ user: signedInUserOut.nullable() }) },
      },
    },
    async (request) => {
      const actor = await authenticate(request);
      return { user: actor ? present(await service.currentUser(db, actor), actor) : null };
    },
  );

  r.get(
    '/api/v1/auth/me',
    {
      config: { allow: canManageOwnAccount },
      schema: {
        operationId: 'getCurrentUser',
        tags: ['auth'],
        summary:
          'The signed-in user, the pages they may open, and which fields of customers, contacts and leads they see masked, read-only or hidden',
        response: { 200: z.object({ user: signedInUserOut, fieldAccess: fieldViewOut }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return {
        user: present(await service.currentUser(db, actor), actor),
        fieldAccess: await fieldViewOf(db, actor),
      };
    },
  );

  r.post(
    '/api/v1/auth/password',
    {
      config: { allow: canManageOwnAccount },
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change your password (signs out your other sessions and revokes your API tokens)',
        body: changePasswordBody,
        response: { 204: z.null(), ...conflictErrors },
      },
    },
    async (request, reply) => {
      await service.changePassword(
        db,
        actorOf(request),
        request.body.currentPassword,
        request.body.newPassword,
        sessionTokenOf(request),
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/v1/auth/tokens',
    {
      config: { allow: canManageTokens },
      schema: {
        operationId: 'listApiTokens',
        tags: ['auth'],
        summary: 'Your API tokens',
        response: { 200: z.object({ items: z.array(apiTokenOut) }) },
      },
    },
    async (request) => ({ items: await service.listApiTokens(db, actorOf(request)) }),
  );

  r.post(
    '/api/v1/auth/tokens',
    {
      config: { allow: canManageTokens },
      schema: {
        operationId: 'createApiToken',
        tags: ['auth'],
        summary: 'Create an API token for an integration (shown once)',
        body: createTokenBody,
        response: { 201: createdTokenOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createApiToken(db, actorOf(request), request.body)),
  );

  r.delete(
    '/api/v1/auth/tokens/:id',
    {
      config: { allow: canManageTokens },
      schema: {
        operationId: 'revokeApiToken',
        tags: ['auth'],
        summary: 'Revoke an API token',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.revokeApiToken(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
