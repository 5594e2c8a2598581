import { Alert, App, AutoComplete, Checkbox, DatePicker, Form, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client';
import { createPayment } from '../../api/contracts-api';
import type { Contract, PaymentPlan } from '../../api/contracts-api';
import { useFormatters } from '../../components/formatters';
import { useErrorReporter } from '../../components/use-error-reporter';
import { YuanInput } from '../../components/yuan-input';
import { useContractsChanged, usePlans } from './contract-data';
import { centsToYuan, yuanToCents } from './money-input';

type PaymentForm = {
  amountCents: number;
  receivedOn: Dayjs;
  method?: string;
  planId?: string | null;
  allowOverpayment?: boolean;
};

const METHODS = ['bank', 'cash', 'alipay', 'wechat', 'cheque'] as const;

/** The server refuses a payment above the balance unless overpayment is allowed. */
const isOverpayment = (error: unknown) =>
  error instanceof ApiError && error.code === 'contract_overpaid';

type PaymentDialogProps = { open: boolean; contract: Contract; onClose: () => void };

/**
 * 登记回款: amount, day received, method and plan. Paying more than is owed is explained and needs
 * "allow overpayment" ticked before it is sent again.
 */
export function PaymentDialog({ open, contract, onClose }: PaymentDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormatters();
  const reportError = useErrorReporter();
  const changed = useContractsChanged();
  const plans = usePlans(contract.id);
  const [form] = Form.useForm<PaymentForm>();
  const [submitting, setSubmitting] = useState(false);
  const [overpaid, setOverpaid] = useState(false);
  const balance = Math.max(contract.balanceCents, 0);
  const money = (cents: number) => format.money(cents, contract.currency);

  const close = () => {
    setOverpaid(false);
    onClose();
  };

  const finish = async (values: PaymentForm) => {
    setSubmitting(true);
    const amountCents = yuanToCents(values.amountCents);
    try {
      await createPayment(contract.id, {
        amountCents,
        receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        method: values.method?.trim() || null,
        planId: values.planId ?? null,
        allowOverpayment: overpaid && values.allowOverpayment === true,
      });
      void message.success(t('deals.contracts.paymentRecorded', { amount: money(amountCents) }));
      await changed();
      close();
    } catch (error) {
      if (isOverpayment(error)) {
        setOverpaid(true);
        form.setFields([
          {
            name: 'amountCents',
            errors: [t('dealRecords.payments.overBalance', { balance: money(balance) })],
          },
        ]);
        void changed();
      } else {
        reportError(error, form);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const planLabel = (plan: PaymentPlan) =>
    `${format.date(plan.dueOn)} · ${money(plan.amountCents)}${plan.note ? ` · ${plan.note}` : ''}`;

  return (
    <Modal
      open={open}
      title={t('deals.contracts.recordPayment')}
      onCancel={close}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: submitting }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<PaymentForm>
          form={form}
          layout="vertical"
          initialValues={{
            receivedOn: dayjs(),
            amountCents: balance > 0 ? centsToYuan(balance) : undefined,
          }}
          onFinish={(values) => void finish(values)}
          preserve={false}
        >
          {dialog}
        </Form>
      )}
    >
      <div data-testid="payment-dialog">
        {overpaid && (
          <Alert
            type="warning"
            showIcon
            data-testid="overpayment-explanation"
            style={{ marginBottom: 16 }}
            title={t('deals.contracts.overpaymentTitle')}
            description={t('deals.contracts.overpaymentExplain', { balance: money(balance) })}
          />
        )}
        <Form.Item
          name="amountCents"
          label={t('deals.payments.fields.amountCents')}
          rules={[{ required: true }]}
        >
          <YuanInput min={0.01} autoFocus data-testid="payment-amount" />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label={t('deals.payments.fields.receivedOn')}
          rules={[{ required: true }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            data-testid="payment-received-on"
          />
        </Form.Item>
        <Form.Item name="method" label={t('deals.payments.fields.method')} rules={[{ max: 50 }]}>
          <AutoComplete
            options={METHODS.map((method) => ({
              value: t(`dealRecords.payments.methods.${method}`),
            }))}
            data-testid="payment-method"
          />
        </Form.Item>
        <Form.Item name="planId" label={t('deals.payments.fields.planId')}>
          <Select
            allowClear
            loading={plans.isPending}
            data-testid="payment-plan"
            options={(plans.data?.items ?? []).map((plan) => ({
              value: plan.id,
              label: planLabel(plan),
            }))}
          />
        </Form.Item>
        {overpaid && (
          <Form.Item name="allowOverpayment" valuePropName="checked">
            <Checkbox data-testid="allow-overpayment">
              {t('deals.payments.fields.allowOverpayment')}
            </Checkbox>
          </Form.Item>
        )}
      </div>
    </Modal>
  );
}
