import { MARKETING_BEHAVIOUR, type SalesBehaviour } from '../archetypes.js';
import type { CampaignRef, SimUser } from '../context.js';
import type { Rng } from '../prng.js';
import type { IdFactory } from '../sim-ids.js';
import { DAY, HOUR } from '../sim-time.js';
import { DISQUALIFY_REASONS, REGIONS, REQUIREMENTS } from '../vocabulary/business.js';
import { companyEmail, companyName, mobileNumber, personName } from './identities.js';
import { workInstantBetween } from './work-time.js';

export type LeadDraft = {
  id: string;
  createdMs: number;
  marketer: SimUser;
  campaignId: string | null;
  company: string;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  industry: string | null;
  region: string | null;
  requirement: string | null;
  outcome: {
    status: 'converted' | 'disqualified';
    closedMs: number;
    rating: number;
    reason: string | null;
  } | null;
};

/**
 * A lead a marketer brings in for a seller. Its quality follows the marketer's archetype: good
 * sources convert more often and get better ratings (1–5, given by the seller on closing); poor
 * ones carry bad contacts and duplicates. Most leads are closed within a few weeks.
 */
export function draftLead(
  rng: Rng,
  b: SalesBehaviour,
  newId: IdFactory,
  marketer: SimUser,
  campaigns: CampaignRef[],
  window: { fromMs: number; endMs: number },
  serial: number,
  previous: LeadDraft | null,
): LeadDraft | null {
  const m =
    MARKETING_BEHAVIOUR[
      marketer.archetype === 'low_lead_quality' ? 'low_lead_quality' : 'high_lead_quality'
    ];
  const createdMs = workInstantBetween(rng, window.fromMs, window.endMs - DAY);
  if (createdMs === null) return null;
  const campaign = campaigns.find(
    (c) => c.ownerId === marketer.id && c.startMs <= createdMs && createdMs < c.endMs,
  );
  const company = companyName(rng);
  const bad = rng.chance(m.badContactShare);
  const duplicate = previous !== null && rng.chance(m.duplicateShare);
  const closedMs = createdMs + 2 * HOUR + rng.exp(12 * DAY);
  let outcome: LeadDraft['outcome'] = null;
  if (closedMs < window.endMs - HOUR) {
    const converted = !bad && rng.chance(Math.min(0.9, m.conversionRate * (0.6 + b.winRate)));
    const rating = Math.max(
      1,
      Math.min(5, Math.round(m.meanRating + rng.gauss() * 0.6 - (converted ? 0 : 0.8))),
    );
    outcome = {
      status: converted ? 'converted' : 'disqualified',
      closedMs,
      rating,
      reason: converted ? null : rng.pick(DISQUALIFY_REASONS),
    };
  }
  return {
    id: newId(createdMs),
    createdMs,
    marketer,
    campaignId: campaign?.id ?? null,
    company: duplicate && previous ? previous.company : company.name,
    contactName: rng.chance(0.9) ? personName(rng) : null,
    phone: bad ? rng.pick(['123', '00000000', '无']) : rng.chance(0.9) ? mobileNumber(rng) : null,
    email: rng.chance(0.5) ? companyEmail(rng, serial) : null,
    industry: company.industry,
    region: rng.pick(REGIONS),
    requirement: rng.chance(0.7) ? rng.pick(REQUIREMENTS) : null,
    outcome,
  };
}
