import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use as registerECharts } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { Card, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceReport, ServiceRow } from '../../api/reports-api';
import { EChart } from '../../components/echart';
import { useFormatters } from '../../components/formatters';
import { DrillLink } from './drill-link';

registerECharts([BarChart, GridComponent, LegendComponent, TooltipComponent]);

/** Tickets, medians, CSAT and adopted feedback; every count opens its tickets or feedback. */
function ServiceTable({ rows, testId }: { rows: ServiceRow[]; testId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const median = (value: number | null) => (value === null ? '—' : format.number(value, 1));
  return (
    <div data-testid={testId}>
      <Table<ServiceRow>
        size="small"
        pagination={false}
        rowKey={(row) => row.id ?? 'total'}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'name',
            title: t('reports.service.name'),
            fixed: 'left',
            render: (_, row) => row.name ?? t('reports.service.total'),
          },
          {
            key: 'tickets',
            title: t('reports.service.tickets'),
            align: 'right',
            render: (_, row) => (
              <DrillLink drill={row.drills?.tickets ?? null}>{row.tickets}</DrillLink>
            ),
          },
          {
            key: 'firstResponse',
            title: t('reports.service.firstResponse'),
            align: 'right',
            render: (_, row) => median(row.firstResponseMinutes),
          },
          {
            key: 'resolved',
            title: t('reports.service.resolved'),
            align: 'right',
            render: (_, row) => (
              <DrillLink drill={row.drills?.resolved ?? null}>{row.resolved}</DrillLink>
            ),
          },
          {
            key: 'resolution',
            title: t('reports.service.resolution'),
            align: 'right',
            render: (_, row) => median(row.resolutionHours),
          },
          {
            key: 'csat',
            title: t('reports.service.csat'),
            align: 'right',
            render: (_, row) => (
              <DrillLink drill={row.drills?.rated ?? null}>
                {row.csat.value === null
                  ? '—'
                  : `${format.percent(row.csat.value)} (${row.csat.numerator}/${row.csat.denominator})`}
              </DrillLink>
            ),
          },
          {
            key: 'adopted',
            title: t('reports.service.adopted'),
            align: 'right',
            render: (_, row) => (
              <DrillLink drill={row.drills?.adopted ?? null}>{row.feedbackAdopted}</DrillLink>
            ),
          },
        ]}
      />
    </div>
  );
}

/** Per agent: first response and resolution medians as bars, then the agents' and teams' tables. */
export function ServiceView({ report }: { report: ServiceReport }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: report.agents.map((row) => row.name ?? '') },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          name: t('reports.service.firstResponse'),
          data: report.agents.map((row) => row.firstResponseMinutes),
        },
        {
          type: 'bar',
          name: t('reports.service.resolution'),
          data: report.agents.map((row) => row.resolutionHours),
        },
      ],
    }),
    [report, t],
  );
  return (
    <>
      <EChart
        option={option}
        height={240}
        ariaLabel={t('reports.service.chart')}
        testId="service-chart"
      />
      <Card size="small" title={t('reports.service.agents')} style={{ marginBottom: 16 }}>
        <ServiceTable rows={[...report.agents, report.total]} testId="service-agents" />
      </Card>
      <Card size="small" title={t('reports.service.teams')}>
        <ServiceTable rows={report.teams} testId="service-teams" />
      </Card>
    </>
  );
}
