import { sql, type ExpressionBuilder, type Insertable, type Selectable } from 'kysely';
import type { Database, Dialect, Executor } from '../../db/database.js';
import { pageOfRows, type Page, type ListPage } from '../../db/page-of-query.js';
import { inScopeExpression, reachesOthers, sharedAccessExpression } from '../../db/scope-filter.js';
import type { ContactsTable } from '../../db/tables/crm.table.js';
import type { Viewer } from '../customers/customers.repository.js';
import { customerReadableBy } from '../customers/customer-names.repository.js';
import {
  listsMostOfTable,
  perRowViewer,
  reachesManyCustomers,
  UNION_BRANCHES,
  type UnionBranch,
} from '../../db/parent-access.js';
import { lowerContains } from '../../db/text-search.js';

export type ContactRow = Selectable<ContactsTable>;
export type NewContact = Insertable<ContactsTable>;
/** A contact with the access facts of its customer. */
export type ContactWithFacts = ContactRow & {
  /** Readable: a contact is listed only when its customer is. */
  customerName: string;
  customerOwnerId: string | null;
  inScope: number;
  sharedAccess: 'read' | 'write' | null;
};

export type ContactFilter = {
  customerId?: string | undefined;
  q?: string | undefined;
  /** Fields `q` matches only by their whole value (the viewer does not read them whole). */
  wholeOnly: ReadonlySet<string>;
};

/** A contact's customer as the viewer reads it: their customers, and the pool's if they work it. */
const readableCustomer = (viewer: Viewer, poolReadable: boolean) =>
  customerReadableBy({ ...viewer, readsCustomers: true, usesPool: poolReadable });

/** Live contacts joined to their customer, whose columns a list shows. */
const liveContactsWithCustomer = (executor: Executor) =>
  executor
    .selectFrom('contacts')
    .innerJoin('customers', 'customers.id', 'contacts.customerId')
    .where('contacts.deletedAt', 'is', null);

/**
 * Live contacts of live customers the viewer may see: owner in scope or the parent of a record
 * they may see, shared with them, or, for those who may work the pool, in the pool. The same
 * rule as a customer's own visibility.
 */
export function visibleContacts(executor: Executor, viewer: Viewer, poolReadable: boolean) {
  return liveContactsWithCustomer(executor)
    .where('customers.deletedAt', 'is', null)
    .where((eb) => {
      const joined = eb as unknown as ExpressionBuilder<Database, 'customers'>;
      return readableCustomer(viewer, poolReadable)(joined);
    });
}

/**
 * The same contacts as `visibleContacts`, asked as the contacts of the visible customers (see
 * `contactFormOf` for when).
 */
export function contactsOfVisibleCustomers(
  executor: Executor,
  viewer: Viewer,
  poolReadable: boolean,
) {
  return liveContactsWithCustomer(executor).where('contacts.customerId', 'in', (eb) =>
    eb
      .selectFrom('customers')
      .select('customers.id')
      .where('customers.deletedAt', 'is', null)
      .where(readableCustomer(viewer, poolReadable)),
  );
}

/**
 * The same contacts as `visibleContacts`, asked as the contacts of the visible customers gathered
 * part by part of the union form — owned within the scope, reached, pooled — each part off its own
 * index (see `contactFormOf` for when; in another form, `contactsOfVisibleCustomers`). Asked
 * whole, PostgreSQL read the union form's OR by walking a whole index of customers, or matched the
 * search against every contact of the company before their customer (the smallest sales team's
 * search at scale M: 86–117 ms a statement); gathered so, it looks the team's 2,358 customers'
 * contacts up by customer (18 ms).
 */
