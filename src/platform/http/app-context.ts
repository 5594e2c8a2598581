import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.js';
import type { UsageEventKind } from '../../db/tables/crm.table.js';
import type { Config } from '../config/config.js';

/** A usage event (a view of a customer, a report, a dashboard, a scorecard) as routes record it. */
export type UsageEvent = {
  userId: string;
  kind: UsageEventKind;
  entity?: string;
  recordId?: string;
};

/** Records usage events (src/platform/usage/usage-recorder.ts). */
export type UsageRecorder = {
  /** Queues an event; never waits for the database, so reads stay as fast as without it. */
  record: (event: UsageEvent) => void;
  /** Writes every queued event (also done on a timer and when the server stops). */
  flush: () => Promise<void>;
  stop: () => Promise<void>;
};

/** What route modules receive: the database, the configuration and the usage-event recorder. */
export type AppContext = { db: Db; config: Config; usage: UsageRecorder };

/** The Fastify instance with Zod types for request and response schemas. */
export function api(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}
