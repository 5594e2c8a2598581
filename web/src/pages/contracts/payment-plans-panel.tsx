import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Empty, Flex, Form, Input, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPlan, deletePlan, updatePlan } from '../../api/contracts-api';
import type { Contract, NewPlan, PaymentPlan } from '../../api/contracts-api';
import { DeleteAction } from './delete-action';
import { COMPACT_TABLE } from '../../components/compact-table';
import { useConflictReload } from '../../components/conflict-reload';
import { FormDialog } from '../../components/form-dialog';
import { useFormatters } from '../../components/formatters';
import { YuanInput } from '../../components/yuan-input';
import {
  plansKey,
  useContractPayments,
  useContractsChanged,
  usePlans,
  useRemoveFromContract,
} from './contract-data';
import { centsToYuan, yuanToCents } from './money-input';
import { PLAN_STATUS_COLORS, planStatus, receivedByPlan } from './plan-status';

type PlanForm = { dueOn: Dayjs; amountCents: number; note?: string };

/** 回款计划: when how much is due, what came in against each, add / edit / delete. */
export function PaymentPlansPanel({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormatters();
  const removeFromContract = useRemoveFromContract();
  const conflictReload = useConflictReload();
  const changed = useContractsChanged();
  const plans = usePlans(contract.id);
  const payments = useContractPayments(contract.id);
  const received = receivedByPlan(payments.data?.items ?? []);
  const [dialog, setDialog] = useState<{ open: boolean; plan?: PaymentPlan }>({ open: false });
  const writable = contract.access === 'write';
  const money = (cents: number) => format.money(cents, contract.currency);

  const save = async (values: PlanForm) => {
    const fields: NewPlan = {
      dueOn: values.dueOn.format('YYYY-MM-DD'),
      amountCents: yuanToCents(values.amountCents),
      note: values.note?.trim() || null,
    };
    const { plan } = dialog;
    if (plan) {
      await conflictReload([plansKey(contract.id)], () =>
        updatePlan(plan.id, { ...fields, version: plan.version }),
      );
      void message.success(t('dealRecords.plans.saved'));
    } else {
      await createPlan(contract.id, fields);
      void message.success(t('deals.contracts.planAdded'));
    }
    await changed();
  };

  const remove = (plan: PaymentPlan) =>
    removeFromContract(
      plansKey(contract.id),
      () => deletePlan(plan),
      t('dealRecords.plans.deleted'),
    );

  const columns: TableProps<PaymentPlan>['columns'] = [
    {
      key: 'dueOn',
      title: t('deals.contracts.planFields.dueOn'),
      render: (_, p) => format.date(p.dueOn),
    },
    {
      key: 'amount',
      title: t('dealRecords.plans.amount'),
      align: 'right',
      render: (_, p) => money(p.amountCents),
    },
    {
      key: 'received',
      title: t('dealRecords.plans.received'),
      align: 'right',
      render: (_, p) => money(received.get(p.id) ?? 0),
    },
    {
      key: 'status',
      title: t('dealRecords.plans.status'),
      render: (_, p) => {
        const status = planStatus(p, received.get(p.id) ?? 0);
        return (
          <Tag color={PLAN_STATUS_COLORS[status]}>{t(`dealRecords.plans.statuses.${status}`)}</Tag>
        );
      },
    },
    { key: 'note', title: t('deals.contracts.planFields.note'), render: (_, p) => p.note },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, p) =>
        p.access === 'write' && (
          <Flex gap={4}>
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              aria-label={t('common.edit')}
              onClick={() => setDialog({ open: true, plan: p })}
            />
            <DeleteAction
              confirm={t('dealRecords.plans.deleteConfirm')}
              onConfirm={() => remove(p)}
            />
          </Flex>
        ),
    },
  ];

  const editing = dialog.plan;
  return (
    <Flex vertical gap={12}>
      {writable && (
        <Button
          icon={<PlusOutlined />}
          style={{ alignSelf: 'start' }}
          data-testid="add-plan"
          onClick={() => setDialog({ open: true })}
        >
          {t('deals.contracts.addPlan')}
        </Button>
      )}
      <Table<PaymentPlan>
        data-testid="plans-table"
        {...COMPACT_TABLE}
        columns={columns}
        dataSource={plans.data?.items}
        loading={plans.isPending}
        locale={{ emptyText: <Empty description={t('deals.contracts.noPlans')} /> }}
      />
      <FormDialog<PlanForm>
        key={editing ? `${editing.id}@${editing.version}` : 'new'}
        open={dialog.open}
        title={editing ? t('dealRecords.plans.edit') : t('deals.contracts.addPlan')}
        initialValues={
          editing
            ? {
                dueOn: dayjs(editing.dueOn),
                amountCents: centsToYuan(editing.amountCents),
                note: editing.note ?? '',
              }
            : { amountCents: centsToYuan(Math.max(contract.balanceCents, 0)) }
        }
        onSubmit={save}
        onClose={() => setDialog({ open: false })}
      >
        <Form.Item
          name="dueOn"
          label={t('deals.contracts.planFields.dueOn')}
          rules={[{ required: true }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="plan-due-on" />
        </Form.Item>
        <Form.Item
          name="amountCents"
          label={t('deals.contracts.planFields.amountCents')}
          rules={[{ required: true }]}
        >
          <YuanInput data-testid="plan-amount" />
        </Form.Item>
        <Form.Item name="note" label={t('deals.contracts.planFields.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}
