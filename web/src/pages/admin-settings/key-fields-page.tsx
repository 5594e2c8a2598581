import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Flex, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  KEY_FIELDS,
  getAppraisalSettings,
  saveAppraisalSettings,
} from '../../api/admin-settings-api';
import type { AppraisalSettings } from '../../api/admin-settings-api';
import { useErrorReporter } from '../../components/use-error-reporter';
import { SettingsPageFrame } from './settings-page-frame';

const SETTINGS_KEY = ['settings', 'appraisal'] as const;

/** Which customer fields count for profile completeness, and when live scorecards show grades. */
export function KeyFieldsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AppraisalSettings>();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: getAppraisalSettings });
  const chosen = Form.useWatch('keyFields', form) ?? [];
  const [saving, setSaving] = useState(false);

  const save = async (values: AppraisalSettings) => {
    setSaving(true);
    try {
      // In the catalogue's order, so the stored list reads the same as the page.
      const keyFields = KEY_FIELDS.filter((field) => values.keyFields.includes(field));
      const saved = await saveAppraisalSettings({
        keyFields,
        gradeAfterWorkingDays: values.gradeAfterWorkingDays,
      });
      queryClient.setQueryData(SETTINGS_KEY, saved);
      void message.success(t('adminSettings.keyFields.saved'));
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <SettingsPageFrame
      title={t('adminSettings.keyFields.title')}
      intro={t('adminSettings.keyFields.intro')}
      query={settings}
      testId="key-fields-page"
    >
      <Card>
        <Form<AppraisalSettings>
          form={form}
          layout="vertical"
          initialValues={settings.data}
          onFinish={(values) => void save(values)}
        >
          <Form.Item
            name="keyFields"
            label={t('adminSettings.keyFields.fieldsLabel')}
            rules={[
              {
                required: true,
                type: 'array',
                min: 1,
                message: t('adminSettings.keyFields.atLeastOne'),
              },
            ]}
          >
            <Checkbox.Group data-testid="key-fields">
              <Flex wrap gap={12}>
                {KEY_FIELDS.map((field) => (
                  <Checkbox
                    key={field}
                    value={field}
                    data-testid={`key-field-${field}`}
                    style={{ minWidth: 140 }}
                  >
                    {t(`adminSettings.keyFields.fields.${field}`)}
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          </Form.Item>
          <Form.Item
            name="gradeAfterWorkingDays"
            label={t('adminSettings.keyFields.gradeAfterLabel')}
            extra={t('adminSettings.keyFields.gradeAfterHelp')}
            rules={[{ required: true, message: t('adminSettings.keyFields.gradeAfterRequired') }]}
          >
            <InputNumber
              min={0}
              max={20}
              precision={0}
              addonAfter={t('adminSettings.keyFields.workingDays')}
              data-testid="grade-after-working-days"
            />
          </Form.Item>
          <Flex gap={12} align="center" wrap>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={saving}
              data-testid="save-key-fields"
            >
              {t('common.save')}
            </Button>
            <Button
              icon={<UndoOutlined />}
              onClick={() => settings.data && form.setFieldsValue(settings.data)}
            >
              {t('adminSettings.keyFields.reset')}
            </Button>
            <Typography.Text type="secondary">
              {t('adminSettings.keyFields.selected', {
                count: chosen.length,
                total: KEY_FIELDS.length,
              })}
            </Typography.Text>
          </Flex>
        </Form>
      </Card>
    </SettingsPageFrame>
  );
}
