import type { Actor } from '../../platform/policy/actor.js';
import { canWorkWithContracts } from '../contracts/contracts.policy.js';
import { canWorkWithCustomers } from '../customers/customers.policy.js';
import { canWorkWithLeads } from '../leads/leads.policy.js';
import { canWorkWithOpportunities } from '../opportunities/opportunities.policy.js';
import { canWorkWithTickets } from '../tickets/tickets.policy.js';

export const SEARCH_TYPES = [
  'customer',
  'contact',
  'lead',
  'opportunity',
  'contract',
  'ticket',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Each kind of record is searched only by those whose role works with its list. */
const rolePolicy: Record<SearchType, (actor: Actor) => boolean> = {
  customer: canWorkWithCustomers,
  contact: canWorkWithCustomers,
  lead: canWorkWithLeads,
  opportunity: canWorkWithOpportunities,
  contract: canWorkWithContracts,
  ticket: canWorkWithTickets,
};

export const searchableTypes = (actor: Actor): SearchType[] =>
  SEARCH_TYPES.filter((type) => rolePolicy[type](actor));

export const canSearch = (actor: Actor): boolean => searchableTypes(actor).length > 0;
