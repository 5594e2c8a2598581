import { expressionBuilder, sql, type ExpressionBuilder, type NotNull } from 'kysely';
import type { Database } from './database.js';
import {
  contractVisibleTo,
  opportunityVisibleTo,
  planVisibleTo,
  ticketsAssignedWithin,
  ticketVisibleTo,
  type RecordPerson,
  type RecordViewer as Viewer,
} from './record-visibility.js';
import type { Dialect, Executor } from './database.js';
import {
  ownerScopeCondition,
  ownerScopeTerm,
  scopeHoldsMostPeople,
  sharedRecordIds,
  sharedWithCondition,
  type OwnerScope,
} from './scope-filter.js';

/**
 * How a list query asks whether a customer is visible through the parent of a record; all give
 * the same rows. 'lists' builds, once per query, the customer ids of the records that add to the
 * customers owned within the scope — those owned within it by someone else than their customer's
 * owner (`cross_owner_records`), the deals shared with the viewer and the visible tickets — tested
 * as an OR of IN-lists: cheap for a narrow scope on SQLite, whose multi-index OR answers each by
 * its index (asking every record of the scope for its customer instead, a rep's page at M took
 * 1.8 ms against 0.4). 'union' (PostgreSQL only) gathers the same lists into one array of ids
 * (`reachableCustomerIds`): PostgreSQL cannot use an index for an OR of IN-lists and read every
 * customer of the company (a rep's page at M: 125 ms with lists, 9 ms with the union), while
 * SQLite does worse with a union (a team lead's page 123 ms with lists, 306 ms with it).
 * 'per-row' asks per customer by the customer_id indexes, each record by its own visibility rule:
 * cheap when the scope holds most of the company, whose lists are the whole company's records (at
 * M a director's page took 2.1 s with lists, 0.1 s per row, and a rep's 16 ms with lists, 1.1 s
 * per row).
 */
export type ParentAccessForm = 'lists' | 'union' | 'per-row';

/**
 * How a viewer's lists ask implicit parent access (`ParentAccessForm`; by default 'lists'). The
 * union form carries the customer ids it reaches, gathered beforehand (`reachedCustomerIds`).
 */
export type ParentAccess =
  | { parentAccess?: 'lists' | 'per-row' }
  | {
      parentAccess: 'union';
      reachedCustomerIds: readonly string[];
      /** One part of the union only: for counting (see `reachableCustomerIds`). */
      branch?: UnionBranch;
    };

/** The parts of the union form: customers owned within the scope, reached, in the pool. */
export const UNION_BRANCHES = ['owned', 'reached', 'pooled'] as const;
export type UnionBranch = (typeof UNION_BRANCHES)[number];

/**
 * The 'union' form: a customer is listed when its owner is within the scope (the owners as an
 * array, an index condition), when its id is among the parents of the records that add to those
 * (see ParentAccessForm) and the customers shared with the viewer, gathered before the list's
 * statements (`reachedCustomerIds`), or, with `pooled`, when it is in the public pool: PostgreSQL
 * combines the three as a bitmap of two indexes. The ids are bound as one array: PostgreSQL then
 * plans with their number and, where it tests rows against them, hashes them. Gathered inside the
 * statement as `any(array(…))`, the array was a run-time value: PostgreSQL guessed it small, tested
 * each customer against it one id after another (a service lead's contacts count at scale M: 95 k
 * customers against 4.6 k ids, 3.9 s) and gathered it again for the page and for the count. Told
 * the number, PostgreSQL reads the whole list-order index of customers rather than look a thousand
 * or more ids up by key (a service agent's customers at M 23 → 31 ms; the lead's contacts 5.7 →
 * 0.1 s). As `in (union)`, it expected as many customers as the parts' rows summed and joined
 * every contact to every customer first; as `in` a union of the owned, the pooled and the bound
 * ids it chose worse still (the agent's 41 ms). With the owned customers among the ids, each was
 * fetched by its key in turn (a rep's 810 at M: the page 6.9 → 2.4 ms and its count 4.3 → 0.6 ms
 * without them).
 * Counting every match, PostgreSQL read that whole index too (a service lead's 4,648 customers at
 * M: 63 ms): lists count the owned, the reached and the pooled customers as `branch`es, the union
 * of their rows, each answered by its own index (18 ms); alone, the owners are an IN-list, which
 * PostgreSQL joins to the owner index (as an array it guessed them many and read a status index
 * whole: 60 ms of the lead's count of potential customers).
 * The caller still excludes pooled parents and pooled shares as the rule says.
 */
