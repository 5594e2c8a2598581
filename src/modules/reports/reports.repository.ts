import { sql, type RawBuilder } from 'kysely';
import { dialectOf, type Executor } from '../../db/database.js';
import { rangeHolding } from '../../db/planner-hints.js';
import { ownerInDepartment, ownerScopeCondition, type OwnerScope } from '../../db/scope-filter.js';
import { paidByDayExpression, unpaidOnCondition } from '../contracts/contracts.repository.js';
import { reachedStageCondition } from '../opportunities/opportunities.repository.js';

/**
 * The records a report counts: owner within the viewer's scope, narrowed to a department (its
 * own members) or a person. The same conditions the list filters apply, so a figure opens its
 * records (METRICS.md "Reports").
 */
export type ReportOwners = {
  scope: OwnerScope;
  departmentId?: string | undefined;
  ownerId?: string | undefined;
};

/** Instants [from, before) and inclusive org-zone days [firstDay, lastDay] of the period. */
export type ReportWindow = { from: string; before: string; firstDay: string; lastDay: string };

export function ownedBy(ownerColumn: string, owners: ReportOwners): RawBuilder<boolean> {
  const conditions = [
    sql`${sql.ref(ownerColumn)} is not null`,
    ownerScopeCondition(ownerColumn, owners.scope),
    ...(owners.departmentId ? [ownerInDepartment(ownerColumn, owners.departmentId)] : []),
    ...(owners.ownerId ? [sql`${sql.ref(ownerColumn)} = ${owners.ownerId}`] : []),
  ];
  return sql<boolean>`(${sql.join(conditions, sql` and `)})`;
}

/**
 * `column` within the report's window: from `from` on, and before `to.before` or through
 * `to.through`. Where the owners are fewer than the whole company (a scope, a department, a
 * person), SQLite's planner is told that each bound holds for most rows (src/db/planner-hints.ts):
 * it then reads the owners' records by owner rather than everyone's records of the period by date
 * (a team lead's stage durations at scale M: 138 ms the other way, against 12).
 */
export function inReportWindow(
  executor: Executor,
  owners: ReportOwners,
  column: string,
  from: string,
  to: { before: string } | { through: string },
): RawBuilder<boolean> {
  const narrow = owners.scope.kind !== 'all' || !!owners.departmentId || !!owners.ownerId;
  const value = sql.ref(column);
  const upper =
    'before' in to
      ? sql<boolean>`${value} < ${to.before}`
      : sql<boolean>`${value} <= ${to.through}`;
  return rangeHolding(
    dialectOf(executor),
    narrow ? 'most rows' : undefined,
    sql<boolean>`${value} >= ${from}`,
    upper,
  );
}

const count = (row: { n: number | string | bigint } | undefined) => Number(row?.n ?? 0);

export async function countLeadsCreated(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
): Promise<number> {
  const row = await executor
    .selectFrom('leads')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deletedAt', 'is', null)
    .where(inReportWindow(executor, owners, 'leads.created_at', window.from, window))
    .where(ownedBy('leads.owner_id', owners))
    .executeTakeFirst();
  return count(row);
}

export async function countCustomersCreated(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
): Promise<number> {
  const row = await executor
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deletedAt', 'is', null)
    .where(inReportWindow(executor, owners, 'customers.created_at', window.from, window))
    .where(ownedBy('customers.owner_id', owners))
    .executeTakeFirst();
  return count(row);
}

/** Opportunities created in the period: all, those that reached the stage, or those won. */
export async function countOpportunitiesCreated(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
  which: { reachedStageId: string } | { won: true },
): Promise<number> {
  const row = await executor
    .selectFrom('opportunities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deletedAt', 'is', null)
    .where(inReportWindow(executor, owners, 'opportunities.created_at', window.from, window))
    .where(ownedBy('opportunities.owner_id', owners))
    .where(
      'won' in which
        ? sql<boolean>`opportunities.status = 'won'`
        : reachedStageCondition(which.reachedStageId),
    )
    .executeTakeFirst();
  return count(row);
}

export type StageStayRow = { stageId: string; enteredAt: string | null; leftAt: string };

/**
 * Stage changes effective in the period that left a stage, each with the effective time of the
 * latest entry into that stage not after it (METRICS.md "Stage durations").
 */
export async function stageStays(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
): Promise<StageStayRow[]> {
  const rows = await executor
    .selectFrom('stageChanges as sc')
    .innerJoin('opportunities', 'opportunities.id', 'sc.opportunityId')
    .select([
      'sc.fromStageId as stageId',
      'sc.effectiveAt as leftAt',
      sql<
        string | null
      >`(select max(p.effective_at) from stage_changes p where p.opportunity_id = sc.opportunity_id and p.to_stage_id = sc.from_stage_id and p.effective_at <= sc.effective_at and p.id <> sc.id)`.as(
        'enteredAt',
      ),
    ])
    .where('opportunities.deletedAt', 'is', null)
    .where('sc.fromStageId', 'is not', null)
    .where(inReportWindow(executor, owners, 'sc.effective_at', window.from, window))
    .where(ownedBy('opportunities.owner_id', owners))
    .execute();
  return rows.flatMap((r) =>
    r.stageId === null ? [] : [{ stageId: r.stageId, enteredAt: r.enteredAt, leftAt: r.leftAt }],
  );
}

