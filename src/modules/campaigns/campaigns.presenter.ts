import type { Actor } from '../../platform/policy/actor.js';
import { canWriteCampaign } from './campaigns.policy.js';
import { namesOf } from '../../platform/http/list-query.js';
import type { CampaignNames, CampaignRow } from './campaigns.repository.js';
import type { CampaignOut } from './campaigns.schema.js';

export function presentCampaign(
  actor: Actor,
  campaign: CampaignRow & Partial<CampaignNames>,
): CampaignOut {
  return {
    id: campaign.id,
    name: campaign.name,
    channel: campaign.channel,
    ownerId: campaign.ownerId,
    ...namesOf(campaign, ['ownerName']),
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
