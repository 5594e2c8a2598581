import type { Db } from '../../src/db/database.js';
import { createDepartment, createUser } from '../../src/modules/org/org.service.js';
import type { Role } from '../../src/platform/policy/roles.js';

export const PASSWORD = 'correct horse battery';

/**
 * A small organisation for scope tests:
 *   Company ─ Sales ─ Sales East
 *   director (manager, Sales) ← lead (manager, Sales East) ← rep1, rep2 (sales, Sales East)
 *   rep3 (sales, Sales), admin (Company)
 */
export async function buildOrg(db: Db) {
  const company = await createDepartment(db, null, { name: 'Company' });
  const sales = await createDepartment(db, null, { name: 'Sales', parentId: company.id });
  const east = await createDepartment(db, null, { name: 'Sales East', parentId: sales.id });
  const user = (
    key: string,
    roles: Role[],
    departmentId: string,
    managerId: string | null = null,
  ) =>
    createUser(db, null, {
      name: key,
      email: `${key}@example.com`,
      password: PASSWORD,
      roles,
      departmentId,
      managerId,
    });
  const admin = await user('admin', ['admin'], company.id);
  const director = await user('director', ['manager'], sales.id);
  const lead = await user('lead', ['manager'], east.id, director.id);
  const rep1 = await user('rep1', ['sales'], east.id, lead.id);
  const rep2 = await user('rep2', ['sales'], east.id, lead.id);
  const rep3 = await user('rep3', ['sales'], sales.id, director.id);
  return {
    departments: { company, sales, east },
    users: { admin, director, lead, rep1, rep2, rep3 },
  };
}

export type Org = Awaited<ReturnType<typeof buildOrg>>;

/** `count` more sales reps under the lead (Sales East), named `<prefix>0`, `<prefix>1`, …; their ids. */
export async function addRepsUnderLead(
  db: Db,
  org: Org,
  count: number,
  prefix: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const rep = await createUser(db, null, {
      name: `${prefix}${i}`,
      email: `${prefix}${i}@example.com`,
      password: PASSWORD,
      roles: ['sales'],
      departmentId: org.departments.east.id,
      managerId: org.users.lead.id,
    });
    ids.push(rep.id);
  }
  return ids;
}
