import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { use as registerECharts } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/echart';

registerECharts([BarChart, GridComponent, TooltipComponent]);

const GRADES = ['S', 'A', 'B', 'C', 'D'] as const;
const COLORS = ['#d4a017', '#389e0d', '#1f5fbf', '#d46b08', '#cf1322', '#bfbfbf'];

/** How many people got each grade (N/A last): a histogram of the totals by grade. */
export function GradeDistribution({ grades }: { grades: (string | null)[] }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(() => {
    const labels = [...GRADES, t('team.distribution.na')];
    const counts = labels.map(
      (_, index) =>
        grades.filter((grade) => (index < GRADES.length ? grade === GRADES[index] : grade === null))
          .length,
    );
    return {
      animation: false,
      grid: { left: 32, right: 16, top: 16, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('team.distribution.people'),
          barMaxWidth: 48,
          data: counts.map((value, index) => ({ value, itemStyle: { color: COLORS[index] } })),
        },
      ],
    };
  }, [grades, t]);
  return (
    <EChart
      option={option}
      height={220}
      ariaLabel={t('team.distribution.title')}
      testId="grade-distribution"
    />
  );
}