export function contactsOfVisibleCustomerParts(
  executor: Executor,
  viewer: Viewer,
  poolReadable: boolean,
) {
  if (viewer.parentAccess !== 'union')
    return contactsOfVisibleCustomers(executor, viewer, poolReadable);
  return liveContactsWithCustomer(executor).where('contacts.customerId', 'in', (eb) => {
    const part = (branch: UnionBranch) =>
      eb
        .selectFrom('customers')
        .select('customers.id')
        .where('customers.deletedAt', 'is', null)
        .where(readableCustomer({ ...viewer, branch }, poolReadable));
    return part('owned').unionAll(part('reached')).unionAll(part('pooled'));
  });
}

/**
 * The same contacts as `visibleContacts`, their customer tested apart, per contact (an EXISTS),
 * beside the join that brings its columns (see `contactFormOf` for when). Given the test on the
 * joined customer, SQLite first builds a Bloom filter of the company's visible customers — every
 * customer tested — before it walks the contacts (a director's first page at M: 38 ms; 0.07 asked
 * apart).
 */
export function contactsWithCustomerTestedApart(
  executor: Executor,
  viewer: Viewer,
  poolReadable: boolean,
) {
  return liveContactsWithCustomer(executor).where((eb) =>
    eb.exists(
      // The inner `customers` is the contact's own: SQL resolves the name to the nearest.
      eb
        .selectFrom('customers')
        .select(sql.lit(1).as('one'))
        .whereRef('customers.id', '=', 'contacts.customerId')
        .where('customers.deletedAt', 'is', null)
        .where(readableCustomer(viewer, poolReadable))
        // A limit keeps SQLite from making the EXISTS a join of its own, which a count (no
        // order to walk) answered with the same Bloom filter (the director's count 85 → 20 ms).
        .limit(1),
    ),
  );
}

export async function listContacts(
  executor: Executor,
  dialect: Dialect,
  viewer: Viewer,
  poolReadable: boolean,
  filter: ContactFilter,
  sort: { by: 'name' | 'createdAt' | 'updatedAt'; order: 'asc' | 'desc' },
  page: Page,
): Promise<ListPage<ContactWithFacts>> {
  return pageOfRows(
    executor,
    dialect,
    {
      filtered: contactsMatching(executor, dialect, viewer, poolReadable, filter),
      pageFiltered: () =>
        contactsMatching(executor, dialect, perRowViewer(viewer), poolReadable, filter),
      // A search is asked as one statement: PostgreSQL's ids first cost an agent's search at M
      // 26 → 35 ms.
      idsFirstOnPostgres: reachesManyCustomers(viewer) && !filter.q,
      countBranches:
        viewer.parentAccess === 'union' && !filter.q
          ? () =>
              UNION_BRANCHES.map((branch) =>
                contactsMatching(executor, dialect, { ...viewer, branch }, poolReadable, filter),
              )
          : undefined,
      id: 'contacts.id',
      // A search reads every contact however it is asked; counted apart, SQLite read the customers
      // first and their contacts by customer (the director's search at M: 27 → 117 ms).
      countApart: listsMostOfTable(viewer) && !filter.q,
      wideScope: listsMostOfTable(viewer),
      order: [
        [`contacts.${sort.by}`, sort.order],
        ['contacts.id', 'asc'],
      ],
      select: (q) =>
        q
          .selectAll('contacts')
          // Implicit parent access is left out: a listed contact's customer is visible by
          // construction, so one neither in scope nor shared is read through it.
          .select([
            'customers.name as customerName',
            'customers.ownerId as customerOwnerId',
            inScopeExpression('customers.owner_id', viewer.scope).as('inScope'),
            sharedAccessExpression('customers.id', 'customer', viewer.userId, viewer.now).as(
              'sharedAccess',
            ),
          ]),
    },
    page,
  );
}

