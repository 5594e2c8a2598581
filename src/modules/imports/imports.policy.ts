import { hasRole, type Actor } from '../../platform/policy/actor.js';

/**
 * Bringing a company's records in is an admin's or a manager's job: an import assigns owners, and
 * the owners it may name are those in the importer's data scope.
 */
export const canImport = (actor: Actor): boolean => hasRole(actor, 'admin', 'manager');
