import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three suites: pure unit tests beside the code, integration tests that boot the real server on
// SQLite and PostgreSQL, and browser tests that drive Chromium against a real server.
//
// One worker per core, not vitest's default of one fewer: integration files wait on PostgreSQL
// and browser files on Chromium and their server for much of their time, so on a two-core machine
// one worker leaves a core idle. The browser files run after the others (their own group), two at
// a time at most, so that no browser test shares the machine with the integration suites.
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
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: Math.min(workers, 2),
          sequence: { groupOrder: 1 },
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
