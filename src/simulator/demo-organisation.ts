import type { Db } from '../db/database.js';
import { orgDay } from '../domain/time/org-day.js';
import { countUsers } from '../modules/org/org.repository.js';
import type { Role } from '../platform/policy/roles.js';
import { SIMULATED_PASSWORD } from './generate/organisation.js';
import { keepDemoHealthy } from './demo-upkeep.js';
import { simulateCompany } from './simulate.js';
import { now } from '../platform/clock.js';

/** The shared password of every demo account: demo data only, printed at start-up. */
export const DEMO_PASSWORD = SIMULATED_PASSWORD;

/** The demo company's zone: the simulator places office hours in it. */
const DEMO_ZONE = 'Asia/Shanghai';

/** The seed of the demo company `serve` creates on first start. */
export const DEMO_SEED = 1;

export type DemoLogin = { email: string; name: string; roles: Role[] };

/**
 * The demo company, created once on an empty database: the named accounts below and the rest of
 * a 20-person company with a year of CRM use ending today (org zone), from the simulator's
 * `demo` scale, kept as a healthy team keeps it (past appraisals published, flags reviewed, a
 * public pool: `keepDemoHealthy`). A database that already has users is left alone.
 */
export async function seedDemoOrganisation(
  db: Db,
  end: string = orgDay(now()),
): Promise<{ created: boolean; logins: DemoLogin[] }> {
  if ((await countUsers(db.kysely)) > 0) return { created: false, logins: DEMO_LOGINS };
  await simulateCompany(db, { scale: 'demo', seed: DEMO_SEED, end });
  await keepDemoHealthy(db, end, DEMO_ZONE);
  return { created: true, logins: DEMO_LOGINS };
}

/** The accounts worth printing: one per kind of person a visitor would want to try. */
export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'admin@demo.yardstick.local', name: 'Admin', roles: ['admin'] },
  { email: 'sales.director@demo.yardstick.local', name: 'Wang Qiang', roles: ['manager'] },
  { email: 'east.lead@demo.yardstick.local', name: 'Li Na', roles: ['manager', 'sales'] },
  { email: 'zhang.wei@demo.yardstick.local', name: 'Zhang Wei', roles: ['sales'] },
  { email: 'sun.li@demo.yardstick.local', name: 'Sun Li', roles: ['service'] },
  { email: 'zheng.hao@demo.yardstick.local', name: 'Zheng Hao', roles: ['marketing'] },
];