export type OwnerSum = { ownerId: string; cents: number; count: number };

const ownerSums = (rows: { ownerId: string; cents: unknown; n: unknown }[]): OwnerSum[] =>
  rows.map((r) => ({ ownerId: r.ownerId, cents: Number(r.cents ?? 0), count: Number(r.n) }));

/** Contracts signed in the period, summed per owner. */
export async function wonByOwner(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
): Promise<OwnerSum[]> {
  const rows = await executor
    .selectFrom('contracts')
    .select((eb) => [
      'contracts.ownerId',
      eb.fn.sum<number>('contracts.amountCents').as('cents'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('contracts.deletedAt', 'is', null)
    .where(
      inReportWindow(executor, owners, 'contracts.signed_on', window.firstDay, {
        through: window.lastDay,
      }),
    )
    .where(ownedBy('contracts.owner_id', owners))
    .groupBy('contracts.ownerId')
    .execute();
  return ownerSums(rows);
}

/** Payments received in the period, summed per owner of their contract. */
export async function collectedByOwner(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
): Promise<OwnerSum[]> {
  const rows = await executor
    .selectFrom('payments')
    .innerJoin('contracts', 'contracts.id', 'payments.contractId')
    .select((eb) => [
      'contracts.ownerId',
      eb.fn.sum<number>('payments.amountCents').as('cents'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('payments.deletedAt', 'is', null)
    .where('contracts.deletedAt', 'is', null)
    .where(
      inReportWindow(executor, owners, 'payments.received_on', window.firstDay, {
        through: window.lastDay,
      }),
    )
    .where(ownedBy('contracts.owner_id', owners))
    .groupBy('contracts.ownerId')
    .execute();
  return ownerSums(rows);
}

export type UnpaidContractRow = {
  ownerId: string;
  signedOn: string;
  amountCents: number;
  paidCents: number;
};

/** Contracts signed by the day and not fully paid by it, with what was paid by then. */
export async function unpaidContracts(
  executor: Executor,
  owners: ReportOwners,
  asOf: string,
): Promise<UnpaidContractRow[]> {
  const rows = await executor
    .selectFrom('contracts')
    .select([
      'contracts.ownerId',
      'contracts.signedOn',
      'contracts.amountCents',
      paidByDayExpression(asOf).as('paidCents'),
    ])
    .where('contracts.deletedAt', 'is', null)
    .where(unpaidOnCondition(asOf))
    .where(ownedBy('contracts.owner_id', owners))
    .execute();
  return rows.map((r) => ({ ...r, paidCents: Number(r.paidCents) }));
}

export type TargetSum = { userId: string; metric: string; target: number };

/** Per person, the sum of their targets for the metrics whose period lies within the days. */
export async function targetsWithin(
  executor: Executor,
  owners: ReportOwners,
  window: ReportWindow,
  metrics: readonly string[],
): Promise<TargetSum[]> {
  const rows = await executor
    .selectFrom('userTargets')
    .select((eb) => ['userId', 'metric', eb.fn.sum<number>('target').as('target')])
    .where('metric', 'in', [...metrics])
    .where('periodStart', '>=', window.firstDay)
    .where('periodEnd', '<=', window.lastDay)
    .where(ownedBy('user_targets.user_id', owners))
    .groupBy(['userId', 'metric'])
    .execute();
  return rows.map((r) => ({ ...r, target: Number(r.target) }));
}

export type ReportUser = {
  id: string;
  name: string;
  departmentId: string | null;
  departmentName: string | null;
  joinedOn: string | null;
  leftOn: string | null;
};

const reportUserColumns = [
  'users.id',
  'users.name',
  'users.departmentId',
  'departments.name as departmentName',
  'users.joinedOn',
  'users.leftOn',
] as const;

export async function usersByIds(
  executor: Executor,
  ids: readonly string[],
): Promise<ReportUser[]> {
  if (ids.length === 0) return [];
  return executor
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.departmentId')
    .select(reportUserColumns)
    .where('users.id', 'in', [...ids])
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
}

/** Active users with a role, within the owners (scope, department, person). */
export async function usersWithRole(
  executor: Executor,
  owners: ReportOwners,
  role: string,
): Promise<ReportUser[]> {
  return executor
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.departmentId')
    .select(reportUserColumns)
    .where('users.active', '=', 1)
    .where('users.id', 'in', (eb) =>
      eb.selectFrom('userRoles').select('userRoles.userId').where('userRoles.role', '=', role),
    )
    .where(ownedBy('users.id', owners))
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
}

/** Every user within the owners (scope, department, person), active or not: adoption counts them by their dates. */
export async function usersInScope(
  executor: Executor,
  owners: ReportOwners,
): Promise<ReportUser[]> {
  return executor
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.departmentId')
    .select(reportUserColumns)
    .where(ownedBy('users.id', owners))
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
}
