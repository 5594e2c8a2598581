import { App, Checkbox, DatePicker, Divider, Form, Input, InputNumber, Rate, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { convertLead } from '../../api/leads-api';
import type { Lead, LeadConversion } from '../../api/leads-api';
import { useConflictReload } from '../../components/conflict-reload';
import { FormDialog } from '../../components/form-dialog';
import { yuanToCents } from '../contracts/money-input';
import { useStageName, useStages } from '../opportunities/stage-data';
import { LEADS_KEY, useLeadsChanged } from './lead-data';

type ConvertForm = Omit<LeadConversion, 'version' | 'opportunity'> & {
  withOpportunity: boolean;
  /** amountCents holds yuan while editing (so server errors on amountCents land here). */
  opportunity?: { name: string; amountCents: number; stageId?: string; expectedCloseOn?: Dayjs };
};

const orNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

type LeadConvertDialogProps = { open: boolean; lead: Lead; onClose: () => void };

/** Converts a lead into a customer with its primary contact and, optionally, an opportunity. */
export function LeadConvertDialog({ open, lead, onClose }: LeadConvertDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const stages = useStages();
  const stageName = useStageName();
  const changed = useLeadsChanged();
  const conflictReload = useConflictReload();
  const openStages = (stages.data ?? []).filter((stage) => stage.kind === 'open');

  const submit = async ({
    withOpportunity,
    opportunity,
    customer = {},
    contact = {},
    qualityRating,
  }: ConvertForm) => {
    const conversion: LeadConversion = {
      version: lead.version,
      qualityRating,
      customer: {
        name: customer.name?.trim(),
        phone: orNull(customer.phone),
        email: orNull(customer.email),
        industry: orNull(customer.industry),
        region: orNull(customer.region),
        requirement: orNull(customer.requirement),
      },
      contact: {
        name: contact.name?.trim() || undefined,
        title: orNull(contact.title),
        phone: orNull(contact.phone),
        email: orNull(contact.email),
      },
      opportunity:
        withOpportunity && opportunity
          ? {
              name: opportunity.name.trim(),
              amountCents: yuanToCents(opportunity.amountCents),
              currency: 'CNY',
              stageId: opportunity.stageId,
              expectedCloseOn: opportunity.expectedCloseOn?.format('YYYY-MM-DD') ?? null,
            }
          : undefined,
    };
    await conflictReload([LEADS_KEY], () => convertLead(lead.id, conversion));
    void message.success(t('deals.leads.converted', { name: lead.company }));
    await changed();
  };

  const initialValues: Partial<ConvertForm> = {
    qualityRating: 3,
    customer: {
      name: lead.company,
      phone: lead.phone,
      email: lead.email,
      industry: lead.industry,
      region: lead.region,
      requirement: lead.requirement,
    },
    contact: { name: lead.contactName ?? undefined, phone: lead.phone, email: lead.email },
    withOpportunity: true,
    opportunity: { name: lead.company, amountCents: 0, stageId: openStages[0]?.id },
  };

  return (
    <FormDialog<ConvertForm>
      open={open}
      title={t('deals.leads.convertTitle', { name: lead.company })}
      initialValues={initialValues}
      onSubmit={submit}
      onClose={onClose}
    >
      <div data-testid="convert-dialog">
        <Form.Item
          name="qualityRating"
          label={t('deals.leads.fields.qualityRating')}
          extra={t('deals.leads.ratingHelp')}
          rules={[{ required: true }]}
        >
          <Rate data-testid="convert-rating" />
        </Form.Item>
        <Divider titlePlacement="start">{t('deals.leads.sections.customer')}</Divider>
        <Form.Item
          name={['customer', 'name']}
          label={t('deals.leads.fields.customerName')}
          rules={[{ required: true }]}
        >
          <Input data-testid="convert-customer-name" />
        </Form.Item>
        <Form.Item name={['customer', 'phone']} label={t('deals.leads.fields.phone')}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name={['customer', 'industry']} label={t('deals.leads.fields.industry')}>
          <Input />
        </Form.Item>
        <Form.Item name={['customer', 'region']} label={t('deals.leads.fields.region')}>
          <Input />
        </Form.Item>
        <Divider titlePlacement="start">{t('deals.leads.sections.contact')}</Divider>
        <Form.Item name={['contact', 'name']} label={t('deals.leads.fields.contactName')}>
          <Input />
        </Form.Item>
        <Form.Item name={['contact', 'title']} label={t('deals.leads.fields.contactTitle')}>
          <Input />
        </Form.Item>
        <Divider titlePlacement="start">{t('deals.leads.sections.opportunity')}</Divider>
        <Form.Item name="withOpportunity" valuePropName="checked">
          <Checkbox data-testid="convert-with-opportunity">
            {t('deals.leads.withOpportunity')}
          </Checkbox>
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.withOpportunity !== b.withOpportunity}>
          {({ getFieldValue }) =>
            getFieldValue('withOpportunity') === true && (
              <>
                <Form.Item
                  name={['opportunity', 'name']}
                  label={t('deals.opportunities.fields.name')}
                  rules={[{ required: true }]}
                >
                  <Input data-testid="convert-opportunity-name" />
                </Form.Item>
                <Form.Item
                  name={['opportunity', 'amountCents']}
                  label={t('deals.opportunities.fields.amountYuan')}
                  rules={[{ required: true }]}
                >
                  <InputNumber<number>
                    min={0}
                    precision={2}
                    prefix="¥"
                    style={{ width: '100%' }}
                    data-testid="convert-opportunity-amount"
                  />
                </Form.Item>
                <Form.Item
                  name={['opportunity', 'stageId']}
                  label={t('deals.opportunities.fields.stage')}
                >
                  <Select
                    loading={stages.isLoading}
                    options={openStages.map((stage) => ({
                      value: stage.id,
                      label: stageName(stage.id),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={['opportunity', 'expectedCloseOn']}
                  label={t('deals.opportunities.fields.expectedCloseOn')}
                >
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </>
            )
          }
        </Form.Item>
      </div>
    </FormDialog>
  );
}
