import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use as registerECharts } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageDurationsReport } from '../../api/reports-api';
import { EChart } from '../../components/echart';
import { useFormatters } from '../../components/formatters';
import { useStageName } from '../opportunities/stage-data';
import { DrillLink } from './drill-link';

registerECharts([BarChart, GridComponent, LegendComponent, TooltipComponent]);

type Row = StageDurationsReport['stages'][number];

/** Median and p80 days per stage as bars and a table; the bottleneck is tagged. */
export function StageDurationsView({ report }: { report: StageDurationsReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const stageName = useStageName();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      grid: { left: 40, right: 16, top: 32, bottom: 28 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: report.stages.map((s) => stageName(s.stageId)) },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          name: t('reports.stages.median'),
          data: report.stages.map((s) => ({
            value: s.medianDays,
            itemStyle: { color: s.bottleneck ? '#cf1322' : '#1f5fbf' },
          })),
        },
        { type: 'bar', name: t('reports.stages.p80'), data: report.stages.map((s) => s.p80Days) },
      ],
    }),
    [report, stageName, t],
  );
  const days = (value: number | null) => (value === null ? '—' : format.number(value, 1));
  return (
    <>
      <EChart
        option={option}
        height={240}
        ariaLabel={t('reports.stages.title')}
        testId="stage-chart"
      />
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="stageId"
        dataSource={report.stages}
        scroll={{ x: true }}
        columns={[
          {
            key: 'stage',
            title: t('reports.stages.stage'),
            render: (_, s) => (
              <>
                {stageName(s.stageId)}{' '}
                {s.bottleneck && <Tag color="red">{t('reports.stages.bottleneck')}</Tag>}
              </>
            ),
          },
          {
            key: 'stays',
            title: t('reports.stages.stays'),
            align: 'right',
            render: (_, s) => <DrillLink drill={s.drill}>{s.stays}</DrillLink>,
          },
          {
            key: 'median',
            title: t('reports.stages.median'),
            align: 'right',
            render: (_, s) => days(s.medianDays),
          },
          {
            key: 'p80',
            title: t('reports.stages.p80'),
            align: 'right',
            render: (_, s) => days(s.p80Days),
          },
        ]}
      />
    </>
  );
}
