import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/platform/config/config.js';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { buildApp, type LogSink } from '../../src/app/app.js';
import { createTestDatabase, type EngineName, type TestDatabase } from './engines.js';
import type { StatementLog } from './statement-log.js';

export type TestApp = TestDatabase & {
  app: FastifyInstance;
  /** Sends a request as the given session (a cookie header from `login`) or anonymously. */
  request: (options: InjectOptions & { as?: string }) => Promise<LightMyRequestResponse>;
  /** Logs in and returns the cookie header that carries the session. */
  login: (email: string, password: string) => Promise<string>;
  close: () => Promise<void>;
};

export type TestAppOptions = {
  /** Overrides of the test configuration. */
  config?: Partial<Config>;
  /** Where the server writes its log (at `config.logLevel`); none: no log at all. */
  logStream?: LogSink;
  /** Records the statements the server runs (see statement-log.ts). */
  statementLog?: StatementLog;
};

/** The configuration every test app starts from: no web app, a fixed session secret. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
    webDist: '/nonexistent',
    ...overrides,
  };
}

/** The real server on a fresh database of the given engine, with the schema migrated. */
export async function createTestApp(
  engine: EngineName,
  options: TestAppOptions = {},
): Promise<TestApp> {
  return createTestAppOn(await createTestDatabase(engine), options);
}

/** The real server on a database a test has prepared itself (e.g. rows of an older schema). */
export async function createTestAppOn(
  database: TestDatabase,
  options: TestAppOptions = {},
): Promise<TestApp> {
  await prepareDatabase(database.db);
  const config = testConfig(options.config);
  const app = await buildApp({
    db: options.statementLog ? options.statementLog.wrap(database.db) : database.db,
    config,
    logger: options.logStream ? undefined : false,
    logStream: options.logStream,
  });
  await app.ready();

  const request: TestApp['request'] = ({ as, headers, ...options }) =>
    app.inject({ ...options, headers: { ...headers, ...(as ? { cookie: as } : {}) } });

  const login = async (email: string, password: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
    });
    if (response.statusCode !== 200)
      throw new Error(`login ${email} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'ys_session');
    if (!cookie) throw new Error('login set no session cookie');
    return `ys_session=${cookie.value}`;
  };

  return {
    ...database,
    app,
    request,
    login,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
