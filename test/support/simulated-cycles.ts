import type { Db } from '../../src/db/database.js';
import { createCycle, transitionCycle } from '../../src/modules/cycles/cycles.service.js';
import type { Actor } from '../../src/platform/policy/actor.js';

/**
 * A quarter's appraisal of a simulated company, opened and taken through every step to published
 * by its administrator, as the cycle services do it.
 */
export async function publishQuarterCycle(db: Db, admin: Actor, name: string, anchorDay: string) {
  let cycle = await createCycle(db, admin, { name, kind: 'quarter', anchorDay }, 'Asia/Shanghai');
  for (const status of [
    'open',
    'self_review',
    'manager_review',
    'calibrated',
    'published',
  ] as const)
    cycle = await transitionCycle(db, admin, cycle.id, { version: cycle.version, status });
  return cycle;
}
