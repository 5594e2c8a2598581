import type { Actor } from '../../platform/policy/actor.js';
import { canWorkWithCustomers } from '../customers/customers.policy.js';
import { canWorkWithLeads } from '../leads/leads.policy.js';
import type { DuplicateEntity } from './duplicates.schema.js';

/** Checking for duplicates of a kind of record is for those who work with that kind. */
export const canCheckDuplicates = (actor: Actor, entity: DuplicateEntity): boolean =>
  entity === 'lead' ? canWorkWithLeads(actor) : canWorkWithCustomers(actor);

export const canCheckAnyDuplicates = (actor: Actor): boolean =>
  canWorkWithCustomers(actor) || canWorkWithLeads(actor);
