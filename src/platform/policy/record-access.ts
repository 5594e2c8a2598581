import { hasRole, type Actor } from './actor.js';

export type RecordAccess = 'write' | 'read' | null;

/** What the repository found out about one record for one actor. */
export type AccessFacts = {
  /** The record's owner is within the actor's data scope. */
  inScope: boolean;
  /** Access granted by a collaborator entry that has not expired. */
  sharedAccess: 'read' | 'write' | null;
  /** The record has no owner because it sits in the public pool (公海). */
  inPool: boolean;
  /**
   * Implicit parent access: the record is the customer of an opportunity, contract, payment
   * plan, ticket or follow-up plan the actor may see. Only customers have such children.
   */
  parentOfVisible?: boolean;
};

/** Who may work the public pool: browse it and claim from it. */
export const canUsePool = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'manager', 'admin', 'executive');

/**
 * The access an actor has to one scoped record. Scope gives full access; a collaborator entry
 * gives what it says; a pooled customer can be read by those who may claim it; the customer of
 * a record one may see can be read. No access at all is answered as "not found", so that
 * records outside one's scope do not reveal that they exist.
 */
export function recordAccess(actor: Actor, facts: AccessFacts): RecordAccess {
  if (facts.inScope) return 'write';
  if (facts.sharedAccess) return facts.sharedAccess;
  if (facts.inPool && canUsePool(actor)) return 'read';
  if (facts.parentOfVisible) return 'read';
  return null;
}
