import {
  EditOutlined,
  ExportOutlined,
  MergeCellsOutlined,
  SwapOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { getCustomer } from '../../api/customers-api';
import { FullPageSpin } from '../../components/full-page-spin';
import { HistoryTable } from '../../components/history-table';
import { PageHeading } from '../../components/page-heading';
import { RecordCollaborators } from '../../components/record-collaborators';
import { DetailLayout, DetailLoadFailed } from '../../components/record-detail';
import { useFormat } from '../../components/format';
import { openQuickCapture } from '../quick-capture/quick-capture-events';
import { CustomerFormDialog } from './customer-form-dialog';
import { CustomerMergeDialog } from './customer-merge-dialog';
import { STATUS_COLORS, useCustomerHistoryLabels } from './customer-labels';
import {
  CustomerContacts,
  CustomerContracts,
  CustomerOpportunities,
  CustomerTickets,
} from './customer-related';
import { CustomerTimeline } from './customer-timeline';
import { ReleaseButton } from './release-button';
import { StatusChangeDialog } from './status-change-dialog';

type Dialog = 'edit' | 'status' | 'merge' | null;

export function CustomerDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormat();
  const historyLabels = useCustomerHistoryLabels();
  const customer = useQuery({ queryKey: ['customers', 'one', id], queryFn: () => getCustomer(id) });
  const [dialog, setDialog] = useState<Dialog>(null);

  if (customer.isPending) return <FullPageSpin />;
  if (customer.isError) return <DetailLoadFailed error={customer.error} backTo="/customers" />;
  const record = customer.data;
  const writable = record.access === 'write';
  const text = (value: string | null) => value ?? '—';

  return (
    <>
      <PageHeading
        title={
          <Space wrap>
            <span data-testid="customer-title">{record.name}</span>
            <Tag color={STATUS_COLORS[record.status]}>
              {t(`customers.statuses.${record.status}`)}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            <Button
              type="primary"
              icon={<ThunderboltOutlined />}
              disabled={!writable}
              data-testid="customer-log"
              onClick={() => openQuickCapture({ customerId: record.id })}
            >
              {t('customers.detail.logFollowUp')}
            </Button>
            {writable && (
              <>
                <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                  {t('common.edit')}
                </Button>
                <Button icon={<SwapOutlined />} onClick={() => setDialog('status')}>
                  {t('customers.detail.changeStatus')}
                </Button>
                <Button
                  icon={<MergeCellsOutlined />}
                  data-testid="customer-merge"
                  onClick={() => setDialog('merge')}
                >
                  {t('search.merge.action')}
                </Button>
                {record.ownerId && <ReleaseButton customer={record} icon={<ExportOutlined />} />}
              </>
            )}
          </Space>
        }
      />
      {!writable && (
        <Alert type="info" showIcon title={t('records.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <DetailLayout
        side={
          <Card title={t('customers.detail.overview')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('customers.fields.ownerId')}>
                {record.ownerId ? (record.ownerName ?? '…') : t('customers.noOwner')}
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.fields.level')}>
                {record.level ? t(`customers.levels.${record.level}`) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.fields.phone')}>
                {text(record.phone)}
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.fields.email')}>
                {text(record.email)}
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.fields.industry')}>
                {text(record.industry)}
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.fields.region')}>
                {text(record.region)}
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.fields.source')}>
                {text(record.source)}
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.fields.address')}>
                {text(record.address)}
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.fields.requirement')}>
                {text(record.requirement)}
              </Descriptions.Item>
              <Descriptions.Item label={t('customers.fields.lastFollowUpAt')}>
                {record.lastFollowUpAt ? format.dateTime(record.lastFollowUpAt) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('records.createdAt')}>
                {format.dateTime(record.createdAt)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        }
        tabs={[
          {
            key: 'timeline',
            label: t('records.timeline.title'),
            children: <CustomerTimeline customerId={id} />,
          },
          {
            key: 'contacts',
            label: t('customers.detail.contacts'),
            children: <CustomerContacts customerId={id} writable={writable} />,
          },
          {
            key: 'opportunities',
            label: t('customers.detail.opportunities'),
            children: <CustomerOpportunities customerId={id} />,
          },
          {
            key: 'contracts',
            label: t('customers.detail.contracts'),
            children: <CustomerContracts customerId={id} />,
          },
          {
            key: 'tickets',
            label: t('customers.detail.tickets'),
            children: <CustomerTickets customerId={id} />,
          },
          {
            key: 'collaborators',
            label: t('customers.detail.collaborators'),
            children: <RecordCollaborators collection="customers" id={id} writable={writable} />,
          },
          {
            key: 'history',
            label: t('records.history.title'),
            children: <HistoryTable collection="customers" id={id} {...historyLabels} />,
          },
        ]}
      />
      <CustomerFormDialog
        key={`edit-${record.version}`}
        open={dialog === 'edit'}
        customer={record}
        onClose={() => setDialog(null)}
      />
      <CustomerMergeDialog
        key={`merge-${record.version}`}
        open={dialog === 'merge'}
        customer={record}
        onClose={() => setDialog(null)}
      />
      <StatusChangeDialog
        key={`status-${record.version}`}
        open={dialog === 'status'}
        customer={record}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
