import { anyUser } from '../../platform/http/route-access.js';
import { hasRole, type Actor } from '../../platform/policy/actor.js';

/** Everyone reads campaigns: leads link to them. */
export const canReadCampaigns = anyUser;

export const canCreateCampaign = (actor: Actor): boolean =>
  hasRole(actor, 'marketing', 'manager', 'admin');

/** Managers and admins may run any campaign and hand it to another owner. */
export const managesCampaigns = (actor: Actor): boolean => hasRole(actor, 'manager', 'admin');

export const canWriteCampaign = (actor: Actor, campaign: { ownerId: string }): boolean =>
  campaign.ownerId === actor.id || managesCampaigns(actor);
