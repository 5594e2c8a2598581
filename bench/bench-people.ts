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
