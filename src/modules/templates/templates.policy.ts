import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Everyone may read how they are measured. */
export const canReadTemplates = (_actor: Actor): boolean => true;

/** Admins and HR shape the scorecards; every change is a new version. */
export const canEditTemplates = (actor: Actor): boolean => hasRole(actor, 'admin', 'hr');
