import { PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RECOGNITION_KEY,
  createBadge,
  getRecognitionSettings,
  listBadges,
  saveRecognitionSettings,
  setBadgeActive,
  setBuiltInBadgeActive,
  type Badge,
  type RecognitionSettings,
} from '../../api/recognition-api';
import { useErrorReporter } from '../../components/use-error-reporter';
import { useMetricCatalog, useMetricText } from '../appraisal/appraisal-data';
import { useGrantName } from '../recognition/recognition-data';
import { SettingsPageFrame } from './settings-page-frame';

const SETTINGS_KEY = [...RECOGNITION_KEY, 'settings'] as const;
const BADGES_KEY = [...RECOGNITION_KEY, 'badges'] as const;

type NewBadge = {
  nameZh: string;
  nameEn: string;
  metric: string;
  threshold: number;
  window: 'cycles' | 'days' | 'month';
  count?: number;
};

/** Leaderboards on or off, their size, the award flag threshold, and the badges. */
export function RecognitionSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const nameOf = useGrantName();
  const text = useMetricText();
  const catalog = useMetricCatalog();
  const [form] = Form.useForm<RecognitionSettings>();
  const [badgeForm] = Form.useForm<NewBadge>();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: getRecognitionSettings });
  const badges = useQuery({ queryKey: BADGES_KEY, queryFn: listBadges });
  const windowKind = Form.useWatch('window', badgeForm) ?? 'cycles';
  const [saving, setSaving] = useState(false);

  const save = async (values: RecognitionSettings) => {
    setSaving(true);
    try {
      queryClient.setQueryData(SETTINGS_KEY, await saveRecognitionSettings(values));
      await queryClient.invalidateQueries({ queryKey: [...RECOGNITION_KEY, 'leaderboards'] });
      void message.success(t('recognition.admin.saved'));
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  };

  const addBadge = async (values: NewBadge) => {
    const window =
      values.window === 'month'
        ? { kind: 'month' as const }
        : values.window === 'days'
          ? { kind: 'days' as const, days: values.count ?? 30 }
          : { kind: 'cycles' as const, count: values.count ?? 1 };
    try {
      await createBadge({
        nameZh: values.nameZh,
        nameEn: values.nameEn,
        rule: { metric: values.metric, threshold: values.threshold, window },
      });
      badgeForm.resetFields();
      await queryClient.invalidateQueries({ queryKey: BADGES_KEY });
      void message.success(t('recognition.admin.created'));
    } catch (error) {
      reportError(error, badgeForm);
    }
  };

  const toggle = async (badge: Badge, active: boolean) => {
    try {
      await (badge.builtIn ? setBuiltInBadgeActive : setBadgeActive)(badge, active);
      await queryClient.invalidateQueries({ queryKey: BADGES_KEY });
    } catch (error) {
      reportError(error);
    }
  };

  const ruleText = (badge: Badge) => {
    const { metric, threshold, window } = badge.rule;
    const dir = text.definition(metric)?.dir ?? '+';
    return t(`recognition.admin.rule.${window.kind}`, {
      metric: text.name(metric),
      op: dir === '+' ? '≥' : '≤',
      threshold: text.value(metric, threshold),
      count: window.kind === 'cycles' ? window.count : window.kind === 'days' ? window.days : 0,
    });
  };

  return (
    <SettingsPageFrame
      title={t('recognition.admin.title')}
      intro={t('recognition.admin.intro')}
      query={settings}
      testId="recognition-settings-page"
    >
      <Flex vertical gap={16}>
        <Card>
          <Form<RecognitionSettings>
            form={form}
            layout="vertical"
            initialValues={settings.data}
            onFinish={(values) => void save(values)}
          >
            <Form.Item
              name="leaderboardsEnabled"
              label={t('recognition.admin.leaderboardsEnabled')}
              valuePropName="checked"
            >
              <Switch data-testid="leaderboards-enabled" />
            </Form.Item>
            <Form.Item
              name="leaderboardSize"
              label={t('recognition.admin.leaderboardSize')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={50} precision={0} />
            </Form.Item>
            <Form.Item
              name="awardMaxOpenFlags"
              label={t('recognition.admin.awardMaxOpenFlags')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={100} precision={0} />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={saving}
              data-testid="save-recognition-settings"
            >
              {t('common.save')}
            </Button>
          </Form>
        </Card>
        <Card title={t('recognition.admin.badges')} styles={{ body: { overflowX: 'auto' } }}>
          <Table<Badge>
            size="small"
            rowKey="key"
            loading={badges.isPending}
            dataSource={badges.data ?? []}
            pagination={false}
            columns={[
              {
                title: t('recognition.admin.badges'),
                key: 'name',
                render: (_, badge) => (
                  <Flex gap={6} wrap>
                    {nameOf(badge)}
                    {badge.builtIn && <Tag>{t('recognition.admin.builtIn')}</Tag>}
                  </Flex>
                ),
              },
              { title: t('recognition.admin.metric'), key: 'rule', render: (_, b) => ruleText(b) },
              {
                title: t('recognition.admin.active'),
                key: 'active',
                render: (_, badge) => (
                  <Switch
                    checked={badge.active}
                    onChange={(active) => void toggle(badge, active)}
                  />
                ),
              },
            ]}
          />
        </Card>
        <Card title={t('recognition.admin.newBadge')}>
          <Form<NewBadge>
            form={badgeForm}
            layout="vertical"
            initialValues={{ window: 'cycles', count: 1 }}
            onFinish={(values) => void addBadge(values)}
          >
            <Flex gap={12} wrap>
              <Form.Item
                name="nameZh"
                label={t('recognition.admin.nameZh')}
                rules={[{ required: true }]}
              >
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item
                name="nameEn"
                label={t('recognition.admin.nameEn')}
                rules={[{ required: true }]}
              >
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item
                name="metric"
                label={t('recognition.admin.metric')}
                rules={[{ required: true }]}
                style={{ minWidth: 220 }}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={catalog.isPending}
                  options={(catalog.data ?? []).map((m) => ({
                    value: m.id,
                    label: text.name(m.id),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="threshold"
                label={t('recognition.admin.threshold')}
                extra={t('recognition.admin.thresholdHelp')}
                rules={[{ required: true }]}
                validateTrigger="onSubmit"
              >
                <InputNumber min={0} />
              </Form.Item>
              <Form.Item name="window" label={t('recognition.admin.window')}>
                <Select
                  style={{ minWidth: 140 }}
                  options={(['cycles', 'days', 'month'] as const).map((kind) => ({
                    value: kind,
                    label: t(`recognition.admin.windows.${kind}`),
                  }))}
                />
              </Form.Item>
              {windowKind !== 'month' && (
                <Form.Item
                  name="count"
                  label={t('recognition.admin.count')}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={1} max={windowKind === 'days' ? 365 : 12} precision={0} />
                </Form.Item>
              )}
            </Flex>
            <Button htmlType="submit" icon={<PlusOutlined />}>
              {t('recognition.admin.newBadge')}
            </Button>
          </Form>
        </Card>
      </Flex>
    </SettingsPageFrame>
  );
}
