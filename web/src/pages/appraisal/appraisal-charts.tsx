import { Empty } from 'antd';
import { LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/echart';

use([LineChart, RadarChart, GridComponent, RadarComponent, TooltipComponent]);

const BRAND = '#1f5fbf';

export type TrendPoint = { label: string; total: number };

/** Totals of past cycles, oldest first. */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
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
    () => ({
      tooltip: {},
      radar: {
        indicator: points.map((point) => ({ name: point.name, max: 120 })),
        radius: '65%',
      },
      series: [
        {
          type: 'radar',
          name: t('appraisal.radar.title'),
          data: [
            {
              value: points.map((point) => Math.round(point.score * 10) / 10),
              name: t('appraisal.columns.score'),
            },
          ],
          itemStyle: { color: BRAND },
          areaStyle: { opacity: 0.15 },
        },
      ],
    }),
    [points, t],
  );
  if (points.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appraisal.radar.empty')} />;
  return (
    <EChart option={option} height={240} ariaLabel={t('appraisal.radar.title')} testId="radar" />
  );
}
