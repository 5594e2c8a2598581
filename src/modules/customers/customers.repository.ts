import type { Insertable, Selectable, Updateable } from 'kysely';
import { keyFieldUnfilled } from '../../db/customer-field-filled.js';
import type { Dialect, Executor } from '../../db/database.js';
import { pageOfRows, type Page, type ListPage } from '../../db/page-of-query.js';
import {
  inScopeExpression,
  ownerInDepartment,
  sharedAccessExpression,
} from '../../db/scope-filter.js';
import type { CustomersTable, CustomerStatusChangesTable } from '../../db/tables/crm.table.js';
import { containsText } from '../../db/text-search.js';
import {
  listsMostOfTable,
  parentOfVisibleFlag,
  perRowViewer,
  reachesManyCustomers,
  UNION_BRANCHES,
} from '../../db/parent-access.js';
import { customerReadableBy } from './customer-names.repository.js';
import type { RecordViewer } from '../../db/record-visibility.js';
import { userNameOf } from '../../db/user-names.js';

export type CustomerRow = Selectable<CustomersTable>;
/**
 * A customer with the facts its access depends on (see `accessToCustomer`), implicit parent
 * access aside: that one is asked apart, only where it decides (`isParentOfVisible`).
 */
export type CustomerWithFacts = CustomerRow & {
  inScope: number;
  sharedAccess: 'read' | 'write' | null;
};
/** The names shown with a customer: its owner's (null for a pooled customer). */
export type CustomerNames = { ownerName: string | null };
export type NamedCustomerWithFacts = CustomerWithFacts & CustomerNames;

const customerNames = () => [userNameOf('customers.owner_id', 'ownerName')];

/**
 * The viewer a scoped query is for: their data scope and id, "now" for expiring shares, and
 * whether the unassigned ticket queue is theirs (its tickets' customers are then readable).
 */
/** Who is looking at customers (and the records that hang off them). */
export type Viewer = RecordViewer;

export type CustomerFilter = {
  q?: string | undefined;
  /** Fields `q` matches only by their whole value (the viewer does not read them whole). */
  wholeOnly: ReadonlySet<string>;
  ownerId?: string | undefined;
  departmentId?: string | undefined;
  status?: string | undefined;
  level?: string | undefined;
  industry?: string | undefined;
  region?: string | undefined;
  createdFrom?: string | undefined;
  createdBefore?: string | undefined;
  updatedFrom?: string | undefined;
  updatedBefore?: string | undefined;
  missing?:
    'phone' | 'email' | 'industry' | 'source' | 'requirement' | 'region' | 'level' | undefined;
};

/** Live customers the viewer may see; pooled ones only when shared with them. */
export function visibleCustomers(executor: Executor, viewer: Viewer) {
  return executor
    .selectFrom('customers')
    .where('customers.deletedAt', 'is', null)
    .where(customerReadableBy({ ...viewer, readsCustomers: true, usesPool: false }));
}

/** The facts a customer's access depends on, implicit parent access aside. */
function scopeFacts(viewer: Viewer) {
  return [
    inScopeExpression('customers.owner_id', viewer.scope).as('inScope'),
    sharedAccessExpression('customers.id', 'customer', viewer.userId, viewer.now).as(
      'sharedAccess',
    ),
  ];
}

/** Whether the customer is the parent of a record the viewer may see (implicit parent access). */
export async function isParentOfVisible(
  executor: Executor,
  id: string,
  viewer: Viewer,
): Promise<boolean> {
  const row = await executor
    .selectFrom('customers')
    .select((eb) => parentOfVisibleFlag(viewer)(eb).as('parentOfVisible'))
    .where('customers.id', '=', id)
    .executeTakeFirst();
  return Number(row?.parentOfVisible) === 1;
}

/** One live customer with the facts its access depends on; pooled customers are included. */
export async function findCustomerWithFacts(
  executor: Executor,
  id: string,
  viewer: Viewer,
): Promise<CustomerWithFacts | undefined> {
  return executor
    .selectFrom('customers')
    .selectAll('customers')
    .select(scopeFacts(viewer))
    .where('customers.id', '=', id)
    .where('customers.deletedAt', 'is', null)
    .executeTakeFirst();
}

