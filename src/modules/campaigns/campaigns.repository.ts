import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { pageOfQuery, type Page } from '../../db/page-of-query.js';
import { ownerInDepartment } from '../../db/scope-filter.js';
import type { CampaignsTable } from '../../db/tables/crm.table.js';
import { containsText } from '../../db/text-search.js';

export type CampaignRow = Selectable<CampaignsTable>;

export type CampaignFilter = {
  q?: string | undefined;
  channel?: string | undefined;
  status?: CampaignRow['status'] | undefined;
  ownerId?: string | undefined;
  departmentId?: string | undefined;
  startFrom?: string | undefined;
  startTo?: string | undefined;
};

export async function findCampaign(
  executor: Executor,
  id: string,
): Promise<CampaignRow | undefined> {
  return executor
    .selectFrom('campaigns')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

/** Campaigns are read by everyone, so the list has no data-scope condition. */
export async function listCampaigns(
  executor: Executor,
  filter: CampaignFilter,
  sort: {
    by: 'name' | 'startOn' | 'endOn' | 'budgetCents' | 'createdAt' | 'updatedAt';
    order: 'asc' | 'desc';
  },
  page: Page,
): Promise<{ items: CampaignRow[]; total: number }> {
  let query = executor.selectFrom('campaigns').where('deletedAt', 'is', null);
  if (filter.q) query = query.where(containsText(filter.q, ['name']));
  if (filter.channel) query = query.where('channel', '=', filter.channel);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.ownerId) query = query.where('ownerId', '=', filter.ownerId);
  if (filter.departmentId) query = query.where(ownerInDepartment('owner_id', filter.departmentId));
  if (filter.startFrom) query = query.where('startOn', '>=', filter.startFrom);
  if (filter.startTo) query = query.where('startOn', '<=', filter.startTo);
  return pageOfQuery(query.selectAll().orderBy(sort.by, sort.order).orderBy('id'), page);
}

export async function insertCampaign(
  executor: Executor,
  row: Insertable<CampaignsTable>,
): Promise<void> {
  await executor.insertInto('campaigns').values(row).execute();
}
