import { DownOutlined, EditOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Dropdown, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { Opportunity } from '../../api/opportunities-api';
import { useCurrentUser } from '../../auth/current-user';
import { DetailLoadState } from '../../components/detail-card';
import { useFormatters } from '../../components/formatters';
import { HistoryTable } from '../../components/history-table';
import { PageHeading } from '../../components/page-heading';
import { DetailLayout } from '../../components/record-detail';
import { RecordCollaborators } from '../../components/record-collaborators';
import { useFieldLabel } from '../leads/lead-fields';
import { openQuickCapture } from '../quick-capture/quick-capture-events';
import { dealFacts } from '../contracts/linked-records';
import { OpportunityActivities } from './opportunity-activities';
import { OpportunityContracts } from './opportunity-contracts';
import { OpportunityFormDialog } from './opportunity-form-dialog';
import { OpportunityStageHistory } from './opportunity-stage-history';
import { StageChangeDialog } from './stage-change-dialog';
import type { StageMoveTarget } from './stage-change-dialog';
import { STATUS_COLORS, useOpportunity, useStageName, useStages } from './stage-data';

/** 商机详情: facts, stage history, follow-ups, contracts, collaborators and the change log. */
export function OpportunityDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const opportunity = useOpportunity(id);
  const user = useCurrentUser();
  const stages = useStages();
  const stageName = useStageName();
  const field = useFieldLabel('opportunities');
  const [editing, setEditing] = useState(false);
  const [move, setMove] = useState<StageMoveTarget>();
  if (!opportunity.data) {
    return (
      <DetailLoadState
        isLoading={opportunity.isLoading}
        error={opportunity.error}
        listPath="/opportunities"
        retry={opportunity.refetch}
      />
    );
  }
  const record = opportunity.data;
  const writable = record.access === 'write';
  const canReassign = user.roles.some((role) => role === 'manager' || role === 'admin');
  const targets = (stages.data ?? []).filter((s) => s.active && s.id !== record.stageId);

  return (
    <>
      <PageHeading
        title={
          <Space wrap>
            <span data-testid="opportunity-heading">{record.name}</span>
            <Tag color={STATUS_COLORS[record.status]} data-testid="opportunity-status">
              {t(`deals.opportunities.statuses.${record.status}`)}
            </Tag>
            <Tag>{stageName(record.stageId)}</Tag>
          </Space>
        }
        extra={
          <Space wrap>
            <Button
              icon={<ThunderboltOutlined />}
              onClick={() => openQuickCapture({ customerId: record.customerId })}
            >
              {t('dealRecords.opportunity.logFollowUp')}
            </Button>
            {writable && record.status === 'open' && (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: targets.map((stage) => ({ key: stage.id, label: stageName(stage.id) })),
                  onClick: ({ key }) => {
                    const stage = targets.find((s) => s.id === key);
                    if (stage) setMove({ opportunity: record, stage });
                  },
                }}
              >
                <Button data-testid="move-opportunity">
                  {t('deals.opportunities.move')} <DownOutlined />
                </Button>
              </Dropdown>
            )}
            {writable && (
              <Button
                type="primary"
                icon={<EditOutlined />}
                data-testid="edit-opportunity"
                onClick={() => setEditing(true)}
              >
                {t('common.edit')}
              </Button>
            )}
          </Space>
        }
      />
      {!writable && (
        <Alert type="info" showIcon title={t('records.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <DetailLayout
        side={
          <Card title={t('deals.common.details')}>
            <OpportunityFacts opportunity={record} />
          </Card>
        }
        tabs={[
          {
            key: 'stages',
            label: t('deals.opportunities.stageHistory'),
            children: <OpportunityStageHistory opportunityId={record.id} />,
          },
          {
            key: 'activities',
            label: t('deals.opportunities.activities'),
            children: <OpportunityActivities opportunityId={record.id} />,
          },
          {
            key: 'contracts',
            label: t('deals.contracts.title'),
            children: <OpportunityContracts opportunity={record} />,
          },
          {
            key: 'collaborators',
            label: t('deals.opportunities.collaborators'),
            children: (
              <RecordCollaborators collection="opportunities" id={record.id} writable={writable} />
            ),
          },
          {
            key: 'history',
            label: t('deals.common.history'),
            children: (
              <HistoryTable
                collection="opportunities"
                id={record.id}
                fieldLabel={field}
                valueLabel={(name, value) => (name === 'stageId' ? stageName(value) : undefined)}
              />
            ),
          },
        ]}
      />
      <OpportunityFormDialog
        key={`edit-${record.version}`}
        open={editing}
        opportunity={record}
        canReassign={canReassign}
        onClose={() => setEditing(false)}
      />
      <StageChangeDialog target={move} onClose={() => setMove(undefined)} />
    </>
  );
}

function OpportunityFacts({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const stageName = useStageName();
  const field = useFieldLabel('opportunities');
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : '—');
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        ...dealFacts(opportunity, field, format.money),
        { key: 'stage', label: field('stageId'), children: stageName(opportunity.stageId) },
        {
          key: 'status',
          label: field('status'),
          children: t(`deals.opportunities.statuses.${opportunity.status}`),
        },
        {
          key: 'expected',
          label: field('expectedCloseOn'),
          children: opportunity.expectedCloseOn ? format.date(opportunity.expectedCloseOn) : '—',
        },
        { key: 'owner', label: field('ownerId'), children: opportunity.ownerName ?? '' },
        {
          key: 'touched',
          label: field('lastTouchedAt'),
          children: when(opportunity.lastTouchedAt),
        },
        { key: 'closedAt', label: field('closedAt'), children: when(opportunity.closedAt) },
        { key: 'reason', label: field('closeReason'), children: opportunity.closeReason ?? '—' },
        { key: 'createdAt', label: field('createdAt'), children: when(opportunity.createdAt) },
      ]}
    />
  );
}
