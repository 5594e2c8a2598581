import type { Selectable } from 'kysely';
import type { LeadsTable } from '../../db/tables/crm.table.js';
import { nameDuplicateKey, phoneDuplicateKey } from '../../domain/quality/duplicate-records.js';
import { leadSnapshot } from '../../modules/leads/leads.presenter.js';
import type { SimContext } from '../context.js';
import { iso } from '../sim-time.js';
import type { LeadDraft } from './lead-drafts.js';
import { logCreate } from '../history-rows.js';

export type LeadLinks = { customerId: string; contactId: string; opportunityId: string | null };

/** A lead as the leads service leaves it: created for its owner, then converted or disqualified. */
export async function writeLead(
  ctx: SimContext,
  lead: LeadDraft,
  ownerId: string,
  links: LeadLinks | null,
): Promise<void> {
  const createdAt = iso(lead.createdMs);
  const initial: Selectable<LeadsTable> = {
    id: lead.id,
    company: lead.company,
    nameKey: nameDuplicateKey(lead.company) ?? '',
    contactName: lead.contactName,
    phone: lead.phone,
    phoneKey: phoneDuplicateKey(lead.phone),
    email: lead.email,
    industry: lead.industry,
    region: lead.region,
    requirement: lead.requirement,
    campaignId: lead.campaignId,
    sourceUserId: lead.marketer.id,
    ownerId,
    status: 'new',
    disqualifyReason: null,
    qualityRating: null,
    closedAt: null,
    closedBy: null,
    customerId: null,
    contactId: null,
    opportunityId: null,
    version: 1,
    createdBy: lead.marketer.id,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
    flagged: 0,
  };
  const o = lead.outcome;
  const final: Selectable<LeadsTable> = o
    ? {
        ...initial,
        status: o.status,
        disqualifyReason: o.reason,
        qualityRating: o.rating,
        closedAt: iso(o.closedMs),
        closedBy: ownerId,
        customerId: links?.customerId ?? null,
        contactId: links?.contactId ?? null,
        opportunityId: links?.opportunityId ?? null,
        version: 2,
        updatedAt: iso(o.closedMs),
      }
    : initial;
  await ctx.sink.push('leads', final);
  await ctx.sink.push('ownershipPeriods', {
    id: ctx.newId(lead.createdMs),
    entity: 'lead',
    recordId: lead.id,
    ownerId,
    startedAt: createdAt,
    endedAt: null,
  });
  await logCreate(ctx, 'lead', lead.id, lead.marketer.id, lead.createdMs, leadSnapshot(initial));
  if (o)
    await ctx.history({
      entity: 'lead',
      entityId: lead.id,
      action: 'update',
      actorId: ownerId,
      atMs: o.closedMs,
      before: leadSnapshot(initial),
      after: leadSnapshot(final),
    });
}
