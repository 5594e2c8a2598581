import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use as registerECharts } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { Segmented, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdoptionReport, AdoptionRow } from '../../api/reports-api';
import { EChart } from '../../components/echart';
import { useFormatters } from '../../components/formatters';
import { useReportFilters } from './report-filters';

registerECharts([BarChart, GridComponent, LegendComponent, TooltipComponent]);

const bucketLabel = (row: { from: string; to: string }) =>
  row.from === row.to ? row.from.slice(5) : `${row.from.slice(5)}–${row.to.slice(5)}`;

/** Months or weeks, kept in the URL with the other filters. */
export function BucketSwitch() {
  const { t } = useTranslation();
  const { filters, setFilters } = useReportFilters();
  return (
    <Segmented<string>
      data-testid="adoption-bucket"
      value={filters.bucket ?? 'month'}
      onChange={(bucket) => setFilters({ bucket: bucket === 'week' ? 'week' : undefined })}
      options={[
        { value: 'month', label: t('reports.adoption.month') },
        { value: 'week', label: t('reports.adoption.week') },
      ]}
      style={{ marginBottom: 12 }}
    />
  );
}

/** Active users per team over the buckets, and every team's figures per bucket. */
export function AdoptionView({ report }: { report: AdoptionReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const teamName = (row: AdoptionRow) => row.departmentName ?? t('reports.adoption.noTeam');
  const option = useMemo<EChartsCoreOption>(() => {
    const teams = [...new Set(report.teams.map((row) => row.departmentId))];
    return {
      animation: false,
      grid: { left: 32, right: 16, top: 40, bottom: 28 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      xAxis: { type: 'category', data: report.buckets.map(bucketLabel) },
      yAxis: { type: 'value', minInterval: 1 },
      series: teams.map((id) => {
        const rows = report.teams.filter((row) => row.departmentId === id);
        return {
          type: 'bar',
          name: rows[0]?.departmentName ?? t('reports.adoption.noTeam'),
          data: rows.map((row) => row.activeUsers),
        };
      }),
    };
  }, [report, t]);
  const share = (value: number | null) => (value === null ? '—' : format.percent(value));
  const rows = [...report.teams, ...report.total];
  return (
    <>
      <BucketSwitch />
      <EChart
        option={option}
        height={240}
        ariaLabel={t('reports.adoption.chart')}
        testId="adoption-chart"
      />
      <div data-testid="adoption-table">
        <Table<AdoptionRow>
          size="small"
          pagination={false}
          rowKey={(row) =>
            `${row.departmentId ?? (report.total.includes(row) ? 'all' : 'none')}-${row.from}`
          }
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'team',
              title: t('reports.adoption.team'),
              fixed: 'left',
              render: (_, row) =>
                report.total.includes(row) ? t('reports.adoption.allTeams') : teamName(row),
            },
            {
              key: 'bucket',
              title: t('reports.adoption.bucket'),
              render: (_, row) => bucketLabel(row),
            },
            {
              key: 'members',
              title: t('reports.adoption.members'),
              align: 'right',
              dataIndex: 'members',
            },
            {
              key: 'active',
              title: t('reports.adoption.activeUsers'),
              align: 'right',
              dataIndex: 'activeUsers',
            },
            {
              key: 'completeness',
              title: t('reports.adoption.completeness'),
              align: 'right',
              render: (_, row) => share(row.completeness.value),
            },
            {
              key: 'timeliness',
              title: t('reports.adoption.timeliness'),
              align: 'right',
              render: (_, row) => share(row.timeliness.value),
            },
            {
              key: 'activities',
              title: t('reports.adoption.activities'),
              align: 'right',
              dataIndex: 'activities',
            },
            {
              key: 'flags',
              title: t('reports.adoption.flags'),
              align: 'right',
              render: (_, row) => `${row.flags.numerator} · ${share(row.flags.value)}`,
            },
          ]}
        />
      </div>
    </>
  );
}
