import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Grid, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteTarget, listTargets, putTarget } from '../../api/admin-settings-api';
import type { Target, TargetPeriod } from '../../api/admin-settings-api';
import { getScorecard } from '../../api/appraisal-api';
import type { MetricDefinition } from '../../api/appraisal-api';
import { useFormatters } from '../../components/formatters';
import { useErrorReporter, useErrorText } from '../../components/use-error-reporter';
import { APPRAISAL_KEY, useMetricCatalog, useMetricText } from '../appraisal/appraisal-data';
import { toEntered, toStored } from './target-values';

const TARGETS_KEY = ['targets'] as const;

type TargetsTableProps = {
  userId: string;
  period: TargetPeriod;
  bounds: { start: string; end: string };
};

/** Every metric with the person's own target in the period, if any, to set or remove. */
export function TargetsTable({ userId, period, bounds }: TargetsTableProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormatters();
  const text = useMetricText();
  const reportError = useErrorReporter();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const catalog = useMetricCatalog();
  const narrow = Grid.useBreakpoint().md === false;
  const queryKey = [...TARGETS_KEY, userId, bounds.start];
  const targets = useQuery({
    queryKey,
    queryFn: () => listTargets({ userId, periodStart: bounds.start }),
  });
  // The live scorecard says which metrics the person's template holds, and their template targets.
  const scorecard = useQuery({
    queryKey: [...APPRAISAL_KEY, 'scorecard', period, userId],
    queryFn: () => getScorecard(period, userId),
  });
  const scored = new Map(scorecard.data?.items.map((item) => [item.metric, item]));
  const rows = [...(catalog.data ?? [])].sort(
    (a, b) => Number(scored.has(b.id)) - Number(scored.has(a.id)),
  );
  const [drafts, setDrafts] = useState<Record<string, number | null>>({});
  const [busy, setBusy] = useState<string | null>(null);

  // A month and a quarter may start on the same day: the end tells them apart.
  const own = new Map(
    (targets.data ?? [])
      .filter((target) => target.periodEnd === bounds.end)
      .map((target) => [target.metric, target]),
  );

  const act = async (metric: string, work: () => Promise<string>) => {
    setBusy(metric);
    try {
      void message.success(await work());
      setDrafts(({ [metric]: _done, ...rest }) => rest);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
      void queryClient.invalidateQueries({ queryKey });
    }
  };

  const save = (metric: MetricDefinition, entered: number) =>
    act(metric.id, async () => {
      const saved = await putTarget({
        userId,
        metric: metric.id,
        period,
        anchorDay: bounds.start,
        target: toStored(metric.unit, entered),
      });
      return t('adminSettings.targets.saved', {
        metric: text.name(metric.id),
        value: text.value(metric.id, saved.target),
      });
    });

  const remove = (metric: MetricDefinition, target: Target) =>
    act(metric.id, async () => {
      await deleteTarget(target.id);
      return t('adminSettings.targets.removed', { metric: text.name(metric.id) });
    });

  const current = (metric: MetricDefinition) => {
    const target = own.get(metric.id);
    return target ? (
      <Flex vertical>
        <Typography.Text strong>{text.value(metric.id, target.target)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('adminSettings.targets.updated', { at: format.dateTime(target.updatedAt) })}
        </Typography.Text>
      </Flex>
    ) : (
      <Typography.Text type="secondary">{templateText(metric)}</Typography.Text>
    );
  };

  const templateText = (metric: MetricDefinition) => {
    const item = scored.get(metric.id);
    if (!item) return scorecard.isSuccess ? t('adminSettings.targets.notInScorecard') : '';
    return item.targetSource === 'template'
      ? t('adminSettings.targets.templateTarget', { value: text.value(metric.id, item.target) })
      : t('adminSettings.targets.templateApplies');
  };

  const editor = (metric: MetricDefinition) => {
    const target = own.get(metric.id);
    const draft = drafts[metric.id];
    const value =
      draft === undefined ? (target ? toEntered(metric.unit, target.target) : null) : draft;
    return (
      <Space wrap>
        <InputNumber<number>
          value={value}
          onChange={(entered) => setDrafts((all) => ({ ...all, [metric.id]: entered }))}
          onPressEnter={() => value !== null && void save(metric, value)}
          style={{ width: 150 }}
          min={metric.unit === 'percent' || metric.unit === 'money' ? 0 : undefined}
          prefix={metric.unit === 'money' ? t('adminSettings.targets.units.money') : undefined}
          suffix={metric.unit === 'percent' ? t('adminSettings.targets.units.percent') : undefined}
          aria-label={`${t('adminSettings.targets.target')}: ${text.name(metric.id)}`}
          data-testid={`target-input-${metric.id}`}
        />
        <Button
          icon={<SaveOutlined />}
          disabled={value === null || busy !== null}
          loading={busy === metric.id}
          data-testid={`target-save-${metric.id}`}
          onClick={() => value !== null && void save(metric, value)}
        >
          {t('adminSettings.targets.set')}
        </Button>
        {target && (
          <Popconfirm
            title={t('adminSettings.targets.removeConfirm', { metric: text.name(metric.id) })}
            okText={t('adminSettings.targets.remove')}
            cancelText={t('common.cancel')}
            onConfirm={() => remove(metric, target)}
          >
            <Button
              danger
              type="text"
              icon={<DeleteOutlined />}
              disabled={busy !== null}
              aria-label={t('adminSettings.targets.remove')}
            />
          </Popconfirm>
        )}
      </Space>
    );
  };

  // On a phone one column holds it all: the metric, its target, and the input under them.
  const columns: TableProps<MetricDefinition>['columns'] = narrow
    ? [
        {
          key: 'metric',
          title: t('adminSettings.targets.metric'),
          render: (_, metric) => (
            <Flex vertical gap={6}>
              <Typography.Text strong>{text.name(metric.id)}</Typography.Text>
              {current(metric)}
              {editor(metric)}
            </Flex>
          ),
        },
      ]
    : [
        {
          key: 'metric',
          title: t('adminSettings.targets.metric'),
          render: (_, metric) => text.name(metric.id),
        },
        {
          key: 'category',
          title: t('adminSettings.targets.category'),
          render: (_, metric) => text.category(metric.category),
        },
        {
          key: 'current',
          title: t('adminSettings.targets.target'),
          render: (_, metric) => current(metric),
        },
        { key: 'edit', title: t('common.actions'), render: (_, metric) => editor(metric) },
      ];

  return (
    <Table<MetricDefinition>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={catalog.isPending || targets.isFetching}
      pagination={false}
      scroll={narrow ? undefined : { x: 'max-content' }}
      locale={{
        emptyText: targets.isError
          ? errorText(targets.error)
          : catalog.isError
            ? errorText(catalog.error)
            : undefined,
      }}
      data-testid="targets-table"
    />
  );
}
