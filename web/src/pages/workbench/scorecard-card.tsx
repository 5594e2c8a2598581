import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Progress, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MetricDefinition as MetricInfo, ScoredItem } from '../../api/appraisal-api';
import { getScorecard, listMetrics } from '../../api/appraisal-api';
import { useFormat } from '../../components/format';
import { useMetricFormat } from '../../components/metric-format';
import { useErrorText } from '../../components/use-error-reporter';
import { GradeTag } from '../appraisal/score-summary';

export const SCORECARD_KEY = ['scorecard', 'me', 'month'] as const;

export function useMetricCatalogue() {
  return useQuery({ queryKey: ['metrics'], queryFn: listMetrics, staleTime: 5 * 60_000 });
}

/** My live scorecard for the month to date: total, grade and every item with its basis. */
export function ScorecardCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const metricFormat = useMetricFormat();
  const errorText = useErrorText();
  const scorecard = useQuery({ queryKey: SCORECARD_KEY, queryFn: () => getScorecard('month') });
  const catalogue = useMetricCatalogue();
  const info = new Map<string, MetricInfo>(catalogue.data?.map((metric) => [metric.id, metric]));

  const columns: TableProps<ScoredItem>['columns'] = [
    {
      key: 'metric',
      title: t('workbench.scorecard.metric'),
      render: (_, item) => (
        <Flex vertical>
          <Typography.Text>{metricFormat.name(info.get(item.metric), item.metric)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('workbench.scorecard.weight', { weight: format.number(item.weight, 0) })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'value',
      title: t('workbench.scorecard.value'),
      render: (_, item) => {
        const metric = info.get(item.metric);
        const basis = metricFormat.basis(metric, item);
        return (
          <Flex vertical data-testid={`metric-${item.metric}`}>
            {item.value.value === null ? (
              <Tooltip title={metricFormat.naReason(item.value.naReason)}>
                <Typography.Text type="secondary" style={{ cursor: 'help' }}>
                  {t('workbench.scorecard.notApplicable')}
                </Typography.Text>
              </Tooltip>
            ) : (
              <Typography.Text>{metricFormat.value(metric, item.value.value)}</Typography.Text>
            )}
            {basis && (
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                data-testid={`metric-basis-${item.metric}`}
                data-count={item.value.numerator ?? undefined}
              >
                {basis}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'target',
      title: t('workbench.scorecard.target'),
      render: (_, item) => metricFormat.value(info.get(item.metric), item.target),
    },
    {
      key: 'score',
      title: t('workbench.scorecard.score'),
      align: 'right',
      render: (_, item) =>
        item.score === null ? (
          <Tag>{t('workbench.scorecard.notApplicable')}</Tag>
        ) : (
          format.number(item.score)
        ),
    },
  ];

  const card = scorecard.data;
  return (
    <Card
      title={t('workbench.scorecard.title')}
      data-testid="scorecard-card"
      loading={scorecard.isPending}
      extra={<Link to="/appraisal">{t('workbench.scorecard.viewAppraisal')}</Link>}
    >
      {scorecard.isError && <Alert type="error" showIcon title={errorText(scorecard.error)} />}
      {card && (
        <Flex vertical gap={16}>
          <Flex align="center" gap={24} wrap>
            <Progress
              type="dashboard"
              size={110}
              percent={Math.min(100, card.total ?? 0)}
              format={() => (card.total === null ? '—' : format.number(card.total))}
              data-testid="scorecard-total"
            />
            <Flex vertical gap={4}>
              <Statistic
                title={t('workbench.scorecard.total')}
                value={card.total === null ? '—' : format.number(card.total)}
              />
              {card.grade && (
                <Tag color="blue">{t('workbench.scorecard.grade', { grade: card.grade })}</Tag>
              )}
              {card.gradeWithheld && <GradeTag grade={null} withheld={card.gradeWithheld} />}
              <Typography.Text type="secondary">
                {t('workbench.scorecard.period', { start: format.date(card.period.start) })}
              </Typography.Text>
            </Flex>
          </Flex>
          {card.items.length === 0 ? (
            <Alert type="info" showIcon title={t('workbench.scorecard.noTemplate')} />
          ) : (
            <Table<ScoredItem>
              rowKey="metric"
              size="small"
              columns={columns}
              dataSource={card.items}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          )}
        </Flex>
      )}
    </Card>
  );
}
