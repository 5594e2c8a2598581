import type { Db } from '../../db/database.js';
import {
  applyFieldAccess,
  notReadWhole,
  type FieldEntity,
  type FieldView,
} from '../../domain/access/field-access.js';
import { fieldViewOf } from '../field-access/field-access.service.js';
import { searchTerms, type SearchTerms } from '../../domain/search/search-terms.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { canUsePool } from '../pool/pool.policy.js';
import { viewerOf } from '../customers/customers.service.js';
import { seesUnassignedTickets } from '../../platform/policy/record-access.js';
import { searchableTypes, type SearchType } from './search.policy.js';
import * as repo from './search.repository.js';
import type { SearchQuery } from './search.schema.js';

type Finder = (
  db: Db,
  actor: Actor,
  terms: SearchTerms,
  limit: number,
  lookup: repo.EntryLookup,
  view: FieldView,
) => Promise<repo.SearchHit[]>;

/**
 * How a search looks into customers, contacts and leads for this viewer: null when they read
 * every searched field whole, else the record's columns with the withheld ones matched whole.
 */
function withheldAware(
  view: FieldView,
  entity: FieldEntity,
  texts: { column: string; field?: string }[],
): repo.WithheldAware | null {
  const withheld = notReadWhole(view, entity);
  const searched = [...texts.flatMap((t) => (t.field ? [t.field] : [])), 'phone'];
  if (!searched.some((field) => withheld.has(field))) return null;
  return {
    texts: texts.map(({ column, field }) => ({
      column,
      wholeOnly: field !== undefined && withheld.has(field),
    })),
    phoneWholeOnly: withheld.has('phone'),
  };
}

/** Each kind of record is found through its own module's visibility rule (its list's WHERE clause). */
const finders: Record<SearchType, Finder> = {
  customer: (db, actor, terms, limit, lookup, view) =>
    repo.searchCustomers(
      db.kysely,
      viewerOf(actor),
      terms,
      limit,
      lookup,
      withheldAware(view, 'customer', [
        { column: 'customers.name' },
        { column: 'customers.email', field: 'email' },
      ]),
    ),
  contact: (db, actor, terms, limit, lookup, view) =>
    repo.searchContacts(
      db.kysely,
      viewerOf(actor),
      canUsePool(actor),
      terms,
      limit,
      lookup,
      withheldAware(view, 'contact', [
        { column: 'contacts.name' },
        { column: 'contacts.email', field: 'email' },
      ]),
    ),
  lead: (db, actor, terms, limit, lookup, view) =>
    repo.searchLeads(
      db.kysely,
      viewerOf(actor),
      terms,
      limit,
      lookup,
      withheldAware(view, 'lead', [
        { column: 'leads.company' },
        { column: 'leads.contact_name', field: 'contactName' },
        { column: 'leads.email', field: 'email' },
      ]),
    ),
  opportunity: (db, actor, terms, limit, lookup) =>
    repo.searchOpportunities(db.kysely, viewerOf(actor), terms, limit, lookup),
  contract: (db, actor, terms, limit, lookup) =>
    repo.searchContracts(db.kysely, ownerScopeOf(actor), terms, limit, lookup),
  ticket: (db, actor, terms, limit, lookup) =>
    repo.searchTickets(
      db.kysely,
      {
        scope: ownerScopeOf(actor),
        userId: actor.id,
        seesUnassigned: seesUnassignedTickets(actor),
      },
      terms,
      limit,
      lookup,
    ),
};

/** Where the web app shows a record of each kind; a contact opens its customer. */
const links: Record<SearchType, (hit: repo.SearchHit) => string> = {
  customer: (hit) => `/customers/${hit.id}`,
  contact: (hit) => `/customers/${hit.customerId ?? ''}`,
  lead: (hit) => `/leads/${hit.id}`,
  opportunity: (hit) => `/opportunities/${hit.id}`,
  contract: (hit) => `/contracts/${hit.id}`,
  ticket: (hit) => `/tickets/${hit.id}`,
};

/** The field a hit's second line shows, where field permissions may hide it. */
const detailFields: Partial<Record<SearchType, { entity: FieldEntity; field: string }>> = {
  customer: { entity: 'customer', field: 'region' },
  lead: { entity: 'lead', field: 'contactName' },
};

function shownDetail(view: FieldView, type: SearchType, detail: string | null): string | null {
  const shown = detailFields[type];
  if (!shown) return detail;
  return applyFieldAccess(view, shown.entity, { [shown.field]: detail })[shown.field] ?? null;
}

/**
 * A viewer of their own records only has few of each kind: the search starts from those. Any
 * wider scope reads the kind's entries first: at scale M the sales director (139 people's records)
 * searched in 660 ms starting from the records, 50 ms reading the entries (bench/RESULTS.md).
 */
function entryLookupFor(actor: Actor): repo.EntryLookup {
  const scope = ownerScopeOf(actor);
  const ownOnly =
    scope.kind === 'owners' &&
    !scope.includeReports &&
    scope.department === null &&
    scope.departmentTree === null;
  return ownOnly ? 'probe' : 'scan';
}

/** Records of every kind the actor works with that match the query, grouped by kind (empty groups left out). */
export async function search(db: Db, actor: Actor, query: SearchQuery) {
  const terms = searchTerms(query.q);
  if (terms === null) return { groups: [] };
  const view = await fieldViewOf(db, actor);
  const lookup = entryLookupFor(actor);
  const groups = await Promise.all(
    searchableTypes(actor).map(async (type) => {
      const hits = await finders[type](db, actor, terms, query.limit + 1, lookup, view);
      return {
        type,
        items: hits.slice(0, query.limit).map((hit) => ({
          id: hit.id,
          title: hit.title,
          detail: shownDetail(view, type, hit.detail),
          link: links[type](hit),
        })),
        more: hits.length > query.limit,
      };
    }),
  );
  return { groups: groups.filter((group) => group.items.length > 0) };
}
