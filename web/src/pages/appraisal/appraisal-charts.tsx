import { Empty } from 'antd';
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { use as registerECharts } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/echart';

registerECharts([BarChart, LineChart, RadarChart, GridComponent, RadarComponent, TooltipComponent]);

const BRAND = '#1f5fbf';

export type TrendPoint = { label: string; total: number };

/** Totals of past cycles, oldest first. */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((point) => point.label) },
      yAxis: { type: 'value', min: 0, max: (range: { max: number }) => Math.max(120, range.max) },
      series: [
        {
          type: 'line',
          name: t('appraisal.total'),
          data: points.map((point) => Math.round(point.total * 10) / 10),
          smooth: true,
          symbolSize: 8,
          itemStyle: { color: BRAND },
          areaStyle: { opacity: 0.08 },
        },
      ],
    }),
    [points, t],
  );
  if (points.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appraisal.trend.empty')} />;
  return (
    <EChart option={option} height={240} ariaLabel={t('appraisal.trend.title')} testId="trend" />
  );
}

export type RadarPoint = { name: string; score: number };

/** The weighted score per category (process, results, collaboration…). */
export function CategoryRadar({ points }: { points: RadarPoint[] }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () =>
      points.length >= 3 ? radarOption(points, t('appraisal.columns.score')) : barOption(points),
    [points, t],
  );
  if (points.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appraisal.radar.empty')} />;
  return (
    <EChart option={option} height={240} ariaLabel={t('appraisal.radar.title')} testId="radar" />
  );
}

const rounded = (score: number) => Math.round(score * 10) / 10;

/** A radar needs three axes at least. */
function radarOption(points: RadarPoint[], seriesName: string): EChartsCoreOption {
  return {
    animation: false,
    tooltip: {},
    radar: { indicator: points.map((point) => ({ name: point.name, max: 120 })), radius: '65%' },
    series: [
      {
        type: 'radar',
        data: [{ value: points.map((point) => rounded(point.score)), name: seriesName }],
        itemStyle: { color: BRAND },
        areaStyle: { opacity: 0.15 },
      },
    ],
  };
}

/** With one or two categories, bars say the same more plainly. */
function barOption(points: RadarPoint[]): EChartsCoreOption {
  return {
    animation: false,
    tooltip: {},
    grid: { left: 96, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 120 },
    yAxis: { type: 'category', data: points.map((point) => point.name) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        data: points.map((point) => rounded(point.score)),
        itemStyle: { color: BRAND },
        label: { show: true, position: 'right' },
      },
    ],
  };
}
