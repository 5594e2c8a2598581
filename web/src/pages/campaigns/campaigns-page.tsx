import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  listCampaigns,
  knownChannel,
  CAMPAIGN_CHANNELS,
  CAMPAIGN_STATUSES,
} from '../../api/service-api';
import type { CampaignListQuery, Campaign, CampaignStatus } from '../../api/service-api';
import { useFormat } from '../../components/format';
import { EnumFilter, SearchFilter } from '../../components/list-filters';
import { PageHeading } from '../../components/page-heading';
import { RecordTable } from '../../components/record-table';
import type { RecordColumn } from '../../components/record-table';
import { useUrlListState } from '../../components/url-list-state';
import { CAMPAIGNS_KEY, CampaignFormDialog } from './campaign-form-dialog';

const FILTERS = ['q', 'channel', 'status'] as const;
const SORTS = ['name', 'startOn', 'endOn', 'budgetCents', 'createdAt', 'updatedAt'] as const;
type CampaignSort = (typeof SORTS)[number];

const STATUS_COLORS: Record<CampaignStatus, string> = {
  planned: 'default',
  running: 'processing',
  finished: 'success',
  cancelled: 'error',
};

export function CampaignsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters, paging, setFilters, setPaging } = useUrlListState(FILTERS, SORTS);
  const sorted = {
    ...paging,
    sort: paging.sort ?? 'startOn',
    order: paging.order ?? 'desc',
  } as const;
  const query: CampaignListQuery = {
    ...sorted,
    q: filters.q,
    channel: CAMPAIGN_CHANNELS.find((channel) => channel === filters.channel),
    status: CAMPAIGN_STATUSES.find((status) => status === filters.status),
  };
  const [dialog, setDialog] = useState<{ open: boolean; campaign?: Campaign }>({ open: false });

  const columns: RecordColumn<Campaign>[] = [
    {
      key: 'name',
      title: t('service.campaigns.fields.name'),
      sortKey: 'name',
      render: (_, c) => c.name,
    },
    {
      key: 'channel',
      title: t('service.campaigns.fields.channel'),
      render: (_, c) => {
        const channel = knownChannel(c.channel);
        return channel ? t(`service.campaigns.channels.${channel}`) : c.channel;
      },
    },
    {
      key: 'status',
      title: t('service.campaigns.fields.status'),
      render: (_, c) => (
        <Tag color={STATUS_COLORS[c.status]}>{t(`service.campaigns.statuses.${c.status}`)}</Tag>
      ),
    },
    {
      key: 'owner',
      title: t('service.campaigns.fields.owner'),
      optional: true,
      render: (_, c) => c.ownerName ?? '…',
    },
    {
      key: 'startOn',
      title: t('service.campaigns.fields.startOn'),
      sortKey: 'startOn',
      render: (_, c) => format.date(c.startOn),
    },
    {
      key: 'endOn',
      title: t('service.campaigns.fields.endOn'),
      sortKey: 'endOn',
      optional: true,
      render: (_, c) => (c.endOn ? format.date(c.endOn) : '—'),
    },
    {
      key: 'budget',
      title: t('service.campaigns.fields.budget'),
      sortKey: 'budgetCents',
      align: 'right',
      render: (_, c) => format.money(c.budgetCents, c.currency),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, campaign) =>
        campaign.access === 'write' && (
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setDialog({ open: true, campaign })}
          >
            {t('common.edit')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeading
        title={t('service.campaigns.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ open: true })}>
            {t('service.campaigns.create')}
          </Button>
        }
      />
      <RecordTable<Campaign, CampaignSort>
        testId="campaigns-table"
        queryKey={[...CAMPAIGNS_KEY, 'list', query]}
        load={() => listCampaigns(query)}
        columns={columns}
        paging={sorted}
        onPaging={setPaging}
        storageKey="campaigns"
        filters={
          <>
            <SearchFilter
              value={filters.q}
              placeholder={t('service.campaigns.search')}
              width={200}
              onSearch={(q) => setFilters({ q })}
            />
            <EnumFilter
              value={filters.channel}
              values={CAMPAIGN_CHANNELS}
              label={(c) => t(`service.campaigns.channels.${c}`)}
              placeholder={t(`service.campaigns.fields.channel`)}
              onChange={(channel) => setFilters({ channel })}
            />
            <EnumFilter
              value={filters.status}
              values={CAMPAIGN_STATUSES}
              label={(s) => t(`service.campaigns.statuses.${s}`)}
              placeholder={t(`service.campaigns.fields.status`)}
              onChange={(status) => setFilters({ status })}
            />
          </>
        }
      />
      <CampaignFormDialog
        key={dialog.campaign ? `${dialog.campaign.id}@${dialog.campaign.version}` : 'new'}
        open={dialog.open}
        campaign={dialog.campaign}
        onClose={() => setDialog({ open: false })}
      />
    </>
  );
}
