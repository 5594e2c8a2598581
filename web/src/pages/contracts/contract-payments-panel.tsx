import { DollarOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Tag, Tooltip } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePayment } from '../../api/contracts-api';
import type { Contract, Payment } from '../../api/contracts-api';
import { DeleteAction } from './delete-action';
import { COMPACT_TABLE } from '../../components/compact-table';
import { useFormatters } from '../../components/formatters';
import { useUserNames } from '../../components/people';
import {
  contractPaymentsKey,
  useContractPayments,
  usePlans,
  useRemoveFromContract,
} from './contract-data';
import { PaymentDialog } from './payment-dialog';

/** 回款记录 of one contract, newest first; record a payment or delete a mistaken one. */
export function ContractPaymentsPanel({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const names = useUserNames();
  const removeFromContract = useRemoveFromContract();
  const payments = useContractPayments(contract.id);
  const plans = usePlans(contract.id);
  const [recording, setRecording] = useState(false);
  const planDue = new Map((plans.data?.items ?? []).map((plan) => [plan.id, plan.dueOn]));

  const remove = (payment: Payment) =>
    removeFromContract(
      contractPaymentsKey(contract.id),
      () => deletePayment(payment),
      t('dealRecords.payments.deleted'),
    );

  const columns: TableProps<Payment>['columns'] = [
    {
      key: 'receivedOn',
      title: t('deals.payments.fields.receivedOn'),
      render: (_, p) => format.date(p.receivedOn),
    },
    {
      key: 'amount',
      title: t('dealRecords.payments.amount'),
      align: 'right',
      render: (_, p) => format.money(p.amountCents, contract.currency),
    },
    { key: 'method', title: t('deals.payments.fields.method'), render: (_, p) => p.method },
    {
      key: 'plan',
      title: t('deals.payments.fields.planId'),
      render: (_, p) => {
        const due = p.planId ? planDue.get(p.planId) : undefined;
        return due ? format.date(due) : '—';
      },
    },
    {
      key: 'recordedAt',
      title: t('deals.payments.fields.recordedAt'),
      render: (_, p) => (
        <Tooltip title={names.get(p.ownerId)}>
          {format.dateTime(p.recordedAt)}{' '}
          <Tag color={p.timely ? 'default' : 'warning'}>
            {p.timely ? t('deals.payments.onTime') : t('deals.payments.late')}
          </Tag>
        </Tooltip>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, p) =>
        p.access === 'write' && (
          <DeleteAction
            confirm={t('dealRecords.payments.deleteConfirm')}
            onConfirm={() => remove(p)}
          />
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      {contract.access === 'write' && (
        <Button
          type="primary"
          icon={<DollarOutlined />}
          style={{ alignSelf: 'start' }}
          data-testid="record-payment"
          onClick={() => setRecording(true)}
        >
          {t('deals.contracts.recordPayment')}
        </Button>
      )}
      <Table<Payment>
        data-testid="payments-table"
        {...COMPACT_TABLE}
        columns={columns}
        dataSource={payments.data?.items}
        loading={payments.isPending}
        locale={{ emptyText: <Empty description={t('deals.contracts.noPayments')} /> }}
      />
      <PaymentDialog open={recording} contract={contract} onClose={() => setRecording(false)} />
    </Flex>
  );
}