/** Like `findCustomerWithFacts`, with the names shown beside the customer. */
export async function findNamedCustomerWithFacts(
  executor: Executor,
  id: string,
  viewer: Viewer,
): Promise<NamedCustomerWithFacts | undefined> {
  return executor
    .selectFrom('customers')
    .selectAll('customers')
    .select(scopeFacts(viewer))
    .select(customerNames())
    .where('customers.id', '=', id)
    .where('customers.deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function findCustomer(
  executor: Executor,
  id: string,
): Promise<CustomerRow | undefined> {
  return executor
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function listCustomers(
  executor: Executor,
  dialect: Dialect,
  viewer: Viewer,
  filter: CustomerFilter,
  sort: {
    by: 'name' | 'createdAt' | 'updatedAt' | 'lastFollowUpAt' | 'level';
    order: 'asc' | 'desc';
  },
  page: Page,
): Promise<ListPage<NamedCustomerWithFacts>> {
  return pageOfRows(
    executor,
    dialect,
    {
      filtered: customersMatching(executor, viewer, filter),
      pageFiltered: () => customersMatching(executor, perRowViewer(viewer), filter),
      idsFirstOnPostgres: reachesManyCustomers(viewer),
      countBranches:
        viewer.parentAccess === 'union'
          ? () =>
              UNION_BRANCHES.map((branch) =>
                customersMatching(executor, { ...viewer, branch }, filter),
              )
          : undefined,
      id: 'customers.id',
      // A search in the union form counts first: where it matches few customers, its page is
      // gathered and sorted rather than found by walking every customer in the list's order.
      countApart: listsMostOfTable(viewer) || (viewer.parentAccess === 'union' && !!filter.q),
      wideScope: listsMostOfTable(viewer),
      order: [
        [`customers.${sort.by}`, sort.order],
        ['customers.id', 'asc'],
      ],
      // Implicit parent access is left out: a listed customer is visible by construction, so
      // one neither in scope nor shared is read through it.
      select: (q) => q.selectAll('customers').select(scopeFacts(viewer)).select(customerNames()),
    },
    page,
  );
}

/** The visible customers that match the list's filters. */
function customersMatching(executor: Executor, viewer: Viewer, filter: CustomerFilter) {
  let query = visibleCustomers(executor, viewer);
  if (filter.q)
    query = query.where(
      containsText(
        filter.q,
        ['customers.name', { column: 'customers.email', wholeOnly: filter.wholeOnly.has('email') }],
        { column: 'customers.phone_key', wholeOnly: filter.wholeOnly.has('phone') },
      ),
    );
  if (filter.ownerId) query = query.where('customers.ownerId', '=', filter.ownerId);
  if (filter.departmentId)
    query = query.where(ownerInDepartment('customers.owner_id', filter.departmentId));
  if (filter.status)
    query = query.where('customers.status', '=', filter.status as CustomerRow['status']);
  if (filter.level) query = query.where('customers.level', '=', filter.level as 'A' | 'B' | 'C');
  if (filter.industry) query = query.where('customers.industry', '=', filter.industry);
  if (filter.region) query = query.where('customers.region', '=', filter.region);
  if (filter.createdFrom) query = query.where('customers.createdAt', '>=', filter.createdFrom);
  if (filter.createdBefore) query = query.where('customers.createdAt', '<', filter.createdBefore);
  if (filter.updatedFrom) query = query.where('customers.updatedAt', '>=', filter.updatedFrom);
  if (filter.updatedBefore) query = query.where('customers.updatedAt', '<', filter.updatedBefore);
  if (filter.missing) query = query.where(keyFieldUnfilled('customers', filter.missing));
  return query;
}

export async function insertCustomer(
  executor: Executor,
  row: Insertable<CustomersTable>,
): Promise<void> {
  await executor.insertInto('customers').values(row).execute();
}

export async function updateCustomerColumns(
  executor: Executor,
  id: string,
  changes: Updateable<CustomersTable>,
): Promise<void> {
  await executor.updateTable('customers').set(changes).where('id', '=', id).execute();
}

export async function insertStatusChange(
  executor: Executor,
  row: Insertable<CustomerStatusChangesTable>,
): Promise<void> {
  await executor.insertInto('customerStatusChanges').values(row).execute();
}
