import type { Db } from '../../src/db/database.js';
import { createUser } from '../../src/modules/org/org.service.js';
import type { Org } from './org-fixture.js';
import { PASSWORD } from './org-fixture.js';

/**
 * Adds the non-sales roles to the org fixture: agent1, agent2 (service, Company),
 * pm (product, Company) and marketer (marketing, Company). All log in with PASSWORD.
 */
export async function addRoleUsers(db: Db, org: Org) {
  const user = (key: string, role: 'service' | 'product' | 'marketing') =>
    createUser(db, null, {
      name: key,
      email: `${key}@example.com`,
      password: PASSWORD,
      roles: [role],
      departmentId: org.departments.company.id,
    });
  return {
    agent1: await user('agent1', 'service'),
    agent2: await user('agent2', 'service'),
    pm: await user('pm', 'product'),
    marketer: await user('marketer', 'marketing'),
  };
}
