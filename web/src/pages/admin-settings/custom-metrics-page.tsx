import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Grid, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCustomMetrics, listEntityFields } from '../../api/admin-settings-api';
import type { CustomMetric } from '../../api/admin-settings-api';
import { APPRAISAL_KEY } from '../appraisal/appraisal-data';
import { CustomMetricDialog } from './custom-metric-dialog';
import { useEntityLabel, useFieldLabel } from './metric-labels';
import { SettingsPageFrame } from './settings-page-frame';

const CUSTOM_METRICS_KEY = ['custom-metrics'] as const;

/** Custom metrics: the list, and the structured editor to define or change one. */
export function CustomMetricsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const entityLabel = useEntityLabel();
  const fieldLabel = useFieldLabel();
  // A phone shows the key, name, status and edit; the definition is in the editor.
  const narrow = Grid.useBreakpoint().md === false;
  const metrics = useQuery({ queryKey: CUSTOM_METRICS_KEY, queryFn: listCustomMetrics });
  const fields = useQuery({
    queryKey: [...CUSTOM_METRICS_KEY, 'fields'],
    queryFn: listEntityFields,
    staleTime: Infinity,
  });
  const [dialog, setDialog] = useState<{ open: boolean; metricId?: string }>({ open: false });
  const editing = metrics.data?.find((metric) => metric.id === dialog.metricId);

  const aggregateText = (metric: CustomMetric) => {
    const aggregate = metric.definition.aggregate;
    const kind = t(`adminSettings.customMetrics.aggregates.${aggregate.kind}`);
    return aggregate.kind === 'sum' || aggregate.kind === 'avg'
      ? `${kind}: ${fieldLabel(aggregate.field)}`
      : kind;
  };

  const columns: TableProps<CustomMetric>['columns'] = [
    {
      key: 'key',
      title: t('adminSettings.customMetrics.key'),
      render: (_, metric) => <Typography.Text code>{metric.key}</Typography.Text>,
    },
    {
      key: 'name',
      title: t('adminSettings.customMetrics.name'),
      render: (_, metric) => (i18n.language === 'zh-CN' ? metric.nameZh : metric.nameEn),
    },
    {
      key: 'unit',
      hidden: narrow,
      title: t('adminSettings.customMetrics.unit'),
      render: (_, metric) => t(`adminSettings.customMetrics.units.${metric.unit}`),
    },
    {
      key: 'dir',
      hidden: narrow,
      title: t('adminSettings.customMetrics.direction'),
      render: (_, metric) => t(`adminSettings.customMetrics.directions.${metric.dir}`),
    },
    {
      key: 'entity',
      hidden: narrow,
      title: t('adminSettings.customMetrics.entity'),
      render: (_, metric) => entityLabel(metric.definition.entity),
    },
    {
      key: 'aggregate',
      hidden: narrow,
      title: t('adminSettings.customMetrics.aggregate'),
      render: (_, metric) => aggregateText(metric),
    },
    {
      key: 'status',
      title: t('adminSettings.customMetrics.status'),
      render: (_, metric) => (
        <Badge
          status={metric.active ? 'success' : 'default'}
          text={t(
            metric.active
              ? 'adminSettings.customMetrics.active'
              : 'adminSettings.customMetrics.inactive',
          )}
        />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, metric) => (
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          disabled={!fields.data}
          data-testid={`edit-metric-${metric.key}`}
          onClick={() => setDialog({ open: true, metricId: metric.id })}
        >
          {t('adminSettings.customMetrics.edit')}
        </Button>
      ),
    },
  ];

  return (
    <SettingsPageFrame
      title={t('adminSettings.customMetrics.title')}
      intro={t('adminSettings.customMetrics.intro')}
      query={metrics}
      testId="custom-metrics-page"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!fields.data}
          data-testid="create-custom-metric"
          onClick={() => setDialog({ open: true })}
        >
          {t('adminSettings.customMetrics.create')}
        </Button>
      }
    >
      <Card>
        <Table<CustomMetric>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={metrics.data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('adminSettings.customMetrics.empty') }}
          data-testid="custom-metrics-table"
        />
      </Card>
      {fields.data && dialog.open && (
        <CustomMetricDialog
          key={editing ? `${editing.id}@${editing.version}` : 'new'}
          open={dialog.open}
          metric={editing}
          catalogue={fields.data}
          onSaved={() => {
            void queryClient.invalidateQueries({ queryKey: CUSTOM_METRICS_KEY });
            // Templates pick metrics from the catalogue, which now holds this one.
            void queryClient.invalidateQueries({ queryKey: APPRAISAL_KEY });
          }}
          onClose={() => setDialog((current) => ({ ...current, open: false }))}
        />
      )}
    </SettingsPageFrame>
  );
}
