import { applyFieldAccess, type FieldView } from '../../domain/access/field-access.js';
import type { Actor } from '../../platform/policy/actor.js';
import type { RecordAccess } from '../../platform/policy/record-access.js';
import { namesOf } from '../../platform/http/list-query.js';
import type { LeadNames, LeadRow, LeadWithFacts } from './leads.repository.js';
import type { LeadOut } from './leads.schema.js';

/** Owner within scope: full access. The source user (marketing, usually) follows their lead read-only. */
export function accessToLead(actor: Actor, lead: LeadWithFacts): RecordAccess {
  if (lead.ownerId !== null && Number(lead.inScope) === 1) return 'write';
  if (lead.sourceUserId === actor.id) return 'read';
  return null;
}

/** A lead as the caller may see it: fields hidden or masked for them come out so. */
export function presentLead(
  lead: LeadRow & Partial<LeadNames>,
  access: 'read' | 'write',
  view: FieldView,
): LeadOut {
  return applyFieldAccess(view, 'lead', {
    id: lead.id,
    company: lead.company,
    contactName: lead.contactName,
    phone: lead.phone,
    email: lead.email,
    industry: lead.industry,
    region: lead.region,
    requirement: lead.requirement,
    campaignId: lead.campaignId,
    sourceUserId: lead.sourceUserId,
    ownerId: lead.ownerId,
    status: lead.status,
    disqualifyReason: lead.disqualifyReason,
    qualityRating: lead.qualityRating,
    closedAt: lead.closedAt,
    closedBy: lead.closedBy,
    customerId: lead.customerId,
    contactId: lead.contactId,
    opportunityId: lead.opportunityId,
    createdBy: lead.createdBy,
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt,
    version: lead.version,
    access,
    ...namesOf(lead, ['ownerName', 'sourceUserName', 'customerName', 'opportunityName']),
  });
}

/** The fields the history log follows for a lead. */
export function leadSnapshot(lead: LeadRow): Record<string, unknown> {
  const {
    nameKey: _n,
    phoneKey: _p,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    flagged: _f,
    ...fields
  } = lead;
  return fields;
}
