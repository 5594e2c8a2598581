import { availableParallelism } from 'node:os';
import pLimit, { type LimitFunction } from 'p-limit';

/**
 * A gate for the statements of one computation that may run side by side (a cycle's metric
 * queries): as many at once as this machine has cores. SQLite's single connection takes them in
 * turn anyway; on PostgreSQL more than the cores only competed for them (a whole cycle at scale M
 * on 2 cores: 1.8–1.9 s warm with ten at once, 1.3 s with two). One gate per computation, so the
 * pool's other connections stay free for other requests.
 */
export function statementsSideBySide(): LimitFunction {
  return pLimit(availableParallelism());
}
