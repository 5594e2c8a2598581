import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { authenticateApiToken, authenticateSession } from './auth.service.js';
import { sessionTokenOf } from '../../platform/auth/session-cookie.js';
import type { Actor } from '../../platform/policy/actor.js';

/** An integration sends `Authorization: Bearer ys_…`; the web app sends its session cookie. */
export function authenticatorFor(db: Db) {
  return async (request: FastifyRequest): Promise<Actor | null> => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer '))
      return authenticateApiToken(db, header.slice('Bearer '.length).trim());
    const token = sessionTokenOf(request);
    return token ? authenticateSession(db, token) : null;
  };
}
