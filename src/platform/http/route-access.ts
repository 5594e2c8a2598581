import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fieldProblem, forbidden, refusal, unauthorized } from '../errors/app-error.js';
import type { Actor } from '../policy/actor.js';

/**
 * Every API route (under /api/v1/) states who may call it, in its `config`:
 * - `{ public: true }` for the few routes anyone may call (login, health, the docs);
 * - `{ allow: (actor) => boolean }` for everything else: a policy function that decides, from
 *   the authenticated actor alone, whether the route may be called at all. Record-level rules
 *   (data scope, ownership) are applied further in, by the service through the same policies.
 * An API route that states neither is refused at start-up, so none can be forgotten. Routes
 * outside /api/v1/ (health, the OpenAPI document, the web app's files) are public.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
    allow?: (actor: Actor) => boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every API route with who may call it, in the order they were registered. */
    apiRoutes: readonly ApiRoute[];
    /** Whether `actor` passes the access check of the route named `operationId`. */
    mayCall: MayCall;
  }
}

/** One API route as its access rule sees it: `public`, or the policy that admits callers. */
export type ApiRoute = {
  method: string;
  /** Fastify's form, e.g. `/api/v1/customers/:id`. */
  url: string;
  /** The route's operationId in the OpenAPI document, when it has one. */
  operationId: string | undefined;
  public: boolean;
  allow: ((actor: Actor) => boolean) | undefined;
};

/** Asks the access check a route declares, by the route's operationId. */
export type MayCall = (actor: Actor, operationId: string) => boolean;

export type Authenticator = (request: FastifyRequest) => Promise<Actor | null>;

export function registerRouteAccess(app: FastifyInstance, authenticate: Authenticator): void {
  app.decorateRequest('actor', null);
  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);

  app.decorate('mayCall', (actor: Actor, operationId: string) => {
    const route = apiRoutes.find((r) => r.operationId === operationId);
    if (!route) throw new Error(`No route has the operationId ${operationId}`);
    return passes(route, actor);
  });

  app.addHook('onRoute', (route) => {
    const config = route.config;
    if (!isApiRoute(route.url)) return;
    if (!config?.public && !config?.allow) {
      throw new Error(
        `Route ${route.method} ${route.url} declares neither config.public nor config.allow`,
      );
    }
    const operationId = (route.schema as { operationId?: string } | undefined)?.operationId;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      apiRoutes.push({
        method,
        url: route.url,
        operationId,
        public: config.public === true,
        allow: config.allow,
      });
    }
  });

  // onRequest runs before the body is parsed, so an anonymous caller learns nothing but 401.
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (config.public || !isApiRoute(request.routeOptions.url)) return;
    const actor = await authenticate(request);
    if (!actor) throw unauthorized();
    request.actor = actor;
    if (actor.readOnly && !READ_METHODS.has(request.method)) {
      const message = 'This API token may only read';
      throw refusal('read_only_token', message, {}, [
        fieldProblem('authorization', 'read_only_token', message),
      ]);
    }
    if (!config.allow || !config.allow(actor)) throw forbidden();
  });
}

/** The checks the onRequest hook applies to an authenticated actor, as one function. */
function passes(route: ApiRoute, actor: Actor): boolean {
  if (route.public) return true;
  if (actor.readOnly && !READ_METHODS.has(route.method)) return false;
  return route.allow !== undefined && route.allow(actor);
}

const READ_METHODS = new Set(['GET', 'HEAD']);

export function isApiRoute(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(API_PREFIX);
}

export const API_PREFIX = '/api/v1/';

/** The authenticated actor of a non-public route (the preHandler guarantees there is one). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}

/** Policy for routes any signed-in user may call; record-level checks still apply inside. */
export const anyUser = (): boolean => true;
