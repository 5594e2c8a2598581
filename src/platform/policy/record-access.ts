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
 * Unassigned tickets are the service desk's queue: agents and managers see them to pick them up
 * (and so, by implicit parent access, their customers).
 */
export const seesUnassignedTickets = (actor: Actor): boolean =>
  hasRole(actor, 'service', 'manager');

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

/** What a share grants: read or write, until a time or (null) until removed. */
export type ShareGrant = { access: 'read' | 'write'; until: string | null };

export type ShareRefusal = 'share_needs_write_access' | 'share_outlives_own_access';

/**
 * Whether an actor may grant `grant` on a record. Those whose scope covers the owner grant
 * anything. A collaborator grants only from an unexpired write share of their own, and never
 * for longer than it lasts, so sharing can neither widen nor outlive the sharer's own access.
 */
export function shareRefusal(
  sharer: { inScope: boolean; ownShare: ShareGrant | null },
  grant: ShareGrant,
): ShareRefusal | null {
  if (sharer.inScope) return null;
  const own = sharer.ownShare;
  if (!own || own.access !== 'write') return 'share_needs_write_access';
  if (own.until === null) return null;
  if (grant.until === null || Date.parse(grant.until) > Date.parse(own.until))
    return 'share_outlives_own_access';
  return null;
}

/** Deleting is for the owner and those whose data scope covers the owner; a share never deletes. */
export const mayDelete = (facts: Pick<AccessFacts, 'inScope'>): boolean => facts.inScope;
