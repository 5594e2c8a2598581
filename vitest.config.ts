import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three suites: pure unit tests beside the code, integration tests that boot the real server on
// SQLite and PostgreSQL, and browser tests that drive Chromium against a real server.
//
// One worker per core, not vitest's default of one fewer: integration files wait on PostgreSQL
// and browser files on Chromium and their server for much of their time, so on a two-core machine
// one worker leaves a core idle. The browser files run after the others (their own group), two at
// a time at most, so that no browser test shares the machine with the integration suites.
//
// A test's time limit only stops a hung test; it is no measure of speed (bench/ measures speed).
// CI machines are shared and have run the suites four to six times slower than an idle machine,
// so the limits are generous: two minutes an integration test, ten minutes a browser test, five
// minutes a hook, and fifteen seconds for a browser test's polled expectation (vitest's default
// second is shorter than one busy re-render); no test sets a shorter one of its own.
const workers = availableParallelism();
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'test/lint/**/*.test.ts'],
          environment: 'node',
          maxWorkers: workers,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/fixed-clock.ts'],
          maxWorkers: workers,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 300_000,
          expect: { poll: { timeout: 15_000 } },
          maxWorkers: Math.min(workers, 2),
          sequence: { groupOrder: 1 },
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
