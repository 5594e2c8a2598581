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
