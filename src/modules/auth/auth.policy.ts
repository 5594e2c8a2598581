import type { Actor } from '../../platform/policy/actor.js';

/** Everyone manages their own password and tokens. */
export const canManageOwnAccount = (_actor: Actor): boolean => true;

/** API tokens cannot mint more tokens: a leaked token must not outlive its revocation. */
export const canManageTokens = (actor: Actor): boolean => actor.authenticatedBy === 'session';
