import type { Actor } from '../../platform/policy/actor.js';
import { canWriteCampaign } from './campaigns.policy.js';
import type { CampaignRow } from './campaigns.repository.js';
import type { CampaignOut } from './campaigns.schema.js';

export function presentCampaign(actor: Actor, campaign: CampaignRow): CampaignOut {
  return {
    id: campaign.id,
    name: campaign.name,
    channel: campaign.channel,
    ownerId: campaign.ownerId,
    startOn: campaign.startOn,
    endOn: campaign.endOn,
    budgetCents: campaign.budgetCents,
    currency: campaign.currency,
    status: campaign.status,
    description: campaign.description,
    createdBy: campaign.createdBy,
    createdAt: campaign.createdAt,
    updatedAt: campaign.updatedAt,
    version: campaign.version,
    access: canWriteCampaign(actor, campaign) ? 'write' : 'read',
  };
}
