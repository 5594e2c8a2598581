import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../api/reports-api';
import { useFormatters } from '../../components/formatters';
import { DrillLink } from './drill-link';
import { useStepLabel } from './step-label';

type Step = FunnelReport['steps'][number];

/** Each funnel step with its count (opens its records) and its conversion from the step before. */
export function FunnelSteps({ report }: { report: FunnelReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const stepLabel = useStepLabel();
  return (
    <Table<Step>
      size="small"
      pagination={false}
      rowKey={(step) => `${step.key}-${step.stageId ?? ''}`}
      dataSource={report.steps}
      columns={[
        { key: 'step', title: t('reports.funnel.step'), render: (_, step) => stepLabel(step) },
        {
          key: 'count',
          title: t('reports.funnel.count'),
          align: 'right',
          render: (_, step, index) => (
            <DrillLink drill={step.drill} testId={`funnel-step-${index}`}>
              {format.number(step.count, 0)}
            </DrillLink>
          ),
        },
        {
          key: 'conversion',
          title: t('reports.funnel.conversion'),
          align: 'right',
          render: (_, step) => (step.conversion === null ? '—' : format.percent(step.conversion)),
        },
      ]}
    />
  );
}
