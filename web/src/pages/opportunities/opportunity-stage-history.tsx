import { ArrowRightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { listStageChanges } from '../../api/opportunities-api';
import type { StageChange } from '../../api/opportunities-api';
import { COMPACT_TABLE } from '../../components/compact-table';
import { useFormatters } from '../../components/formatters';
import { useUserNames } from '../../components/people';
import { OPPORTUNITIES_KEY, useStageName } from './stage-data';

/** Every stage change: from → to, when it happened vs when it was entered, by whom and why. */
export function OpportunityStageHistory({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const names = useUserNames();
  const stageName = useStageName();
  const changes = useQuery({
    queryKey: [...OPPORTUNITIES_KEY, 'stages', opportunityId],
    queryFn: () => listStageChanges(opportunityId),
  });
  const columns: TableProps<StageChange>['columns'] = [
    {
      key: 'change',
      title: t('dealRecords.opportunity.change'),
      render: (_, c) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {c.fromStageId ? stageName(c.fromStageId) : t('dealRecords.opportunity.created')}{' '}
          <ArrowRightOutlined style={{ fontSize: 11 }} /> <strong>{stageName(c.toStageId)}</strong>
        </span>
      ),
    },
    {
      key: 'effectiveAt',
      title: t('deals.opportunities.effective'),
      render: (_, c) => format.dateTime(c.effectiveAt),
    },
    {
      key: 'recordedAt',
      title: t('deals.opportunities.recorded'),
      render: (_, c) => (
        <>
          {format.dateTime(c.recordedAt)}{' '}
          {!c.timely && (
            <Tooltip title={t('dealRecords.opportunity.lateHelp')}>
              <Tag color="warning">{t('deals.opportunities.late')}</Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      key: 'actor',
      title: t('dealRecords.opportunity.by'),
      render: (_, c) => (c.actorId ? (names.get(c.actorId) ?? '') : t('records.history.system')),
    },
    {
      key: 'reason',
      title: t('deals.opportunities.reason'),
      render: (_, c) =>
        c.reason ? (
          <Typography.Text ellipsis={{ tooltip: c.reason }} style={{ maxWidth: 260 }}>
            {c.reason}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Table<StageChange>
      data-testid="stage-history"
      {...COMPACT_TABLE}
      columns={columns}
      dataSource={changes.data?.items}
      loading={changes.isPending}
      locale={{ emptyText: <Empty description={t('dealRecords.opportunity.noStageChanges')} /> }}
    />
  );
}
