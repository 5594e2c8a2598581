import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { Contract } from '../../api/contracts-api';
import { DetailLoadState } from '../../components/detail-card';
import { useFormatters } from '../../components/formatters';
import { HistoryTable } from '../../components/history-table';
import { PageHeading } from '../../components/page-heading';
import { DetailLayout } from '../../components/record-detail';
import { useFieldLabel } from '../leads/lead-fields';
import { ContractBalance } from './contract-balance';
import { useContract } from './contract-data';
import { ContractFormDialog } from './contract-form-dialog';
import { ContractPaymentsPanel } from './contract-payments-panel';
import { RecordLink } from '../../components/customer-link';
import { dealFacts, RenewedContract } from './linked-records';
import { PaymentPlansPanel } from './payment-plans-panel';

export function ContractDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const contract = useContract(id);
  const [editing, setEditing] = useState(false);
  const field = useFieldLabel('contracts');
  if (!contract.data) {
    return (
      <DetailLoadState
        isLoading={contract.isLoading}
        error={contract.error}
        listPath="/contracts"
        retry={contract.refetch}
      />
    );
  }
  const record = contract.data;
  const writable = record.access === 'write';
  return (
    <>
      <PageHeading
        title={
          <Space wrap>
            <span data-testid="contract-heading">{record.number}</span>
            <span>{record.title}</span>
            {record.renewalOf && <Tag color="purple">{t('deals.contracts.renewal')}</Tag>}
          </Space>
        }
        extra={
          writable && (
            <Button
              icon={<EditOutlined />}
              data-testid="edit-contract"
              onClick={() => setEditing(true)}
            >
              {t('common.edit')}
            </Button>
          )
        }
      />
      {!writable && (
        <Alert type="info" showIcon title={t('records.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <DetailLayout
        side={
          <Flex vertical gap={16}>
            <ContractBalance contract={record} />
            <Card title={t('deals.common.details')}>
              <ContractFacts contract={record} />
            </Card>
          </Flex>
        }
        tabs={[
          {
            key: 'payments',
            label: t('deals.contracts.payments'),
            children: <ContractPaymentsPanel contract={record} />,
          },
          {
            key: 'plans',
            label: <span data-testid="plans-tab">{t('deals.contracts.plans')}</span>,
            children: <PaymentPlansPanel contract={record} />,
          },
          {
            key: 'history',
            label: <span data-testid="history-tab">{t('deals.common.history')}</span>,
            children: <HistoryTable collection="contracts" id={record.id} fieldLabel={field} />,
          },
        ]}
      />
      <ContractFormDialog
        key={`edit-${record.version}`}
        open={editing}
        contract={record}
        onClose={() => setEditing(false)}
      />
    </>
  );
}

function ContractFacts({ contract }: { contract: Contract }) {
  const format = useFormatters();
  const field = useFieldLabel('contracts');
  const day = (value: string | null) => (value ? format.date(value) : '—');
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        ...dealFacts(contract, field, format.money),
        { key: 'signedOn', label: field('signedOn'), children: day(contract.signedOn) },
        { key: 'startOn', label: field('startOn'), children: day(contract.startOn) },
        { key: 'endOn', label: field('endOn'), children: day(contract.endOn) },
        {
          key: 'opportunity',
          label: field('opportunityId'),
          children: (
            <RecordLink
              path="opportunities"
              id={contract.opportunityId}
              name={contract.opportunityName}
            />
          ),
        },
        {
          key: 'renewalOf',
          label: field('renewalOf'),
          children: contract.renewalOf ? <RenewedContract id={contract.renewalOf} /> : '—',
        },
        { key: 'owner', label: field('ownerId'), children: contract.ownerName ?? '' },
        {
          key: 'createdAt',
          label: field('createdAt'),
          children: format.dateTime(contract.createdAt),
        },
      ]}
    />
  );
}
