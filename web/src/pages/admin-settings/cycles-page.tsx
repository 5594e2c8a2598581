import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Drawer, Flex, Grid, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../api/appraisal-api';
import { useFormatters } from '../../components/formatters';
import { useCycles } from '../appraisal/appraisal-data';
import { CycleStatusTag } from '../appraisal/score-summary';
import { CycleSteps } from '../team/cycle-steps';
import { CycleFormDialog } from './cycle-form-dialog';
import { SettingsPageFrame } from './settings-page-frame';

/** Appraisal cycles: the list with status, creating one, and moving it forward step by step. */
export function CyclesPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const screens = Grid.useBreakpoint();
  const cycles = useCycles();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const opened = cycles.data?.items.find((cycle) => cycle.id === openId);

  const narrow = screens.md === false;
  const periodOf = (cycle: Cycle) =>
    `${format.date(cycle.firstDay)} – ${format.date(cycle.lastDay)}`;

  const columns: TableProps<Cycle>['columns'] = [
    {
      key: 'name',
      title: t('adminSettings.cycles.name'),
      render: (_, cycle) => (
        <Flex vertical align="start">
          <Button type="link" style={{ padding: 0 }} onClick={() => setOpenId(cycle.id)}>
            {cycle.name}
          </Button>
          {/* On a phone the period goes under the name instead of into its own column. */}
          {narrow && <Typography.Text type="secondary">{periodOf(cycle)}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'kind',
      hidden: narrow,
      title: t('adminSettings.cycles.kind'),
      render: (_, cycle) => t(`adminSettings.cycles.kinds.${cycle.kind}`),
    },
    {
      key: 'period',
      title: t('adminSettings.cycles.period'),
      hidden: narrow,
      render: (_, cycle) => periodOf(cycle),
    },
    {
      key: 'status',
      title: t('adminSettings.cycles.status'),
      render: (_, cycle) => <CycleStatusTag status={cycle.status} />,
    },
    {
      key: 'computedAt',
      title: t('adminSettings.cycles.computedAt'),
      hidden: narrow,
      render: (_, cycle) =>
        cycle.computedAt ? (
          format.dateTime(cycle.computedAt)
        ) : (
          <Typography.Text type="secondary">
            {t('adminSettings.cycles.notComputed')}
          </Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      hidden: narrow,
      render: (_, cycle) => (
        <Button
          type="link"
          size="small"
          icon={<RightOutlined />}
          data-testid={`cycle-steps-${cycle.id}`}
          onClick={() => setOpenId(cycle.id)}
        >
          {t('adminSettings.cycles.manage')}
        </Button>
      ),
    },
  ];

  return (
    <SettingsPageFrame
      title={t('adminSettings.cycles.title')}
      intro={t('adminSettings.cycles.intro')}
      query={cycles}
      testId="cycles-page"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="create-cycle"
          onClick={() => setCreating(true)}
        >
          {t('adminSettings.cycles.create')}
        </Button>
      }
    >
      <Card>
        <Table<Cycle>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={cycles.data?.items}
          loading={cycles.isFetching}
          pagination={false}
          scroll={narrow ? undefined : { x: 'max-content' }}
          locale={{ emptyText: t('adminSettings.cycles.empty') }}
          data-testid="cycles-table"
        />
      </Card>
      <CycleFormDialog
        open={creating}
        onCreated={(cycle) => setOpenId(cycle.id)}
        onClose={() => setCreating(false)}
      />
      <Drawer
        open={opened !== undefined}
        title={opened && t('adminSettings.cycles.stepsTitle', { name: opened.name })}
        size={narrow ? '100%' : 900}
        onClose={() => setOpenId(null)}
        data-testid="cycle-drawer"
      >
        {opened && <CycleSteps cycle={opened} />}
      </Drawer>
    </SettingsPageFrame>
  );
}
