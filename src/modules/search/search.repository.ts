import { sql, type ExpressionBuilder, type RawBuilder } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { containsText, storedLowerContains, type SearchColumn } from '../../db/text-search.js';
import type { SearchEntity } from '../../db/tables/crm.table.js';
import type { SearchTerms } from '../../domain/search/search-terms.js';
import type { OwnerScope } from '../../platform/policy/data-scope.js';
import { visibleContacts } from '../contacts/contacts.repository.js';
import { visibleCustomers, type Viewer } from '../customers/customers.repository.js';
import { leadVisibleTo } from '../leads/leads.repository.js';
import {
  contractVisibleTo,
  opportunityVisibleTo,
  ticketVisibleTo,
  type TicketViewer,
} from '../../db/record-visibility.js';

/** One search hit: what to call it, a second line, and the customer it belongs to, if any. */
export type SearchHit = {
  id: string;
  title: string;
  detail: string | null;
  customerId: string | null;
};

/** A ticket's id is its number: a query of 8 or more hex digits and dashes finds it by prefix. */
const TICKET_NUMBER = /^[0-9a-f-]{8,}$/u;

/**
 * How a search finds a kind's records among its entries. `scan`: every entry of the kind is read
 * for the terms, then the visible records among the matches (a viewer who sees most records);
 * `probe`: the visible records are read first, and each one's entry is looked up by its key (a
 * viewer of only their own records: at scale M a rep's customers matching `源宏` in 1.3 ms
 * instead of 13.4, matching `科技` in 1.5 instead of 48; bench/RESULTS.md).
 */
export type EntryLookup = 'scan' | 'probe';

/** Ids of `entity` records whose stored search text (or phone digits) contains the terms. */
function matchingIds(executor: Executor, entity: SearchEntity, terms: SearchTerms) {
  return executor
    .selectFrom('searchEntries')
    .select('searchEntries.recordId')
    .where('searchEntries.entity', '=', entity)
    .where((eb) =>
      eb.or([
        ...terms.texts.map((text) => storedLowerContains(sql.ref('search_entries.text'), text)),
        ...(terms.phoneDigits === null
          ? []
          : [eb('searchEntries.phone', 'like', `%${terms.phoneDigits}%`)]),
      ]),
    );
}

/** The record of `idColumn` has an entry of `entity` that contains the terms. */
function hasMatchingEntry(
  executor: Executor,
  entity: SearchEntity,
  idColumn: string,
  terms: SearchTerms,
  lookup: EntryLookup,
): RawBuilder<boolean> {
  const ids = matchingIds(executor, entity, terms);
  return lookup === 'scan'
    ? sql<boolean>`${sql.ref(idColumn)} in (${ids})`
    : sql<boolean>`exists ${ids.where('searchEntries.recordId', '=', sql.ref<string>(idColumn))}`;
}

/**
 * The columns a search looks in on the record itself, for a viewer who does not read some of
 * them whole (masked or hidden): such a column matches only a query that is its whole value.
 */
export type WithheldAware = { texts: (string | SearchColumn)[]; phoneWholeOnly: boolean };

/**
 * The records of `entity` matching the terms. For a viewer with withheld fields (`withheld`
 * given), texts are looked for in the record's own columns and a withheld phone matches only the
 * whole number, so that a search cannot spell out what a mask withholds.
 */
function matches(
  executor: Executor,
  entity: SearchEntity,
  idColumn: string,
  terms: SearchTerms,
  lookup: EntryLookup,
  withheld: WithheldAware | null,
): RawBuilder<boolean> {
  if (withheld === null) return hasMatchingEntry(executor, entity, idColumn, terms, lookup);
  const alternatives = terms.texts.map((text) => containsText(text, withheld.texts));
  const digits = terms.phoneDigits;
  if (digits !== null) {
    const phones = executor
      .selectFrom('searchEntries')
      .select('searchEntries.recordId')
      .where('searchEntries.entity', '=', entity)
      .where(
        'searchEntries.phone',
        withheld.phoneWholeOnly ? '=' : 'like',
        withheld.phoneWholeOnly ? digits : `%${digits}%`,
      );
    alternatives.push(sql<boolean>`${sql.ref(idColumn)} in (${phones})`);
  }
  return sql<boolean>`(${sql.join(alternatives, sql` or `)})`;
}

