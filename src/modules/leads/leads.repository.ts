import {
  sql,
  type ExpressionBuilder,
  type Insertable,
  type Selectable,
  type Updateable,
} from 'kysely';
import { perRowViewer } from '../../db/parent-access.js';
import type { Database, Dialect, Executor } from '../../db/database.js';
import { pageOfRows, type Page, type ListPage } from '../../db/page-of-query.js';
import { opportunityVisibleTo } from '../../db/record-visibility.js';
import { userNameOf } from '../../db/user-names.js';
import {
  inScopeExpression,
  ownerInDepartment,
  ownerScopeTerm,
  scopeTermFormFor,
  type ScopeTermForm,
} from '../../db/scope-filter.js';
import type { LeadsTable } from '../../db/tables/crm.table.js';
import { containsText } from '../../db/text-search.js';
import type { Viewer } from '../customers/customers.repository.js';
import { customerNameOf, type CustomerNameViewer } from '../customers/customer-names.repository.js';

export type LeadRow = Selectable<LeadsTable>;
export type NewLead = Insertable<LeadsTable>;
export type LeadChanges = Updateable<LeadsTable>;
export type LeadWithFacts = LeadRow & { inScope: number };
/**
 * The names shown with a lead: its owner's and source user's, and those of the customer and
 * opportunity it was converted into (null when none or when the viewer may not read them).
 */
export type LeadNames = {
  ownerName: string | null;
  sourceUserName: string | null;
  customerName: string | null;
  opportunityName: string | null;
};
export type NamedLeadWithFacts = LeadWithFacts & LeadNames;

/** The names of one lead or of a page of them, selected by id: parent access asked per row. */
function leadNames(viewer: CustomerNameViewer) {
  return (eb: ExpressionBuilder<Database, 'leads'>) => {
    // Opportunities are read by those who read customers, within their scope or shared with them.
    const opportunity = viewer.readsCustomers
      ? sql<string | null>`(${eb
          .selectFrom('opportunities')
          .select('opportunities.name')
          .where('opportunities.id', '=', sql.ref<string>('leads.opportunity_id'))
          .where('opportunities.deletedAt', 'is', null)
          .where((inner) =>
            opportunityVisibleTo(viewer)(inner as ExpressionBuilder<Database, 'opportunities'>),
          )})`
      : sql<string | null>`null`;
    return [
      userNameOf('leads.owner_id', 'ownerName'),
      userNameOf('leads.source_user_id', 'sourceUserName'),
      customerNameOf(perRowViewer(viewer), 'leads.customer_id')(eb),
      opportunity.as('opportunityName'),
    ];
  };
}

export type LeadFilter = {
  q?: string | undefined;
  /** Fields `q` matches only by their whole value (the viewer does not read them whole). */
  wholeOnly: ReadonlySet<string>;
  status?: LeadRow['status'] | undefined;
  ownerId?: string | undefined;
  departmentId?: string | undefined;
  sourceUserId?: string | undefined;
  campaignId?: string | undefined;
  createdFrom?: string | undefined;
  createdBefore?: string | undefined;
  closedFrom?: string | undefined;
  closedBefore?: string | undefined;
};

const inScope = (viewer: Viewer) => inScopeExpression('leads.owner_id', viewer.scope).as('inScope');

export async function findLeadWithFacts(
  executor: Executor,
  id: string,
  viewer: Viewer,
): Promise<LeadWithFacts | undefined> {
  return executor
    .selectFrom('leads')
    .selectAll('leads')
    .select(inScope(viewer))
    .where('leads.id', '=', id)
    .where('leads.deletedAt', 'is', null)
    .executeTakeFirst();
}

/** Like `findLeadWithFacts`, with the names shown beside the lead. */
export async function findNamedLeadWithFacts(
  executor: Executor,
  id: string,
  viewer: CustomerNameViewer,
): Promise<NamedLeadWithFacts | undefined> {
  return executor
    .selectFrom('leads')
    .selectAll('leads')
    .select(inScope(viewer))
    .select(leadNames(viewer))
    .where('leads.id', '=', id)
    .where('leads.deletedAt', 'is', null)
    .executeTakeFirst();
}

