import type { Insertable, Selectable } from 'kysely';
import type { Dialect, Executor } from '../../db/database.js';
import { pageOfQuery, pageOfRows, type Page, type ListPage } from '../../db/page-of-query.js';
import { ownerInDepartment, scopeTermFormFor, type ScopeTermForm } from '../../db/scope-filter.js';
import type { PaymentPlansTable, PaymentsTable } from '../../db/tables/crm.table.js';
import { contractOwnerAt } from '../../db/contract-owner.js';
import { timestampParam } from '../../db/sql-time.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import { contractVisibleTo } from '../../db/record-visibility.js';
import { customerNameOf, type CustomerNameViewer } from '../customers/customer-names.repository.js';

export type PlanRow = Selectable<PaymentPlansTable>;
export type PaymentRow = Selectable<PaymentsTable>;
/**
 * What a payment list shows of the payment's contract (visible with the payment): its number,
 * title, currency and customer — the customer's name null when withheld.
 */
export type PaymentContractFacts = {
  contractNumber: string;
  contractTitle: string;
  currency: string;
  customerId: string;
  customerName: string | null;
};
type Order = 'asc' | 'desc';

export type PaymentFilter = {
  contractId?: string | undefined;
  customerId?: string | undefined;
  ownerId?: string | undefined;
  departmentId?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
};

/** Live payments whose live contract's owner is in scope: a payment is as private as its contract. */
function visiblePayments(executor: Executor, scope: OwnerScope, form: ScopeTermForm = 'in-lists') {
  return executor
    .selectFrom('payments')
    .innerJoin('contracts', 'contracts.id', 'payments.contractId')
    .where('payments.deletedAt', 'is', null)
    .where('contracts.deletedAt', 'is', null)
    .where(contractVisibleTo(scope, form));
}

export async function findPlan(executor: Executor, id: string): Promise<PlanRow | undefined> {
  return executor
    .selectFrom('paymentPlans')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function listPlans(
  executor: Executor,
  contractId: string,
  sort: { by: 'dueOn' | 'amountCents' | 'createdAt'; order: Order },
  page: Page,
) {
  const query = executor
    .selectFrom('paymentPlans')
    .where('contractId', '=', contractId)
    .where('deletedAt', 'is', null);
  return pageOfQuery(executor, query.selectAll().orderBy(sort.by, sort.order).orderBy('id'), page);
}

export async function insertPlan(
  executor: Executor,
  row: Insertable<PaymentPlansTable>,
): Promise<void> {
  await executor.insertInto('paymentPlans').values(row).execute();
}

export async function findPayment(executor: Executor, id: string): Promise<PaymentRow | undefined> {
  return executor
    .selectFrom('payments')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function listPayments(
  executor: Executor,
  dialect: Dialect,
  viewer: CustomerNameViewer,
  filter: PaymentFilter,
  sort: { by: 'receivedOn' | 'amountCents' | 'recordedAt'; order: Order },
  page: Page,
): Promise<ListPage<PaymentRow & PaymentContractFacts>> {
  let query = visiblePayments(executor, viewer.scope, scopeTermFormFor(dialect));
  if (filter.contractId) query = query.where('payments.contractId', '=', filter.contractId);
  if (filter.customerId) query = query.where('contracts.customerId', '=', filter.customerId);
  if (filter.ownerId) query = query.where('contracts.ownerId', '=', filter.ownerId);
  if (filter.departmentId)
    query = query.where(ownerInDepartment('contracts.owner_id', filter.departmentId));
  if (filter.receivedFrom) query = query.where('payments.receivedOn', '>=', filter.receivedFrom);
  if (filter.receivedTo) query = query.where('payments.receivedOn', '<=', filter.receivedTo);
  // Counted first: a scope that holds no payment (a service agent's) is answered by the count,
  // where the page's query would walk every payment in the list's order looking for one.
  return pageOfRows(
    executor,
    dialect,
    {
      filtered: query,
      id: 'payments.id',
      countApart: true,
      order: [
        [`payments.${sort.by}`, sort.order],
        ['payments.id', 'asc'],
      ],
      select: (q) =>
        q
          .selectAll('payments')
          .select((eb) => [
            'contracts.number as contractNumber',
            'contracts.title as contractTitle',
            'contracts.currency as currency',
            'contracts.customerId as customerId',
            customerNameOf(viewer, 'contracts.customer_id')(eb),
          ]),
    },
    page,
  );
}

export async function insertPayment(
  executor: Executor,
  row: Insertable<PaymentsTable>,
): Promise<void> {
  await executor.insertInto('payments').values(row).execute();
}

/** Who owned the contract at the instant `at` (METRICS.md, Owner: src/db/contract-owner.ts). */
export async function contractOwnerAtInstant(
  executor: Executor,
  dialect: Dialect,
  contractId: string,
  at: string,
): Promise<string> {
  const row = await executor
    .selectFrom('contracts as k')
    .select(contractOwnerAt(timestampParam(dialect, at)).as('ownerId'))
    .where('k.id', '=', contractId)
    .executeTakeFirstOrThrow();
  return row.ownerId;
}

/** Sum of the contract's live payments other than `exceptId`. */
export async function paidExcept(
  executor: Executor,
  contractId: string,
  exceptId?: string,
): Promise<number> {
  let query = executor
    .selectFrom('payments')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amountCents'), eb.lit(0)).as('paid'))
    .where('contractId', '=', contractId)
    .where('deletedAt', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.paid);
}
