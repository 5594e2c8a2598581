import { openDb } from '../../db/engine.js';
import { loadConfig } from '../config/config.js';
import { buildApp } from './app.js';

/**
 * The API's OpenAPI document, as `/api/openapi.json` serves it, built without a database server
 * or network: the app is assembled over an empty in-memory SQLite database that no route touches.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = await openDb({ url: ':memory:' });
  const config = {
    ...loadConfig({}),
    sessionSecret: 'openapi-document-only-openapi-document-only',
    webDist: '/nonexistent-web-dist',
  };
  const app = await buildApp({ db, config, logger: false });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await db.close();
  }
}