/**
 * How a list asks for its contacts; measured at scale M. As the contacts of the visible customers,
 * gathered first, rather than joined to their customer and tested one by one: on SQLite in the
 * lists form, where a test of each joined customer built the lists of parent access again for
 * parts of the OR (a service lead's count gathered the scope's 50 k tickets three times, 207 ms;
 * 96 ms gathered once), and on PostgreSQL per row, where the join's count looked each visible
 * customer's contacts up by index (the director's page 510–580 ms; 340–450 ms gathered). SQLite
 * per row tests the customer apart from the join (`contactsWithCustomerTestedApart`): gathering
 * tests every customer of the company (the director's page 0.24 → 1.1 s), and so did the Bloom
 * filter of the plain join. PostgreSQL in the union form joins: a little the cheaper (the smallest
 * team's 44 vs 53 ms), except for a search by a viewer who reaches others' customers — their
 * reports' or, through parent access, a thousand or more — whose contacts come from the visible
 * customers gathered part by part (`contactsOfVisibleCustomerParts`; at M the smallest sales team's
 * searches 92–153 → 26–33 ms, a service agent's 32–86 → 32–38, the service lead's 157–252 →
 * 94–168). A rep's own 810 customers join as well as before (15–18 ms; 19–21 gathered).
 */
function contactFormOf(
  dialect: Dialect,
  viewer: Viewer,
  searched: boolean,
): 'of-visible-customers' | 'of-visible-customer-parts' | 'tested-apart' | 'joined' {
  const form = viewer.parentAccess;
  if (dialect === 'sqlite') return form === 'lists' ? 'of-visible-customers' : 'tested-apart';
  if (form === 'per-row') return 'of-visible-customers';
  const reachesOthersCustomers =
    reachesManyCustomers(viewer) || (viewer.scope.kind === 'owners' && reachesOthers(viewer.scope));
  return form === 'union' && searched && reachesOthersCustomers
    ? 'of-visible-customer-parts'
    : 'joined';
}

const CONTACT_FORMS = {
  'of-visible-customers': contactsOfVisibleCustomers,
  'of-visible-customer-parts': contactsOfVisibleCustomerParts,
  'tested-apart': contactsWithCustomerTestedApart,
  joined: visibleContacts,
} as const;

/** The visible contacts that match the list's filters. */
function contactsMatching(
  executor: Executor,
  dialect: Dialect,
  viewer: Viewer,
  poolReadable: boolean,
  filter: ContactFilter,
) {
  let query = CONTACT_FORMS[contactFormOf(dialect, viewer, !!filter.q)](
    executor,
    viewer,
    poolReadable,
  );
  if (filter.customerId) query = query.where('contacts.customerId', '=', filter.customerId);
  if (filter.q) {
    const q = filter.q;
    const digits = q.replace(/\D/g, '');
    query = query.where((eb) => {
      // Phones are stored as typed; compare them without spaces and dashes, so "138 0013" finds "13800138000".
      const phone = sql<string>`replace(replace(contacts.phone, ' ', ''), '-', '')`;
      return eb.or([
        lowerContains(eb.ref('contacts.name'), q),
        filter.wholeOnly.has('email')
          ? eb(eb.fn('lower', ['contacts.email']), '=', q.trim().toLowerCase())
          : lowerContains(eb.ref('contacts.email'), q),
        ...(filter.wholeOnly.has('phone')
          ? [eb(phone, '=', q.trim().replace(/[ -]/g, ''))]
          : digits.length >= 3
            ? [eb(phone, 'like', `%${digits}%`)]
            : []),
      ]);
    });
  }
  return query;
}

export async function findContact(executor: Executor, id: string): Promise<ContactRow | undefined> {
  return executor
    .selectFrom('contacts')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

/** The customer's live primary contact other than `exceptId`, if any. */
export async function findPrimaryContact(
  executor: Executor,
  customerId: string,
  exceptId?: string,
): Promise<ContactRow | undefined> {
  let query = executor
    .selectFrom('contacts')
    .selectAll()
    .where('customerId', '=', customerId)
    .where('isPrimary', '=', 1)
    .where('deletedAt', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

export async function insertContact(executor: Executor, row: NewContact): Promise<void> {
  await executor.insertInto('contacts').values(row).execute();
}