export function reachableCustomerIds(
  viewer: Viewer & { reachedCustomerIds: readonly string[]; branch?: UnionBranch },
  pooled: boolean,
) {
  const reached = sql<boolean>`customers.id = any(cast(${viewer.reachedCustomerIds} as text[]))`;
  const inPool = pooled ? [sql<boolean>`customers.owner_id is null`] : [];
  const branches = {
    owned: [ownerScopeCondition('customers.owner_id', viewer.scope)],
    reached: [reached],
    pooled: inPool,
  };
  const terms = viewer.branch
    ? branches[viewer.branch]
    : [ownerScopeTerm('arrays', 'customers.owner_id', viewer.scope), reached, ...inPool];
  return terms.length === 0 ? sql<boolean>`1 = 0` : sql<boolean>`(${sql.join(terms, sql` or `)})`;
}

/**
 * From this many reached ids, PostgreSQL expects a list of thousands of customers and computes a
 * page's per-row subqueries by hashing every row of their tables it could need: lists then find
 * the page's ids first (`pageOfRows`' `idsFirstOnPostgres`). Below it, that costs one more
 * statement for nothing (a rep's customers at M, 13 → 15 ms).
 */
const MANY_REACHED_CUSTOMERS = 1_000;

/** Whether the viewer's union form reaches many customers (`MANY_REACHED_CUSTOMERS`). */
export const reachesManyCustomers = (access: ParentAccess): boolean =>
  access.parentAccess === 'union' && access.reachedCustomerIds.length >= MANY_REACHED_CUSTOMERS;

/**
 * The ids of the customers the union form reaches besides those owned within the scope: the
 * customers of the cross-owner records, of the deals shared with the viewer and of the visible
 * tickets, and the customers shared with the viewer. Deals and tickets are seen by any of several
 * conditions (`record-visibility.ts`), which are split here into parts of the union;
 * parent-access.test.ts holds every form to the same rows.
 */
export async function reachedCustomerIds(
  executor: Executor,
  viewer: RecordPerson,
): Promise<string[]> {
  const eb = expressionBuilder<Database, 'customers'>();
  // The union form is PostgreSQL's (see ParentAccessForm).
  const tickets = visibleTicketCustomers(viewer, eb, 'postgres');
  let reached = crossOwnerCustomers(viewer, eb)
    .union(sharedOpportunityCustomers(viewer, eb))
    .union(tickets.assigned)
    .union(tickets.logged)
    .union(sharedRecordIds<{ customerId: string }>('customer', viewer.userId, viewer.now));
  if (tickets.queue) reached = reached.union(tickets.queue);
  const { rows } = await sql<{ id: string }>`select customer_id as id
    from (${reached}) as reached`.execute(executor);
  return rows.map((row) => row.id);
}

/**
 * Implicit parent access, as a WHERE condition on `customers`: the customer of a live
 * opportunity, contract, ticket or follow-up plan the viewer may see, each judged by its own
 * visibility rule (`record-visibility.ts`). Payment plans and payments are exactly as visible as their
 * contract, so the contract stands for them. It grants reading the customer, never changing it.
 * The lists form leaves out what the customers owned within the scope already hold (see
 * ParentAccessForm): callers ask it beside that condition, as the access rule does.
 */
