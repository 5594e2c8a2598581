import type { Db } from '../db/database.js';
import { createDepartment, createUser } from '../modules/org/org.service.js';
import { countUsers } from '../modules/org/org.repository.js';
import { ensureDefaultRoles } from '../modules/org/org.service.js';
import type { Role } from '../platform/policy/roles.js';

/** The shared password of every demo account: demo data only, printed at start-up. */
export const DEMO_PASSWORD = 'yardstick-demo';

export type DemoLogin = { email: string; name: string; roles: Role[] };

/**
 * A small company: head office with sales (two regional teams), service, marketing and product,
 * and a person in each role. Created once, on an empty database.
 */
export async function seedDemoOrganisation(
  db: Db,
): Promise<{ created: boolean; logins: DemoLogin[] }> {
  await ensureDefaultRoles(db);
  if ((await countUsers(db.kysely)) > 0) return { created: false, logins: DEMO_LOGINS };
  const hq = await createDepartment(db, null, { name: '总部 Head Office' });
  const sales = await createDepartment(db, null, { name: '销售部 Sales', parentId: hq.id });
  const east = await createDepartment(db, null, {
    name: '华东销售组 Sales East',
    parentId: sales.id,
  });
  const north = await createDepartment(db, null, {
    name: '华北销售组 Sales North',
    parentId: sales.id,
  });
  const service = await createDepartment(db, null, { name: '客服部 Service', parentId: hq.id });
  const marketing = await createDepartment(db, null, { name: '市场部 Marketing', parentId: hq.id });
  const product = await createDepartment(db, null, { name: '产品部 Product', parentId: hq.id });

  const add = (
    name: string,
    email: string,
    roles: Role[],
    departmentId: string,
    managerId?: string,
  ) =>
    createUser(db, null, {
      name,
      email,
      password: DEMO_PASSWORD,
      roles,
      departmentId,
      managerId: managerId ?? null,
    });

  await add('系统管理员 Admin', 'admin@demo.yardstick.local', ['admin'], hq.id);
  const ceo = await add('周总 Zhou (CEO)', 'ceo@demo.yardstick.local', ['executive'], hq.id);
  await add('何敏 He Min (HR)', 'hr@demo.yardstick.local', ['hr'], hq.id, ceo.id);
  const salesDirector = await add(
    '王强 Wang Qiang',
    'sales.director@demo.yardstick.local',
    ['manager'],
    sales.id,
    ceo.id,
  );
  const eastLead = await add(
    '李娜 Li Na',
    'east.lead@demo.yardstick.local',
    ['manager', 'sales'],
    east.id,
    salesDirector.id,
  );
  await add('张伟 Zhang Wei', 'zhang.wei@demo.yardstick.local', ['sales'], east.id, eastLead.id);
  await add('刘洋 Liu Yang', 'liu.yang@demo.yardstick.local', ['sales'], east.id, eastLead.id);
  const northLead = await add(
    '陈静 Chen Jing',
    'north.lead@demo.yardstick.local',
    ['manager', 'sales'],
    north.id,
    salesDirector.id,
  );
  await add('杨帆 Yang Fan', 'yang.fan@demo.yardstick.local', ['sales'], north.id, northLead.id);
  const serviceLead = await add(
    '赵磊 Zhao Lei',
    'service.lead@demo.yardstick.local',
    ['manager', 'service'],
    service.id,
    ceo.id,
  );
  await add('孙丽 Sun Li', 'sun.li@demo.yardstick.local', ['service'], service.id, serviceLead.id);
  const marketingLead = await add(
    '吴芳 Wu Fang',
    'marketing.lead@demo.yardstick.local',
    ['manager', 'marketing'],
    marketing.id,
    ceo.id,
  );
  await add(
    '郑浩 Zheng Hao',
    'zheng.hao@demo.yardstick.local',
    ['marketing'],
    marketing.id,
    marketingLead.id,
  );
  await add('林晨 Lin Chen', 'lin.chen@demo.yardstick.local', ['product'], product.id, ceo.id);
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
