import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.js';
import { api } from '../http/app-context.js';
import { idParams, pageWindow } from '../http/list-query.js';
import { actorOf } from '../http/route-access.js';
import { listHistory } from '../history/history.repository.js';
import { historyPage, historyQuery } from '../history/history.schema.js';
import type { Actor } from '../policy/actor.js';

export type HistoryRouteOptions = {
  /** e.g. `/api/v1/products/:id/history` */
  url: string;
  /** The operation's name in the OpenAPI document, e.g. `listProductHistory`. */
  operationId: string;
  /** The entity name the module writes its history under. */
  entity: string;
  tags: string[];
  summary: string;
  allow: (actor: Actor) => boolean;
  /**
   * Throws 404/403 when the actor may not see the record; the history is as private as it.
   * Left out where everyone `allow` lets in may read every such history (an empty page for an
   * unknown id).
   */
  assertVisible?: (actor: Actor, id: string) => Promise<unknown>;
};

/** `GET …/:id/history`: a record's field-level change log, paged, newest first. */
export function registerHistoryRoute(
  app: FastifyInstance,
  db: Db,
  options: HistoryRouteOptions,
): void {
  const { url, operationId, entity, tags, summary, allow, assertVisible } = options;
  api(app).get(
    url,
    {
      config: { allow },
      schema: {
        operationId,
        tags,
        summary,
        params: idParams,
        querystring: historyQuery,
        response: { 200: historyPage },
      },
    },
    async (request) => {
      if (assertVisible) await assertVisible(actorOf(request), request.params.id);
      const { items, total } = await listHistory(
        db.kysely,
        entity,
        request.params.id,
        pageWindow(request.query),
      );
      const { page, pageSize } = request.query;
      return { items, total, totalCapped: false, page, pageSize };
    },
  );
}
