import { afterAll, beforeAll, describe } from 'vitest';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import {
  createTestDatabase,
  shouldRunPostgres,
  type EngineName,
  type TestDatabase,
} from './engines.js';
import { createTestApp, type TestApp, type TestAppOptions } from './test-app.js';

const runPostgres = await shouldRunPostgres();

/**
 * Runs the same suite on SQLite and on PostgreSQL (when reachable), each with its own fixture
 * opened in `beforeAll` and closed in `afterAll`; `use()` returns it once opened.
 */
function describeOnEachEngine<T>(
  name: string,
  fixture: { open: (engine: EngineName) => Promise<T>; close: (opened: T) => Promise<void> },
  suite: (use: () => T, engine: EngineName) => void,
): void {
  for (const engine of ['sqlite', 'postgres'] as const) {
    const run = engine === 'sqlite' || runPostgres;
    (run ? describe : describe.skip)(`${name} [${engine}]`, () => {
      let opened: T | undefined;
      beforeAll(async () => {
        opened = await fixture.open(engine);
      });
      afterAll(async () => {
        if (opened !== undefined) await fixture.close(opened);
      });
      suite(() => {
        if (opened === undefined) throw new Error(`${name}: not ready`);
        return opened;
      }, engine);
    });
  }
}

/**
 * Runs the same suite on SQLite and on PostgreSQL, each against the real server on its own
 * fresh database. `use()` returns the suite's app once `beforeAll` has built it.
 */
export function describeEngines(
  name: string,
  suite: (use: () => TestApp, engine: EngineName) => void,
  options: TestAppOptions | ((engine: EngineName) => TestAppOptions) = {},
): void {
  describeOnEachEngine(
    name,
    {
      open: (engine) =>
        createTestApp(engine, typeof options === 'function' ? options(engine) : options),
      close: (app) => app.close(),
    },
    suite,
  );
}

/**
 * Runs the same suite on SQLite and on PostgreSQL, each on its own fresh, migrated database
 * without a server. `use()` returns the suite's database once `beforeAll` has prepared it.
 */
export function describeDatabases(
  name: string,
  suite: (use: () => TestDatabase, engine: EngineName) => void,
): void {
  describeOnEachEngine(
    name,
    {
      open: async (engine) => {
        const database = await createTestDatabase(engine);
        await prepareDatabase(database.db);
        return database;
      },
      close: (database) => database.drop(),
    },
    suite,
  );
}
