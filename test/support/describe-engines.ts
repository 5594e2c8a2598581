import { afterAll, beforeAll, describe } from 'vitest';
import { shouldRunPostgres, type EngineName } from './engines.js';
import { createTestApp, type TestApp, type TestAppOptions } from './test-app.js';

const runPostgres = await shouldRunPostgres();

/**
 * Runs the same suite on SQLite and on PostgreSQL, each against the real server on its own
 * fresh database. `use()` returns the suite's app once `beforeAll` has built it.
 */
export function describeEngines(
  name: string,
  suite: (use: () => TestApp, engine: EngineName) => void,
  options: TestAppOptions | ((engine: EngineName) => TestAppOptions) = {},
): void {
  for (const engine of ['sqlite', 'postgres'] as const) {
    const run = engine === 'sqlite' || runPostgres;
    (run ? describe : describe.skip)(`${name} [${engine}]`, () => {
      let testApp: TestApp | undefined;
      beforeAll(async () => {
        testApp = await createTestApp(
          engine,
          typeof options === 'function' ? options(engine) : options,
        );
      });
      afterAll(async () => {
        await testApp?.close();
      });
      suite(() => {
        if (!testApp) throw new Error('test app not ready');
        return testApp;
      }, engine);
    });
  }
}
