import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Who may look at and manage collaborators (协作人) at all; each record then needs write access to share. */
export const canWorkWithCollaborators = (actor: Actor): boolean =>
  hasRole(actor, 'sales', 'service', 'manager', 'admin', 'executive', 'marketing');