export async function findLead(executor: Executor, id: string): Promise<LeadRow | undefined> {
  return executor
    .selectFrom('leads')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

/**
 * A lead is visible when its owner is within the viewer's scope, or the viewer brought it in; a
 * list writes the scope in its engine's form (`ScopeTermForm`).
 */
export function leadVisibleTo(viewer: Viewer, form: ScopeTermForm = 'in-lists') {
  return (eb: ExpressionBuilder<Database, 'leads'>) =>
    eb.or([
      eb.and([
        eb('leads.ownerId', 'is not', null),
        ownerScopeTerm(form, 'leads.owner_id', viewer.scope),
      ]),
      eb('leads.sourceUserId', '=', viewer.userId),
    ]);
}

/** Live leads the viewer may see (see `leadVisibleTo`). */
export async function listLeads(
  executor: Executor,
  dialect: Dialect,
  viewer: CustomerNameViewer,
  filter: LeadFilter,
  sort: { by: 'company' | 'createdAt' | 'updatedAt' | 'closedAt'; order: 'asc' | 'desc' },
  page: Page,
  /** The scope holds most people (`scopeHoldsMostPeople`). */
  wideScope = false,
): Promise<ListPage<NamedLeadWithFacts>> {
  let query = executor
    .selectFrom('leads')
    .where('leads.deletedAt', 'is', null)
    .where(leadVisibleTo(viewer, scopeTermFormFor(dialect, wideScope)));
  if (filter.q)
    query = query.where(
      containsText(
        filter.q,
        [
          'leads.company',
          { column: 'leads.contact_name', wholeOnly: filter.wholeOnly.has('contactName') },
          { column: 'leads.email', wholeOnly: filter.wholeOnly.has('email') },
        ],
        { column: 'leads.phone_key', wholeOnly: filter.wholeOnly.has('phone') },
      ),
    );
  if (filter.status) query = query.where('leads.status', '=', filter.status);
  if (filter.ownerId) query = query.where('leads.ownerId', '=', filter.ownerId);
  if (filter.departmentId)
    query = query.where(ownerInDepartment('leads.owner_id', filter.departmentId));
  if (filter.sourceUserId) query = query.where('leads.sourceUserId', '=', filter.sourceUserId);
  if (filter.campaignId) query = query.where('leads.campaignId', '=', filter.campaignId);
  if (filter.createdFrom) query = query.where('leads.createdAt', '>=', filter.createdFrom);
  if (filter.createdBefore) query = query.where('leads.createdAt', '<', filter.createdBefore);
  if (filter.closedFrom) query = query.where('leads.closedAt', '>=', filter.closedFrom);
  if (filter.closedBefore) query = query.where('leads.closedAt', '<', filter.closedBefore);
  return pageOfRows(
    executor,
    dialect,
    {
      filtered: query,
      id: 'leads.id',
      // On PostgreSQL counted first: where few rows match, the page is then gathered rather than
      // walked in the order index (see `fewMatchOnPostgres`).
      countApart: wideScope || dialect === 'postgres',
      wideScope,
      order: [
        [`leads.${sort.by}`, sort.order],
        ['leads.id', 'asc'],
      ],
      select: (q) => q.selectAll('leads').select(inScope(viewer)).select(leadNames(viewer)),
    },
    page,
  );
}

export async function insertLead(executor: Executor, row: NewLead): Promise<void> {
  await executor.insertInto('leads').values(row).execute();
}

export async function campaignExists(executor: Executor, id: string): Promise<boolean> {
  const row = await executor
    .selectFrom('campaigns')
    .select('id')
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function isActiveUser(executor: Executor, id: string): Promise<boolean> {
  const row = await executor
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}