export async function searchCustomers(
  executor: Executor,
  viewer: Viewer,
  terms: SearchTerms,
  limit: number,
  lookup: EntryLookup,
  withheld: WithheldAware | null,
): Promise<SearchHit[]> {
  return visibleCustomers(executor, viewer)
    .where(matches(executor, 'customer', 'customers.id', terms, lookup, withheld))
    .select(['customers.id', 'customers.name as title', 'customers.region as detail'])
    .select(sql<string>`customers.id`.as('customerId'))
    .orderBy('customers.name')
    .orderBy('customers.id')
    .limit(limit)
    .execute();
}

export async function searchContacts(
  executor: Executor,
  viewer: Viewer,
  poolReadable: boolean,
  terms: SearchTerms,
  limit: number,
  lookup: EntryLookup,
  withheld: WithheldAware | null,
): Promise<SearchHit[]> {
  return visibleContacts(executor, viewer, poolReadable)
    .where(matches(executor, 'contact', 'contacts.id', terms, lookup, withheld))
    .select([
      'contacts.id',
      'contacts.name as title',
      'customers.name as detail',
      'contacts.customerId',
    ])
    .orderBy('contacts.name')
    .orderBy('contacts.id')
    .limit(limit)
    .execute();
}

export async function searchLeads(
  executor: Executor,
  viewer: Viewer,
  terms: SearchTerms,
  limit: number,
  lookup: EntryLookup,
  withheld: WithheldAware | null,
): Promise<SearchHit[]> {
  return executor
    .selectFrom('leads')
    .where('leads.deletedAt', 'is', null)
    .where(leadVisibleTo(viewer))
    .where(matches(executor, 'lead', 'leads.id', terms, lookup, withheld))
    .select(['leads.id', 'leads.company as title', 'leads.contactName as detail'])
    .select(sql<string | null>`null`.as('customerId'))
    .orderBy('leads.company')
    .orderBy('leads.id')
    .limit(limit)
    .execute();
}

export async function searchOpportunities(
  executor: Executor,
  viewer: Viewer,
  terms: SearchTerms,
  limit: number,
  lookup: EntryLookup,
): Promise<SearchHit[]> {
  return executor
    .selectFrom('opportunities')
    .innerJoin('customers', 'customers.id', 'opportunities.customerId')
    .where('opportunities.deletedAt', 'is', null)
    .where(opportunityVisibleTo(viewer))
    .where(hasMatchingEntry(executor, 'opportunity', 'opportunities.id', terms, lookup))
    .select([
      'opportunities.id',
      'opportunities.name as title',
      'customers.name as detail',
      'opportunities.customerId',
    ])
    .orderBy('opportunities.name')
    .orderBy('opportunities.id')
    .limit(limit)
    .execute();
}

export async function searchContracts(
  executor: Executor,
  scope: OwnerScope,
  terms: SearchTerms,
  limit: number,
  lookup: EntryLookup,
): Promise<SearchHit[]> {
  return executor
    .selectFrom('contracts')
    .innerJoin('customers', 'customers.id', 'contracts.customerId')
    .where('contracts.deletedAt', 'is', null)
    .where(contractVisibleTo(scope))
    .where(hasMatchingEntry(executor, 'contract', 'contracts.id', terms, lookup))
    .select(['contracts.id', 'contracts.customerId'])
    .select(sql<string>`contracts.number || ' ' || contracts.title`.as('title'))
    .select('customers.name as detail')
    .orderBy('contracts.number')
    .orderBy('contracts.id')
    .limit(limit)
    .execute();
}

export async function searchTickets(
  executor: Executor,
  viewer: TicketViewer,
  terms: SearchTerms,
  limit: number,
  lookup: EntryLookup,
): Promise<SearchHit[]> {
  const number = terms.texts[0] ?? '';
  const byNumber = TICKET_NUMBER.test(number);
  return executor
    .selectFrom('tickets')
    .leftJoin('customers', 'customers.id', 'tickets.customerId')
    .where('tickets.deletedAt', 'is', null)
    .where(ticketVisibleTo(viewer))
    .where((eb: ExpressionBuilder<Database, 'tickets'>) =>
      eb.or([
        hasMatchingEntry(executor, 'ticket', 'tickets.id', terms, lookup),
        ...(byNumber ? [eb('tickets.id', 'like', `${number}%`)] : []),
      ]),
    )
    .select(['tickets.id', 'tickets.title', 'customers.name as detail', 'tickets.customerId'])
    .orderBy('tickets.createdAt', 'desc')
    .orderBy('tickets.id')
    .limit(limit)
    .execute();
}
