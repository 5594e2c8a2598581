import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';

/**
 * The rep whose live card the benchmarks measure: the first active sales person (by id) who is no
 * manager (a team lead is scored as a manager).
 */
export async function firstRep(db: Db): Promise<string> {
  const rep = await db.kysely
    .selectFrom('userRoles')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .select('users.id')
    .where('role', '=', 'sales')
    .where('users.active', '=', 1)
    .where(
      'users.id',
      'not in',
      db.kysely.selectFrom('userRoles').select('userId').where('role', '=', 'manager'),
    )
    .orderBy('users.id')
    .executeTakeFirstOrThrow();
  return rep.id;
}

/**
 * The manager whose reporting line (direct and indirect reports) is nearest `size` people, with
 * those people: the targets speak of a manager with a team of 30.
 */
export async function nearestTeam(db: Db, size = 30) {
  const managers = await db.kysely
    .selectFrom('userRoles')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .innerJoin('userClosure', 'userClosure.ancestorId', 'users.id')
    .select((eb) => ['users.id', eb.fn.countAll<number>().as('team')])
    .where('userRoles.role', '=', 'manager')
    .where('users.active', '=', 1)
    .where('userClosure.depth', '>', 0)
    .groupBy('users.id')
    .orderBy('users.id')
    .execute();
  const nearest = managers
    .map((m) => ({ id: m.id, team: Number(m.team) }))
    .sort((a, b) => Math.abs(a.team - size) - Math.abs(b.team - size))[0];
  if (!nearest) throw new Error('the database has no manager with reports');
  return reportingLine(db, nearest.id);
}

/** A manager's direct and indirect reports, by id. */
export async function reportingLine(db: Db, managerId: string) {
  const reports = await db.kysely
    .selectFrom('userClosure')
    .select('descendantId')
    .where('ancestorId', '=', managerId)
    .where('depth', '>', 0)
    .orderBy('descendantId')
    .execute();
  return { id: managerId, team: reports.length, reports: reports.map((r) => r.descendantId) };
}

/** The active manager with the most sales people in their reporting line (the heaviest scope). */
export async function largestSalesManager(db: Db) {
  const manager = (
    await sql<{ id: string; email: string; team: number }>`select u.id, u.email,
        count(*) as team from users u
      join user_roles r on r.user_id = u.id and r.role = 'manager'
      join user_closure uc on uc.ancestor_id = u.id and uc.depth > 0
      join user_roles s on s.user_id = uc.descendant_id and s.role = 'sales'
      where u.active = 1 group by u.id, u.email
      order by count(*) desc, u.id limit 1`.execute(db.kysely)
  ).rows[0];
  return manager && { ...manager, team: Number(manager.team) };
}

/** Managers with the number of people below them and the roles found among those people. */
type Manager = { email: string; people: number; sales: number; service: number; marketing: number };

/**
 * Six kinds of viewer of a seeded company, as [kind, email]: the sales rep with the most
 * customers, the smallest sales team's lead, the manager with the most people below them, the
 * lead of the service team and of the marketing team, and a service agent.
 */
export async function viewersOfEachKind(db: Db): Promise<[string, string][]> {
  const managers = (
    await sql<Manager>`select u.email, count(*) as people,
        sum(case when exists (select 1 from user_roles r where r.user_id = uc.descendant_id
          and r.role = 'sales') then 1 else 0 end) as sales,
        sum(case when exists (select 1 from user_roles r where r.user_id = uc.descendant_id
          and r.role = 'service') then 1 else 0 end) as service,
        sum(case when exists (select 1 from user_roles r where r.user_id = uc.descendant_id
          and r.role = 'marketing') then 1 else 0 end) as marketing
      from users u join user_roles m on m.user_id = u.id and m.role = 'manager'
      join user_closure uc on uc.ancestor_id = u.id and uc.depth > 0
      where u.active = 1 group by u.email order by u.email`.execute(db.kysely)
  ).rows.map((m) => ({
    ...m,
    people: Number(m.people),
    sales: Number(m.sales),
    service: Number(m.service),
    marketing: Number(m.marketing),
  }));
  const most = <K extends keyof Manager>(key: K, sign = 1) =>
    [...managers]
      .filter((m) => Number(m[key]) > 0)
      .sort((a, b) => sign * (Number(b[key]) - Number(a[key])) || a.email.localeCompare(b.email))[0]
      ?.email;
  const rep = (
    await sql<{ email: string }>`select u.email from users u
      join user_roles r on r.user_id = u.id and r.role = 'sales'
      join customers c on c.owner_id = u.id and c.deleted_at is null
      where u.active = 1 and u.id not in (select user_id from user_roles where role = 'manager')
      group by u.email order by count(*) desc, u.email limit 1`.execute(db.kysely)
  ).rows[0]?.email;
  const agent = (
    await sql<{ email: string }>`select u.email from users u
      join user_roles r on r.user_id = u.id and r.role = 'service'
      where u.active = 1 and u.id not in (select user_id from user_roles where role = 'manager')
      order by u.email limit 1`.execute(db.kysely)
  ).rows[0]?.email;
  const chosen: [string, string | undefined][] = [
    ['sales rep', rep],
    ['sales team lead', most('sales', -1)],
    ['widest manager', most('people')],
    ['service lead', most('service')],
    ['marketing lead', most('marketing')],
    ['service agent', agent],
  ];
  return chosen.flatMap(([who, email]) => (email ? [[who, email] as [string, string]] : []));
}

/** The first active user (by id) with `role`, or undefined. */
export function firstActiveWithRole(db: Db, role: string) {
  return db.kysely
    .selectFrom('userRoles')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .select(['users.id', 'users.email'])
    .where('role', '=', role)
    .where('users.active', '=', 1)
    .orderBy('users.id')
    .executeTakeFirst();
}
