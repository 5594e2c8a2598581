import {
  sql,
  type ExpressionBuilder,
  type Insertable,
  type RawBuilder,
  type Selectable,
  type Updateable,
} from 'kysely';
import type { Database, Dialect, Executor } from '../../db/database.js';
import { pageOfRows, type Page, type ListPage } from '../../db/page-of-query.js';
import { ownerInDepartment, scopeTermFormFor } from '../../db/scope-filter.js';
import type { ContractsTable } from '../../db/tables/crm.table.js';
import { containsText } from '../../db/text-search.js';
import { fieldProblem, refusal } from '../../platform/errors/app-error.js';
import { userNameOf } from '../../db/user-names.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import { customerNameOf, type CustomerNameViewer } from '../customers/customer-names.repository.js';
import { contractVisibleTo, opportunityVisibleTo } from '../../db/record-visibility.js';
import { isUniqueViolation } from '../../db/unique-violation.js';

export type ContractRow = Selectable<ContractsTable>;
/** The names shown with a contract; the customer's and the opportunity's are null when withheld. */
export type ContractNames = {
  customerName: string | null;
  ownerName: string | null;
  opportunityName: string | null;
};
export type NamedContractRow = ContractRow & ContractNames;

function contractNames(viewer: CustomerNameViewer) {
  return (eb: ExpressionBuilder<Database, 'contracts'>) => {
    const opportunity = eb
      .selectFrom('opportunities')
      .select('opportunities.name')
      .where('opportunities.id', '=', sql.ref<string>('contracts.opportunity_id'))
      .where('opportunities.deletedAt', 'is', null)
      .where((inner) =>
        opportunityVisibleTo(viewer)(inner as ExpressionBuilder<Database, 'opportunities'>),
      );
    return [
      customerNameOf(viewer, 'contracts.customer_id')(eb),
      userNameOf('contracts.owner_id', 'ownerName'),
      sql<string | null>`(${opportunity})`.as('opportunityName'),
    ];
  };
}

export type ContractFilter = {
  q?: string | undefined;
  ownerId?: string | undefined;
  departmentId?: string | undefined;
  customerId?: string | undefined;
  signedFrom?: string | undefined;
  signedTo?: string | undefined;
  endFrom?: string | undefined;
  endTo?: string | undefined;
  renewal?: boolean | undefined;
  unpaidOn?: string | undefined;
};

/** Payments (not deleted) received on a contract (`contracts.id`) on or before a day. */
export function paidByDayExpression(day: string): RawBuilder<number> {
  return sql<number>`coalesce((select sum(p.amount_cents) from payments p where p.contract_id = contracts.id and p.deleted_at is null and p.received_on <= ${day}), 0)`;
}

/** The contract was signed by the day and its payments by that day do not reach its amount. */
export function unpaidOnCondition(day: string): RawBuilder<boolean> {
  return sql<boolean>`(contracts.signed_on <= ${day} and contracts.amount_cents > ${paidByDayExpression(day)})`;
}

export type ContractSort = {
  by: 'signedOn' | 'endOn' | 'amountCents' | 'number' | 'createdAt' | 'updatedAt';
  order: 'asc' | 'desc';
};