export function parentOfVisibleRecord(viewer: Viewer) {
  return (eb: ExpressionBuilder<Database, 'customers'>) => {
    if (viewer.parentAccess === 'per-row') {
      const { opportunities, contracts, tickets, plans } = parentCustomerLists(viewer, eb);
      return eb.or([
        eb.exists(opportunities.whereRef('opportunities.customerId', '=', 'customers.id')),
        eb.exists(contracts.whereRef('contracts.customerId', '=', 'customers.id')),
        eb.exists(tickets.whereRef('tickets.customerId', '=', 'customers.id')),
        eb.exists(plans.whereRef('followUpPlans.customerId', '=', 'customers.id')),
      ]);
    }
    return eb.or([
      eb('customers.id', 'in', crossOwnerCustomers(viewer, eb)),
      eb('customers.id', 'in', sharedOpportunityCustomers(viewer, eb)),
      eb('customers.id', 'in', ticketCustomerList(viewer, eb)),
    ]);
  };
}

/**
 * The form of parent access for a list of customers or of their contacts seen with `scope`:
 * per row when the scope's owners are at least half of the active people, else the union on
 * PostgreSQL and the lists on SQLite (see ParentAccessForm). A scope of everyone holds every owned
 * customer, so parent access adds nothing to it: the lists, whose condition is never reached,
 * rather than the union, whose ids would be gathered for nothing (every ticket's customer).
 */
export async function parentAccessFormFor(
  executor: Executor,
  dialect: Dialect,
  scope: OwnerScope,
): Promise<ParentAccessForm> {
  if (scope.kind === 'all') return 'lists';
  const narrow = dialect === 'postgres' ? 'union' : 'lists';
  return (await scopeHoldsMostPeople(executor, scope)) ? 'per-row' : narrow;
}

/** Parent access in `form` for the viewer's lists: the union form's ids gathered now. */
export async function parentAccessIn(
  executor: Executor,
  viewer: RecordPerson,
  form: ParentAccessForm,
): Promise<ParentAccess> {
  if (form !== 'union') return { parentAccess: form };
  return { parentAccess: form, reachedCustomerIds: await reachedCustomerIds(executor, viewer) };
}

/** Parent access for a list of customers or of their contacts (see `parentAccessFormFor`). */
export async function parentAccessFor(
  executor: Executor,
  dialect: Dialect,
  viewer: RecordPerson,
): Promise<ParentAccess> {
  return parentAccessIn(
    executor,
    viewer,
    await parentAccessFormFor(executor, dialect, viewer.scope),
  );
}

/**
 * Whether a list of customers or of their contacts seen by `viewer` holds most of its table (the
 * scope reaches everyone, or most people: see `parentAccessFormFor`). Such a list is counted apart,
 * up to the cap, and its page is the first rows of a walk in its order that pass the filters (see
 * `pageOfRows`), instead of a window over every row in scope (a sales director's customers at
 * scale M: 66 k rows).
 */
export const listsMostOfTable = (viewer: Viewer): boolean =>
  viewer.scope.kind === 'all' || viewer.parentAccess === 'per-row';

/**
 * The viewer with parent access asked per row: the form for one record or a page of them, such as
 * the customers named beside a page of rows selected by id (`pageOfRows`), where the lists form
 * gathers every visible parent to name twenty (a service lead's page of open tickets at scale M:
 * 14.6 → 1.4 ms).
 */
export const perRowViewer = <V extends Viewer>(viewer: V): V => ({
  ...viewer,
  parentAccess: 'per-row',
});

/**
 * The `parentOfVisible` fact of a customer's access, 1 or 0. Implicit parent access applies to
 * owned customers (a pooled one is governed by the pool's own rule), and only adds something
 * outside the viewer's scope: elsewhere it is 0 without running the subqueries.
 * The fact is selected for one customer, so it is asked per row whatever form the viewer's lists
 * take: the other forms gather the ids of every visible parent to answer for one.
 */
export function parentOfVisibleFlag(listViewer: Viewer) {
  const viewer = perRowViewer(listViewer);
  return (eb: ExpressionBuilder<Database, 'customers'>) =>
    eb
      .case()
      .when(
        eb.or([
          eb('customers.ownerId', 'is', null),
          ownerScopeCondition('customers.owner_id', viewer.scope),
        ]),
      )
      .then(0)
      .when(parentOfVisibleRecord(viewer)(eb))
      .then(1)
      .else(0)
      .end();
}

