import { FunnelChart as EChartsFunnel } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { use as registerECharts } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../api/reports-api';
import { EChart } from '../../components/echart';
import { useStepLabel } from './step-label';

registerECharts([EChartsFunnel, TooltipComponent]);

/** The funnel's steps as an ECharts funnel (the step list beside it opens the records). */
export function FunnelChart({ report }: { report: FunnelReport }) {
  const { t } = useTranslation();
  const stepLabel = useStepLabel();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: 8,
          right: 8,
          top: 8,
          bottom: 8,
          minSize: '10%',
          label: { position: 'inside', formatter: '{b} {c}' },
          data: report.steps.map((step) => ({ name: stepLabel(step), value: step.count })),
        },
      ],
    }),
    [report, stepLabel],
  );
  return (
    <EChart
      option={option}
      height={280}
      ariaLabel={t('reports.funnel.title')}
      testId="funnel-chart"
    />
  );
}
