import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import {
  invalidField,
  notFound,
  ownerChangeRefused,
  refusal,
  staleVersion,
} from '../../platform/errors/app-error.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { findUserById } from '../org/org.repository.js';
import {
  newRecordColumns,
  recordCreated,
  softDeleteWithHistory,
  updateWithHistory,
} from '../../platform/records/versioned-record.service.js';
import { canWriteCampaign, managesCampaigns } from './campaigns.policy.js';
import * as repo from './campaigns.repository.js';
import type {
  CreateCampaignInput,
  ListCampaignsQuery,
  UpdateCampaignInput,
} from './campaigns.schema.js';

const campaignRef = (id: string) => ({
  table: 'campaigns' as const,
  entity: 'campaign',
  label: 'campaign' as const,
  id,
});

export async function loadCampaign(
  db: Db,
  actor: Actor,
  id: string,
  need: 'read' | 'write' = 'read',
) {
  const campaign = await repo.findCampaign(db.kysely, id);
  if (!campaign) throw notFound('campaign');
  if (need === 'write' && !canWriteCampaign(actor, campaign))
    throw refusal('record_read_only', 'Only the owner, managers and admins change a campaign', {
      record: 'campaign',
    });
  return campaign;
}

/** A campaign with the names shown beside it (campaigns are read by everyone). */
export async function readCampaign(db: Db, id: string) {
  const campaign = await repo.findNamedCampaign(db.kysely, id);
  if (!campaign) throw notFound('campaign');
  return campaign;
}

export function listCampaigns(db: Db, query: ListCampaignsQuery) {
  const { q, channel, status, ownerId, departmentId, startFrom, startTo } = query;
  return repo.listCampaigns(
    db.kysely,
    { q, channel, status, ownerId, departmentId, startFrom, startTo },
    { by: query.sort, order: query.order },
    pageWindow(query),
  );
}

/** Handing a campaign to someone else is a manager's call, and it goes to an active marketing user. */
async function assertOwner(db: Db, actor: Actor, ownerId: string): Promise<void> {
  if (ownerId === actor.id) return;
  if (!managesCampaigns(actor))
    throw ownerChangeRefused(
      'campaign',
      'Only managers and admins give a campaign to someone else',
    );
  const user = await findUserById(db.kysely, ownerId);
  if (!user || user.active !== 1 || !user.roles.includes('marketing'))
    throw invalidField('ownerId', 'owner_not_marketing', 'owner must be an active marketing user');
}

export async function createCampaign(db: Db, actor: Actor, input: CreateCampaignInput) {
  const ownerId = input.ownerId ?? actor.id;
  await assertOwner(db, actor, ownerId);
  const now = nowIso();
  const id = newId();
  return inTransaction(db, async (trx) => {
    await repo.insertCampaign(trx, {
      id,
      name: input.name,
      channel: input.channel,
      ownerId,
      startOn: input.startOn,
      endOn: input.endOn ?? null,
      budgetCents: input.budgetCents,
      currency: input.currency,
      status: input.status,
      description: input.description ?? null,
      ...newRecordColumns(actor.id, now),
    });
    const stored = await recordCreated(trx, campaignRef(id), actor.id, repo.findCampaign);
    return stored;
  });
}

export async function updateCampaign(db: Db, actor: Actor, id: string, input: UpdateCampaignInput) {
  const before = await loadCampaign(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('campaign');
  const { version, ...fields } = input;
  const startOn = fields.startOn ?? before.startOn;
  const endOn = fields.endOn === undefined ? before.endOn : fields.endOn;
  if (endOn && endOn < startOn)
    throw invalidField('endOn', 'end_before_start', 'end date cannot be before the start date');
  if (fields.ownerId !== undefined && fields.ownerId !== before.ownerId)
    await assertOwner(db, actor, fields.ownerId);
  return inTransaction(db, (trx) =>
    updateWithHistory(
      trx,
      campaignRef(id),
      { version, changes: { ...fields, updatedAt: nowIso() }, actorId: actor.id, before },
      repo.findCampaign,
    ),
  );
}

export async function deleteCampaign(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  const campaign = await loadCampaign(db, actor, id, 'write');
  await softDeleteWithHistory(db, campaignRef(id), {
    version,
    currentVersion: campaign.version,
    actorId: actor.id,
  });
}
