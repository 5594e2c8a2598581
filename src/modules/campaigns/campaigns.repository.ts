import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { pageOfQuery, type Page, type ListPage } from '../../db/page-of-query.js';
import { ownerInDepartment } from '../../db/scope-filter.js';
import type { CampaignsTable } from '../../db/tables/crm.table.js';
import { containsText } from '../../db/text-search.js';
import { userNameOf } from '../../db/user-names.js';

export type CampaignRow = Selectable<CampaignsTable>;
/** The names shown with a campaign: its owner's. */
export type CampaignNames = { ownerName: string | null };
export type NamedCampaignRow = CampaignRow & CampaignNames;

const campaignNames = () => [userNameOf('campaigns.owner_id', 'ownerName')];

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

/** A live campaign with the names shown beside it. */
export async function findNamedCampaign(
  executor: Executor,
  id: string,
): Promise<NamedCampaignRow | undefined> {
  return executor
    .selectFrom('campaigns')
    .selectAll('campaigns')
    .select(campaignNames())
    .where('campaigns.id', '=', id)
    .where('campaigns.deletedAt', 'is', null)
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
): Promise<ListPage<NamedCampaignRow>> {
  let query = executor.selectFrom('campaigns').where('campaigns.deletedAt', 'is', null);
  if (filter.q) query = query.where(containsText(filter.q, ['campaigns.name']));
  if (filter.channel) query = query.where('campaigns.channel', '=', filter.channel);
  if (filter.status) query = query.where('campaigns.status', '=', filter.status);
  if (filter.ownerId) query = query.where('campaigns.ownerId', '=', filter.ownerId);
  if (filter.departmentId)
    query = query.where(ownerInDepartment('campaigns.owner_id', filter.departmentId));
  if (filter.startFrom) query = query.where('campaigns.startOn', '>=', filter.startFrom);
  if (filter.startTo) query = query.where('campaigns.startOn', '<=', filter.startTo);
  return pageOfQuery(
    executor,
    query
      .selectAll('campaigns')
      .select(campaignNames())
      .orderBy(`campaigns.${sort.by}`, sort.order)
      .orderBy('campaigns.id'),
    page,
  );
}

export async function insertCampaign(
  executor: Executor,
  row: Insertable<CampaignsTable>,
): Promise<void> {
  await executor.insertInto('campaigns').values(row).execute();
}
