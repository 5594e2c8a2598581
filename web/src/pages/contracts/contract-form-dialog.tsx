import { App, Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { createContract, searchContracts, updateContract } from '../../api/contracts-api';
import type { Contract, ContractFields } from '../../api/contracts-api';
import { listOpportunities } from '../../api/opportunities-api';
import { useConflictReload } from '../../components/conflict-reload';
import { CustomerSelect } from '../../components/customer-select';
import { FormDialog } from '../../components/form-dialog';
import { RecordSelect } from '../../components/record-select';
import { YuanInput } from '../../components/yuan-input';
import { CONTRACTS_KEY, dayOrNull, useContractsChanged } from './contract-data';
import { centsToYuan, yuanToCents } from './money-input';

/** The form holds yuan and days; field names match the API so its errors land on them. */
type ContractForm = {
  customerId: string;
  opportunityId?: string | null;
  number: string;
  title: string;
  amountCents: number;
  signedOn: Dayjs;
  startOn?: Dayjs | null;
  endOn?: Dayjs | null;
  renewalOf?: string | null;
};

type ContractFormDialogProps = {
  open: boolean;
  contract?: Contract;
  /** Preselected customer (and opportunity) of a new contract. */
  preset?: { customerId?: string; opportunityId?: string };
  onClose: () => void;
  onCreated?: (contract: Contract) => void;
};

type Preset = ContractFormDialogProps['preset'];

const toDay = (value: string | null) => (value ? dayjs(value) : null);

function initialValues(contract?: Contract, preset?: Preset): Partial<ContractForm> {
  if (!contract) return { ...preset, signedOn: dayjs() };
  return {
    ...contract,
    amountCents: centsToYuan(contract.amountCents),
    signedOn: dayjs(contract.signedOn),
    startOn: toDay(contract.startOn),
    endOn: toDay(contract.endOn),
  };
}

export function ContractFormDialog({
  open,
  contract,
  preset,
  onClose,
  onCreated,
}: ContractFormDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const changed = useContractsChanged();
  const conflictReload = useConflictReload();

  const submit = async (values: ContractForm) => {
    const fields: ContractFields = {
      number: values.number.trim(),
      title: values.title.trim(),
      amountCents: yuanToCents(values.amountCents),
      signedOn: values.signedOn.format('YYYY-MM-DD'),
      startOn: dayOrNull(values.startOn),
      endOn: dayOrNull(values.endOn),
      opportunityId: values.opportunityId ?? null,
      renewalOf: values.renewalOf ?? null,
    };
    if (contract) {
      await conflictReload([CONTRACTS_KEY], () =>
        updateContract(contract.id, { ...fields, version: contract.version }),
      );
      void message.success(t('deals.contracts.saved', { number: fields.number }));
    } else {
      const created = await createContract({
        ...fields,
        customerId: values.customerId,
        currency: 'CNY',
      });
      void message.success(t('deals.contracts.created', { number: created.number }));
      onCreated?.(created);
    }
    await changed();
  };

  return (
    <FormDialog<ContractForm>
      open={open}
      title={contract ? t('deals.contracts.edit') : t('deals.contracts.create')}
      initialValues={initialValues(contract, preset)}
      onSubmit={submit}
      onClose={onClose}
    >
      <div data-testid="contract-form">
        <CustomerAndLinks contract={contract} />
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="number"
              label={t('deals.contracts.fields.number')}
              rules={[{ required: true, whitespace: true, max: 64 }]}
            >
              <Input data-testid="contract-number" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item
              name="title"
              label={t('deals.contracts.fields.title')}
              rules={[{ required: true, whitespace: true, max: 200 }]}
            >
              <Input data-testid="contract-title" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="amountCents"
              label={t('deals.contracts.fields.amountYuan')}
              rules={[{ required: true }]}
            >
              <YuanInput data-testid="contract-amount" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="signedOn"
              label={t('deals.contracts.fields.signedOn')}
              rules={[{ required: true }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(day) => day.isAfter(dayjs(), 'day')}
                data-testid="contract-signed-on"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="startOn" label={t('deals.contracts.fields.startOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="endOn"
              label={t('deals.contracts.fields.endOn')}
              dependencies={['startOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, end: Dayjs | null | undefined) => {
                    const start: Dayjs | null | undefined = getFieldValue('startOn');
                    return end && start && end.isBefore(start, 'day')
                      ? Promise.reject(new Error(t('dealRecords.contracts.endBeforeStart')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </div>
    </FormDialog>
  );
}

/** The customer (fixed once created), its opportunity and the contract this one renews. */
function CustomerAndLinks({ contract }: { contract?: Contract }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ContractForm>();
  const customerId: string | undefined = Form.useWatch('customerId', form);
  const pickFirst = customerId ? undefined : t('dealRecords.contracts.customerFirst');
  return (
    <>
      <Form.Item
        name="customerId"
        label={t('deals.contracts.fields.customerId')}
        rules={[{ required: true }]}
      >
        <CustomerSelect
          disabled={Boolean(contract)}
          data-testid="contract-customer"
          onChange={() => form.setFieldsValue({ opportunityId: null, renewalOf: null })}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="opportunityId" label={t('deals.contracts.fields.opportunityId')}>
            <RecordSelect
              key={`opportunities-${customerId ?? ''}`}
              kind={`opportunities-of-${customerId ?? ''}`}
              search={(q) => searchOpportunitiesOf(customerId, q)}
              disabled={!customerId}
              placeholder={pickFirst}
              allowClear
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="renewalOf" label={t('deals.contracts.fields.renewalOf')}>
            <RecordSelect
              key={`contracts-${customerId ?? ''}`}
              kind={`contracts-of-${customerId ?? ''}`}
              search={(q) => searchRenewable(customerId, q, contract?.id)}
              disabled={!customerId}
              placeholder={pickFirst}
              allowClear
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

async function searchOpportunitiesOf(customerId: string | undefined, q: string) {
  if (!customerId) return { items: [], total: 0, totalCapped: false, page: 1, pageSize: 30 };
  const found = await listOpportunities({ page: 1, pageSize: 30, customerId, q: q || undefined });
  return { ...found, items: found.items.map(({ id, name }) => ({ id, name })) };
}

/** The customer's other contracts (a contract cannot renew itself). */
async function searchRenewable(customerId: string | undefined, q: string, self?: string) {
  if (!customerId) return { items: [], total: 0, totalCapped: false, page: 1, pageSize: 30 };
  const found = await searchContracts(q, customerId);
  return { ...found, items: found.items.filter((item) => item.id !== self) };
}
