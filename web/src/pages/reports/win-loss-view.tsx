import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use as registerECharts } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { Card, Col, Row, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinLossReport, WinLossRow } from '../../api/reports-api';
import { EChart } from '../../components/echart';
import { useFormatters } from '../../components/formatters';
import { DrillLink } from './drill-link';

registerECharts([BarChart, GridComponent, LegendComponent, TooltipComponent]);

/** One grouping's won and lost counts and amounts; every count opens its opportunities. */
function WinLossTable({ rows, testId }: { rows: WinLossRow[]; testId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div data-testid={testId}>
      <Table<WinLossRow>
        size="small"
        pagination={false}
        rowKey={(row) => row.key ?? 'none'}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'group',
            title: t('reports.winLoss.group'),
            fixed: 'left',
            render: (_, row) =>
              row.name ??
              (row.key === null && row.drills !== null
                ? t('reports.winLoss.total')
                : t('reports.winLoss.notSet')),
          },
          {
            key: 'won',
            title: t('reports.winLoss.won'),
            align: 'right',
            render: (_, row) => (
              <DrillLink drill={row.drills?.won ?? null}>{row.wonCount}</DrillLink>
            ),
          },
          {
            key: 'wonAmount',
            title: t('reports.winLoss.wonAmount'),
            align: 'right',
            render: (_, row) => format.money(row.wonCents),
          },
          {
            key: 'lost',
            title: t('reports.winLoss.lost'),
            align: 'right',
            render: (_, row) => (
              <DrillLink drill={row.drills?.lost ?? null}>{row.lostCount}</DrillLink>
            ),
          },
          {
            key: 'lostAmount',
            title: t('reports.winLoss.lostAmount'),
            align: 'right',
            render: (_, row) => format.money(row.lostCents),
          },
          {
            key: 'winRate',
            title: t('reports.winLoss.winRate'),
            align: 'right',
            render: (_, row) => (row.winRate === null ? '—' : format.percent(row.winRate)),
          },
        ]}
      />
    </div>
  );
}

/** Won and lost opportunities by close reason (chart), reason, lead source, industry and person. */
export function WinLossView({ report }: { report: WinLossReport }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(() => {
    const reasons = report.byReason;
    const label = (row: WinLossRow) => row.name ?? t('reports.winLoss.notSet');
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      // Long reasons are cut to fit a phone; the table below has them in full.
      yAxis: {
        type: 'category',
        inverse: true,
        data: reasons.map(label),
        axisLabel: { width: 120, overflow: 'truncate' },
      },
      xAxis: { type: 'value', axisLabel: { hideOverlap: true } },
      series: [
        {
          type: 'bar',
          name: t('reports.winLoss.lostAmount'),
          stack: 'amount',
          color: '#cf1322',
          data: reasons.map((r) => r.lostCents / 100),
        },
        {
          type: 'bar',
          name: t('reports.winLoss.wonAmount'),
          stack: 'amount',
          color: '#389e0d',
          data: reasons.map((r) => r.wonCents / 100),
        },
      ],
    };
  }, [report, t]);
  return (
    <>
      {report.byReason.length > 0 && (
        <EChart
          option={option}
          height={Math.max(160, 60 + report.byReason.length * 32)}
          ariaLabel={t('reports.winLoss.chart')}
          testId="win-loss-chart"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('reports.winLoss.byReason')}>
            <WinLossTable rows={[...report.byReason, report.total]} testId="win-loss-reasons" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('reports.winLoss.byPerson')}>
            <WinLossTable rows={report.byPerson} testId="win-loss-people" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('reports.winLoss.bySource')}>
            <WinLossTable rows={report.bySource} testId="win-loss-sources" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('reports.winLoss.byIndustry')}>
            <WinLossTable rows={report.byIndustry} testId="win-loss-industries" />
          </Card>
        </Col>
      </Row>
    </>
  );
}