/**
 * The customers of the live opportunities, contracts and plans owned within the viewer's scope by
 * someone else than the customer's owner (cross-owner-records.ts): all that such records add to
 * the customers owned within the scope, which every caller adds itself.
 */
function crossOwnerCustomers(viewer: Viewer, eb: ExpressionBuilder<Database, 'customers'>) {
  return eb
    .selectFrom('crossOwnerRecords')
    .select('crossOwnerRecords.customerId')
    .where(ownerScopeCondition('cross_owner_records.owner_id', viewer.scope));
}

/** The customers of the live opportunities shared with the viewer. */
function sharedOpportunityCustomers(viewer: Viewer, eb: ExpressionBuilder<Database, 'customers'>) {
  return eb
    .selectFrom('opportunities')
    .select('opportunities.customerId')
    .where('opportunities.deletedAt', 'is', null)
    .where(sharedWithCondition('opportunities.id', 'opportunity', viewer.userId, viewer.now));
}

/** The customers of the tickets the viewer may see, as one list of indexed parts. */
function ticketCustomerList(viewer: Viewer, eb: ExpressionBuilder<Database, 'customers'>) {
  // The lists form is SQLite's (see ParentAccessForm).
  const { assigned, logged, queue } = visibleTicketCustomers(viewer, eb, 'sqlite');
  const list = logged.unionAll(assigned);
  return queue ? list.unionAll(queue) : list;
}

/**
 * The customers of the live tickets the viewer may see, one indexed part per way of seeing one:
 * assigned within the scope, logged by the viewer, and (for those who see it, else undefined)
 * the unassigned queue. As one OR, SQLite read every ticket of the company (tickets are assigned
 * to a few service people, so it expects each assignee to hold many): 15 ms of a team lead's
 * customer list at scale M, for a team that holds none; by parts, 2 ms.
 */
function visibleTicketCustomers(
  viewer: Viewer,
  eb: ExpressionBuilder<Database, 'customers'>,
  dialect: Dialect,
) {
  const tickets = eb
    .selectFrom('tickets')
    .select('tickets.customerId')
    .where('tickets.deletedAt', 'is', null)
    .where('tickets.customerId', 'is not', null)
    .$narrowType<{ customerId: NotNull }>();
  return {
    assigned:
      viewer.scope.kind === 'all'
        ? tickets.where('tickets.assigneeId', 'is not', null)
        : // From the scope's owners to their tickets, as the ticket lists go: asked as an
          // IN-list on tickets, SQLite read them all, expecting each assignee to hold thousands.
          sql<{ customerId: string }>`select customer_id from (${ticketsAssignedWithin(
            dialect,
            viewer.scope,
            'customer_id',
          )}) as assigned where customer_id is not null`,
    logged: tickets.where('tickets.createdBy', '=', viewer.userId),
    queue: viewer.seesUnassignedTickets
      ? tickets.where('tickets.assigneeId', 'is', null)
      : undefined,
  };
}

/** The customer ids of the live opportunities, contracts, tickets and plans the viewer may see. */
function parentCustomerLists(viewer: Viewer, eb: ExpressionBuilder<Database, 'customers'>) {
  return {
    opportunities: eb
      .selectFrom('opportunities')
      .select('opportunities.customerId')
      .where('opportunities.deletedAt', 'is', null)
      .where(opportunityVisibleTo(viewer)),
    contracts: eb
      .selectFrom('contracts')
      .select('contracts.customerId')
      .where('contracts.deletedAt', 'is', null)
      .where(contractVisibleTo(viewer.scope)),
    tickets: eb
      .selectFrom('tickets')
      .select('tickets.customerId')
      .where('tickets.deletedAt', 'is', null)
      .where(
        ticketVisibleTo({
          scope: viewer.scope,
          userId: viewer.userId,
          seesUnassigned: viewer.seesUnassignedTickets,
        }),
      ),
    plans: eb
      .selectFrom('followUpPlans')
      .select('followUpPlans.customerId')
      .where('followUpPlans.deletedAt', 'is', null)
      .where(planVisibleTo(viewer.scope)),
  };
}
