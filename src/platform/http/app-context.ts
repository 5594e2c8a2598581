import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.js';
import type { UsageRecorder } from '../../modules/usage/usage-recorder.js';
import type { Config } from '../config/config.js';

/** What route modules receive: the database, the configuration and the usage-event recorder. */
export type AppContext = { db: Db; config: Config; usage: UsageRecorder };

/** The Fastify instance with Zod types for request and response schemas. */
export function api(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}
