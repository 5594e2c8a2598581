import {
  CheckCircleOutlined,
  EditOutlined,
  MergeCellsOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Lead } from '../../api/leads-api';
import { CustomerLink, RecordLink } from '../../components/customer-link';
import { DetailLoadState } from '../../components/detail-card';
import { useFormat } from '../../components/format';
import { PageHeading } from '../../components/page-heading';
import { HistoryTable } from '../../components/history-table';
import { LeadConvertDialog } from './lead-convert-dialog';
import { OPEN_LEAD_STATUSES, STATUS_COLORS, useLead } from './lead-data';
import { LeadDisqualifyDialog } from './lead-disqualify-dialog';
import { LeadFormDialog } from './lead-form-dialog';
import { LeadMergeDialog } from './lead-merge-dialog';
import { useLeadFieldLabel } from './lead-fields';

type Dialog = 'edit' | 'convert' | 'disqualify' | 'merge' | null;

export function LeadDetailPage() {
  const { id = '' } = useParams();
  const lead = useLead(id);
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!lead.data) {
    return (
      <DetailLoadState
        isLoading={lead.isLoading}
        error={lead.error}
        listPath="/leads"
        retry={lead.refetch}
      />
    );
  }
  const current = lead.data;
  const open = OPEN_LEAD_STATUSES.includes(current.status) && current.access === 'write';
  const close = () => setDialog(null);
  return (
    <>
      <PageHeading
        title={
          <Space wrap>
            {current.company}
            <Tag color={STATUS_COLORS[current.status]} data-testid="lead-status">
              {t(`deals.leads.statuses.${current.status}`)}
            </Tag>
          </Space>
        }
        extra={
          open && (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t('common.edit')}
              </Button>
              <Button
                icon={<MergeCellsOutlined />}
                data-testid="merge-lead"
                onClick={() => setDialog('merge')}
              >
                {t('search.merge.leadAction')}
              </Button>
              <Button
                icon={<StopOutlined />}
                data-testid="disqualify-lead"
                onClick={() => setDialog('disqualify')}
              >
                {t('deals.leads.disqualify')}
              </Button>
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                data-testid="convert-lead"
                onClick={() => setDialog('convert')}
              >
                {t('deals.leads.convert')}
              </Button>
            </Space>
          )
        }
      />
      <Card>
        <Tabs
          items={[
            {
              key: 'details',
              label: t('deals.common.details'),
              children: <LeadFacts lead={current} />,
            },
            {
              key: 'history',
              label: t('deals.common.history'),
              children: <LeadHistory id={current.id} />,
            },
          ]}
        />
      </Card>
      <LeadFormDialog
        key={`edit-${current.version}`}
        open={dialog === 'edit'}
        lead={current}
        onClose={close}
      />
      <LeadConvertDialog
        key={`convert-${current.version}`}
        open={dialog === 'convert'}
        lead={current}
        onClose={close}
      />
      <LeadDisqualifyDialog open={dialog === 'disqualify'} lead={current} onClose={close} />
      <LeadMergeDialog
        key={`merge-${current.version}`}
        open={dialog === 'merge'}
        lead={current}
        onClose={close}
      />
    </>
  );
}

function LeadHistory({ id }: { id: string }) {
  const fieldLabel = useLeadFieldLabel();
  return <HistoryTable collection="leads" id={id} fieldLabel={fieldLabel} />;
}

function LeadFacts({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : '');
  const label = useLeadFieldLabel();
  return (
    <Flex vertical gap={16}>
      {lead.status === 'converted' && (
        <Space wrap data-testid="conversion-links">
          {lead.customerId && (
            <Link to={`/customers/${lead.customerId}`}>{t('deals.leads.openCustomer')}</Link>
          )}
          {lead.opportunityId && (
            <Link to={`/opportunities/${lead.opportunityId}`} data-testid="lead-opportunity-link">
              {t('deals.leads.openOpportunity')}
            </Link>
          )}
        </Space>
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'contactName', label: label('contactName'), children: lead.contactName },
          { key: 'phone', label: label('phone'), children: lead.phone },
          { key: 'email', label: label('email'), children: lead.email },
          { key: 'industry', label: label('industry'), children: lead.industry },
          { key: 'region', label: label('region'), children: lead.region },
          { key: 'owner', label: label('ownerId'), children: lead.ownerName ?? '' },
          { key: 'source', label: label('sourceUserId'), children: lead.sourceUserName ?? '' },
          ...(lead.status === 'converted'
            ? [
                {
                  key: 'customer',
                  label: label('customerId'),
                  children: <CustomerLink id={lead.customerId} name={lead.customerName} />,
                },
                {
                  key: 'opportunity',
                  label: label('opportunityId'),
                  children: (
                    <RecordLink
                      path="opportunities"
                      id={lead.opportunityId}
                      name={lead.opportunityName}
                    />
                  ),
                },
              ]
            : []),
          { key: 'createdAt', label: label('createdAt'), children: when(lead.createdAt) },
          { key: 'closedAt', label: label('closedAt'), children: when(lead.closedAt) },
          {
            key: 'qualityRating',
            label: label('qualityRating'),
            children: lead.qualityRating ?? '—',
          },
          { key: 'reason', label: label('disqualifyReason'), children: lead.disqualifyReason },
          {
            key: 'requirement',
            label: label('requirement'),
            span: 'filled',
            children: lead.requirement,
          },
        ]}
      />
    </Flex>
  );
}
