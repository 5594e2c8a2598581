import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_LEVELS } from '../../api/customers-api';
import { getPoolSettings, replacePoolSettings } from '../../api/pool-contacts-api';
import type { PoolRule, PoolSettings } from '../../api/pool-contacts-api';
import { useErrorReporter } from '../../components/use-error-reporter';
import { SettingsPageFrame } from './settings-page-frame';

const SETTINGS_KEY = ['pool', 'settings'] as const;

/** A rule as the form holds it: the select cannot hold null, so "any level" is spelled out. */
type RuleValues = Omit<PoolRule, 'level'> & { level: PoolRule['level'] | 'any' };
type PoolSettingsValues = Omit<PoolSettings, 'rules' | 'version'> & { rules: RuleValues[] };

const toValues = (settings: PoolSettings): PoolSettingsValues => ({
  claimCap: settings.claimCap,
  reclaimCooldownDays: settings.reclaimCooldownDays,
  rules: settings.rules.map((rule) => ({ ...rule, level: rule.level ?? 'any' })),
});

/** An emptied number box gives undefined or null; the server wants null for "not used". */
const daysOrNull = (days: number | null | undefined) => days ?? null;

/** The claim cap, the reclaim cool-down and the return-to-pool rules of the public pool. */
export function PoolSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PoolSettingsValues>();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: getPoolSettings });
  const [saving, setSaving] = useState(false);

  const save = async (values: PoolSettingsValues) => {
    if (!settings.data) return;
    setSaving(true);
    try {
      const saved = await replacePoolSettings({
        version: settings.data.version,
        claimCap: values.claimCap,
        reclaimCooldownDays: values.reclaimCooldownDays,
        rules: (values.rules ?? []).map((rule) => ({
          level: rule.level === 'any' ? null : rule.level,
          daysWithoutFollowUp: daysOrNull(rule.daysWithoutFollowUp),
          daysWithoutDeal: daysOrNull(rule.daysWithoutDeal),
        })),
      });
      queryClient.setQueryData(SETTINGS_KEY, saved);
      form.setFieldsValue(toValues(saved));
      void message.success(t('systemAdmin.poolSettings.saved'));
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  };

  const levelOptions = [
    { value: 'any', label: t('systemAdmin.poolSettings.anyLevel') },
    ...CUSTOMER_LEVELS.map((level) => ({ value: level, label: t(`customers.levels.${level}`) })),
  ];

  return (
    <SettingsPageFrame
      title={t('systemAdmin.poolSettings.title')}
      intro={t('systemAdmin.poolSettings.intro')}
      query={settings}
      testId="pool-settings-page"
    >
      <Card>
        <Form<PoolSettingsValues>
          form={form}
          layout="vertical"
          initialValues={settings.data && toValues(settings.data)}
          onFinish={(values) => void save(values)}
        >
          <Flex wrap gap={24}>
            <Form.Item
              name="claimCap"
              label={t('systemAdmin.poolSettings.claimCap')}
              extra={t('systemAdmin.poolSettings.claimCapHelp')}
              rules={[{ required: true }]}
              style={{ minWidth: 240, flex: 1 }}
            >
              <InputNumber
                min={0}
                max={100_000}
                precision={0}
                addonAfter={t('systemAdmin.poolSettings.customers')}
                data-testid="claim-cap"
              />
            </Form.Item>
            <Form.Item
              name="reclaimCooldownDays"
              label={t('systemAdmin.poolSettings.cooldown')}
              extra={t('systemAdmin.poolSettings.cooldownHelp')}
              rules={[{ required: true }]}
              style={{ minWidth: 240, flex: 1 }}
            >
              <InputNumber
                min={0}
                max={3650}
                precision={0}
                addonAfter={t('systemAdmin.poolSettings.days')}
                data-testid="reclaim-cooldown"
              />
            </Form.Item>
          </Flex>
          <Typography.Title level={5}>{t('systemAdmin.poolSettings.rules')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('systemAdmin.poolSettings.rulesHelp')}
          </Typography.Paragraph>
          <Form.List name="rules">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8} style={{ marginBottom: 16 }}>
                {fields.length === 0 && (
                  <Typography.Text type="secondary">
                    {t('systemAdmin.poolSettings.noRules')}
                  </Typography.Text>
                )}
                {fields.map((field) => (
                  <Flex key={field.key} wrap gap={12} align="end" data-testid="pool-rule">
                    <Form.Item
                      name={[field.name, 'level']}
                      label={t('systemAdmin.poolSettings.level')}
                      style={{ minWidth: 140, marginBottom: 0 }}
                    >
                      <Select options={levelOptions} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'daysWithoutFollowUp']}
                      label={t('systemAdmin.poolSettings.withoutFollowUp')}
                      style={{ marginBottom: 0 }}
                    >
                      <InputNumber min={1} max={3650} precision={0} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'daysWithoutDeal']}
                      label={t('systemAdmin.poolSettings.withoutDeal')}
                      style={{ marginBottom: 0 }}
                    >
                      <InputNumber min={1} max={3650} precision={0} />
                    </Form.Item>
                    <Button
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('systemAdmin.poolSettings.removeRule')}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                {fields.length < levelOptions.length && (
                  <Button
                    icon={<PlusOutlined />}
                    style={{ alignSelf: 'start' }}
                    onClick={() =>
                      add({ level: 'any', daysWithoutFollowUp: null, daysWithoutDeal: null })
                    }
                  >
                    {t('systemAdmin.poolSettings.addRule')}
                  </Button>
                )}
              </Flex>
            )}
          </Form.List>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={saving}
            data-testid="save-pool-settings"
          >
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </SettingsPageFrame>
  );
}
