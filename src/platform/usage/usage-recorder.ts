import type { Db } from '../../db/database.js';
import { newId } from '../ids.js';
import type { UsageRecorder } from '../http/app-context.js';
import { insertUsageEvents, type UsageEventRow } from './usage.repository.js';
import { now } from '../clock.js';

const FLUSH_INTERVAL_MS = 2000;
const FLUSH_SIZE = 200;

/**
 * Write-behind buffer for usage events (views of customers, reports, dashboards, scorecards):
 * one batched insert every two seconds instead of a write on every read.
 */
export function createUsageRecorder(
  db: Db,
  dayOf: (at: Date) => string,
  onError: (error: unknown) => void,
): UsageRecorder {
  let queue: UsageEventRow[] = [];
  let flushing: Promise<void> = Promise.resolve();

  const flush = () => {
    const batch = queue;
    queue = [];
    flushing = flushing.then(async () => {
      if (batch.length === 0) return;
      try {
        await insertUsageEvents(db.kysely, batch);
      } catch (error) {
        onError(error);
      }
    });
    return flushing;
  };

  const timer = setInterval(() => void flush(), FLUSH_INTERVAL_MS);
  timer.unref();

  return {
    record(event) {
      const at = now();
      queue.push({
        id: newId(),
        userId: event.userId,
        kind: event.kind,
        entity: event.entity ?? null,
        recordId: event.recordId ?? null,
        at: at.toISOString(),
        day: dayOf(at),
      });
      if (queue.length >= FLUSH_SIZE) void flush();
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