export async function findContract(
  executor: Executor,
  id: string,
): Promise<ContractRow | undefined> {
  return executor
    .selectFrom('contracts')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

/** A live contract whose owner is within the scope; others are invisible. */
export async function findVisibleContract(
  executor: Executor,
  id: string,
  scope: OwnerScope,
): Promise<ContractRow | undefined> {
  return executor
    .selectFrom('contracts')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .where(contractVisibleTo(scope))
    .executeTakeFirst();
}

/** A visible contract with the names shown beside it. */
export async function findVisibleNamedContract(
  executor: Executor,
  id: string,
  viewer: CustomerNameViewer,
): Promise<NamedContractRow | undefined> {
  return executor
    .selectFrom('contracts')
    .selectAll('contracts')
    .select(contractNames(viewer))
    .where('contracts.id', '=', id)
    .where('contracts.deletedAt', 'is', null)
    .where(contractVisibleTo(viewer.scope))
    .executeTakeFirst();
}

export async function listContracts(
  executor: Executor,
  dialect: Dialect,
  viewer: CustomerNameViewer,
  filter: ContractFilter,
  sort: ContractSort,
  page: Page,
): Promise<ListPage<NamedContractRow>> {
  let query = executor
    .selectFrom('contracts')
    .where('contracts.deletedAt', 'is', null)
    .where(contractVisibleTo(viewer.scope, scopeTermFormFor(dialect)));
  if (filter.q)
    query = query.where(containsText(filter.q, ['contracts.number', 'contracts.title']));
  if (filter.ownerId) query = query.where('contracts.ownerId', '=', filter.ownerId);
  if (filter.departmentId)
    query = query.where(ownerInDepartment('contracts.owner_id', filter.departmentId));
  if (filter.customerId) query = query.where('contracts.customerId', '=', filter.customerId);
  if (filter.signedFrom) query = query.where('contracts.signedOn', '>=', filter.signedFrom);
  if (filter.signedTo) query = query.where('contracts.signedOn', '<=', filter.signedTo);
  if (filter.endFrom) query = query.where('contracts.endOn', '>=', filter.endFrom);
  if (filter.endTo) query = query.where('contracts.endOn', '<=', filter.endTo);
  if (filter.renewal !== undefined)
    query = query.where('contracts.renewalOf', filter.renewal ? 'is not' : 'is', null);
  if (filter.unpaidOn) query = query.where(unpaidOnCondition(filter.unpaidOn));
  return pageOfRows(
    executor,
    dialect,
    {
      filtered: query,
      id: 'contracts.id',
      order: [
        [`contracts.${sort.by}`, sort.order],
        ['contracts.id', 'asc'],
      ],
      select: (q) => q.selectAll('contracts').select(contractNames(viewer)),
    },
    page,
  );
}

/** Whether a live contract other than `exceptId` already has this number. */
export async function numberTaken(
  executor: Executor,
  number: string,
  exceptId?: string,
): Promise<boolean> {
  let query = executor
    .selectFrom('contracts')
    .select('id')
    .where('number', '=', number)
    .where('deletedAt', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

const numberConflict = () =>
  refusal('contract_number_in_use', 'Another live contract already has this number', {}, [
    fieldProblem('number', 'already_used', 'already in use'),
  ]);

/**
 * Runs a write that may hit the live-number index (the only unique index a contract write can
 * meet), answering a lost race as 409 on `number`.
 */
export async function guardNumber<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw numberConflict();
    throw error;
  }
}

export async function assertNumberFree(
  executor: Executor,
  number: string,
  exceptId?: string,
): Promise<void> {
  if (await numberTaken(executor, number, exceptId)) throw numberConflict();
}

export async function insertContract(
  executor: Executor,
  row: Insertable<ContractsTable>,
): Promise<void> {
  await guardNumber(() => executor.insertInto('contracts').values(row).execute());
}

export async function setContractColumns(
  executor: Executor,
  id: string,
  changes: Updateable<ContractsTable>,
): Promise<void> {
  await executor.updateTable('contracts').set(changes).where('id', '=', id).execute();
}

/** Takes the contract's row lock (PostgreSQL; SQLite serialises writers anyway) before reading its payments. */
export async function lockContract(executor: Executor, id: string): Promise<void> {
  await executor
    .updateTable('contracts')
    .set((eb) => ({ paidCents: eb.ref('paidCents') }))
    .where('id', '=', id)
    .execute();
}

export async function livePaymentsOf(
  executor: Executor,
  contractId: string,
): Promise<{ amountCents: number; receivedOn: string }[]> {
  return executor
    .selectFrom('payments')
    .select(['amountCents', 'receivedOn'])
    .where('contractId', '=', contractId)
    .where('deletedAt', 'is', null)
    .execute();
}

export async function countLivePayments(executor: Executor, contractId: string): Promise<number> {
  const row = await executor
    .selectFrom('payments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('contractId', '=', contractId)
    .where('deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether a live opportunity belongs to the customer. */
export async function opportunityOfCustomer(
  executor: Executor,
  opportunityId: string,
  customerId: string,
): Promise<boolean> {
  const row = await executor
    .selectFrom('opportunities')
    .select('id')
    .where('id', '=', opportunityId)
    .where('customerId', '=', customerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Latest signed_on of the customer's live contracts (the customer's last deal). */
export async function latestSignedOn(
  executor: Executor,
  customerId: string,
): Promise<string | null> {
  const row = await executor
    .selectFrom('contracts')
    .select((eb) => eb.fn.max('signedOn').as('latest'))
    .where('customerId', '=', customerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return row?.latest ?? null;
}

export async function customerLastDealOn(
  executor: Executor,
  customerId: string,
): Promise<string | null> {
  const row = await executor
    .selectFrom('customers')
    .select('lastDealOn')
    .where('id', '=', customerId)
    .executeTakeFirst();
  return row?.lastDealOn ?? null;
}

/** A derived column: set without a version bump, so that it never makes someone's edit of the customer stale. */
export async function setCustomerLastDealOn(
  executor: Executor,
  customerId: string,
  lastDealOn: string | null,
): Promise<void> {
  await executor
    .updateTable('customers')
    .set({ lastDealOn })
    .where('id', '=', customerId)
    .execute();
}
