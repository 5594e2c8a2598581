import { useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  createCampaign,
  updateCampaign,
  knownChannel,
  CAMPAIGN_CHANNELS,
  CAMPAIGN_STATUSES,
} from '../../api/service-api';
import type { CampaignFields, Campaign } from '../../api/service-api';
import { FormDialog } from '../../components/form-dialog';

export const CAMPAIGNS_KEY = ['campaigns'] as const;

type CampaignForm = Omit<CampaignFields, 'startOn' | 'endOn' | 'budgetCents'> & {
  startOn: Dayjs;
  endOn?: Dayjs | null;
  /** Yuan in the form, integer cents on the wire. */
  budget?: number | null;
};

const DAY = 'YYYY-MM-DD';

/** A channel the API no longer takes is left empty, for the user to choose one. */
function toForm(campaign: Campaign): Partial<CampaignForm> {
  return {
    name: campaign.name,
    channel: knownChannel(campaign.channel),
    status: campaign.status,
    description: campaign.description,
    startOn: dayjs(campaign.startOn),
    endOn: campaign.endOn ? dayjs(campaign.endOn) : null,
    budget: campaign.budgetCents / 100,
  };
}

export function CampaignFormDialog({
  open,
  campaign,
  onClose,
}: {
  open: boolean;
  campaign?: Campaign;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const submit = async ({ startOn, endOn, budget, ...values }: CampaignForm) => {
    const fields: CampaignFields = {
      ...values,
      name: values.name.trim(),
      description: values.description?.trim() || null,
      startOn: startOn.format(DAY),
      endOn: endOn ? endOn.format(DAY) : null,
      budgetCents: Math.round((budget ?? 0) * 100),
    };
    try {
      const saved = campaign
        ? await updateCampaign(campaign.id, { ...fields, version: campaign.version })
        : await createCampaign(fields);
      void message.success(t('service.campaigns.saved', { name: saved.name }));
    } finally {
      void queryClient.invalidateQueries({ queryKey: CAMPAIGNS_KEY });
    }
  };
  return (
    <FormDialog<CampaignForm>
      open={open}
      title={t(campaign ? 'service.campaigns.edit' : 'service.campaigns.create')}
      initialValues={
        campaign ? toForm(campaign) : { status: 'planned', channel: 'exhibition', startOn: dayjs() }
      }
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('service.campaigns.fields.name')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={200} autoFocus />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="channel"
            label={t('service.campaigns.fields.channel')}
            rules={[{ required: true }]}
          >
            <Select
              options={CAMPAIGN_CHANNELS.map((channel) => ({
                value: channel,
                label: t(`service.campaigns.channels.${channel}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="status" label={t('service.campaigns.fields.status')}>
            <Select
              options={CAMPAIGN_STATUSES.map((status) => ({
                value: status,
                label: t(`service.campaigns.statuses.${status}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="startOn"
            label={t('service.campaigns.fields.startOn')}
            rules={[{ required: true }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="endOn" label={t('service.campaigns.fields.endOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="budget" label={t('service.campaigns.fields.budget')}>
        <InputNumber min={0} precision={2} step={1000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="description" label={t('service.campaigns.fields.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
    </FormDialog>
  );
}
