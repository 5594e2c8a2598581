import { afterAll, beforeAll, describe } from 'vitest';
import { shouldRunPostgres, type EngineName } from './engines.js';
import { createTestApp, type TestApp } from './test-app.js';

const runPostgres = await shouldRunPostgres();

/**
 * Runs the same suite on SQLite and on PostgreSQL, each against the real server on its own
 * fresh database. `use()` returns the suite's app once `beforeAll` has built it.
 */
export function describeEngines(
  name: string,
  suite: (use: () => TestApp, engine: EngineName) => void,
): void {
  for (const engine of ['sqlite', 'postgres'] as const) {
    const run = engine === 'sqlite' || runPostgres;
    (run ? describe : describe.skip)(`${name} [${engine}]`, () => {
      let testApp: TestApp | undefined;
      beforeAll(async () => {
        testApp = await createTestApp(engine);
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
