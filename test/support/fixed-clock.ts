import { vi } from 'vitest';

/**
 * Integration suites run at a fixed instant, so that no test depends on the day it runs: a
 * Wednesday in the middle of a month and of a quarter (10:00 in Asia/Shanghai). The clock keeps
 * moving from there. A suite that needs another moment (the first day of a month) calls
 * `setNow` itself.
 */
export const TEST_NOW = '2026-11-18T02:00:00.000Z';

export function setNow(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(iso));
}

setNow(TEST_NOW);
