import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NaReason, Pace, ResultItem, ScoredItem } from '../../api/appraisal-api';
import { useMetricText } from './appraisal-data';
import { groupByCategory } from './category-groups';

/** One scorecard line, whether live or from a cycle. */
export type ItemRow = {
  metric: string;
  weight: number;
  target: number;
  personalTarget: boolean;
  /** The item's target cannot be scored: its score is N/A until someone fixes the target. */
  misconfigured: boolean;
  value: number | null;
  naReason: NaReason | null;
  minSample: number;
  score: number | null;
  adjustedScore: number | null;
  adjustReason: string | null;
  /** Part-way through a period: the pro-rated target and the projection. */
  pace: Pace | null;
};

export const fromResultItem = (item: ResultItem): ItemRow => ({
  metric: item.metric,
  weight: item.weight,
  target: item.target,
  personalTarget: false,
  misconfigured: item.misconfigured !== null,
  value: item.value,
  naReason: item.naReason,
  minSample: item.minSample,
  score: item.score,
  adjustedScore: item.adjustedScore,
  adjustReason: item.adjustReason,
  pace: item.pace,
});

export const fromScoredItem = (item: ScoredItem): ItemRow => ({
  metric: item.metric,
  weight: item.weight,
  target: item.target,
  personalTarget: item.targetSource === 'user',
  misconfigured: item.misconfigured !== null,
  value: item.value.value,
  naReason: item.value.naReason,
  minSample: item.minSample,
  score: item.score,
  adjustedScore: null,
  adjustReason: null,
  pace: item.pace,
});

/** A line with its category; `groupSize` is the category's row count on its first line, else 0. */
type GroupedRow = ItemRow & { category: string; groupSize: number };

type ScoreItemsTableProps = {
  rows: ItemRow[];
  onWhy: (metric: string) => void;
  /** Extra actions per row (a manager's "adjust"). */
  actions?: (row: ItemRow) => ReactNode;
  loading?: boolean;
};

/** Each item with its value, target, weight, score (and adjustment), and a "why" to the records. */
export function ScoreItemsTable({ rows, onWhy, actions, loading }: ScoreItemsTableProps) {
  const { t } = useTranslation();
  const text = useMetricText();
  const narrow = Grid.useBreakpoint().sm === false;

  // The metric stays on the left, Score and Why/Adjust on the right; value, target and weight
  // scroll between them (antd shades the edge that hides more).
  const grouped: GroupedRow[] = groupByCategory(
    rows,
    (row) => text.definition(row.metric)?.category ?? '',
  ).map(({ row, category, groupSize }) => ({ ...row, category, groupSize }));

  const categoryColumn: NonNullable<TableProps<GroupedRow>['columns']>[number] = {
    key: 'category',
    title: t('appraisal.columns.category'),
    fixed: 'left',
    onCell: (row) => ({ rowSpan: row.groupSize }),
    render: (_, row) => (
      <Typography.Text type="secondary" data-testid={`category-${row.category}`}>
        {text.category(row.category)}
      </Typography.Text>
    ),
  };

  const columns: TableProps<GroupedRow>['columns'] = [
    ...(narrow ? [] : [categoryColumn]),
    {
      key: 'metric',
      title: t('appraisal.columns.metric'),
      fixed: 'left',
      width: narrow ? 112 : 240,
      render: (_, row) => {
        const definition = text.definition(row.metric);
        return (
          <Flex vertical gap={2}>
            <Typography.Text strong>{text.name(row.metric)}</Typography.Text>
            {definition && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {narrow && `${text.category(definition.category)} · `}
                {t(definition.dir === '+' ? 'appraisal.direction.up' : 'appraisal.direction.down')}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'value',
      title: t('appraisal.columns.value'),
      render: (_, row) =>
        row.value === null ? (
          <Tooltip title={text.naReason(row.naReason, row.minSample)}>
            <Tag data-testid={`na-${row.metric}`}>{t('appraisal.na')}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {text.naReason(row.naReason, row.minSample)}
            </Typography.Text>
          </Tooltip>
        ) : (
          <Flex vertical gap={2}>
            <span data-testid={`value-${row.metric}`}>{text.value(row.metric, row.value)}</span>
            {row.pace?.proRated && row.pace.projected !== null && (
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                data-testid={`pace-${row.metric}`}
              >
                {t('appraisal.pace.onTrack', { value: text.value(row.metric, row.pace.projected) })}
              </Typography.Text>
            )}
          </Flex>
        ),
    },
    {
      key: 'target',
      title: t('appraisal.columns.target'),
      render: (_, row) => (
        <Flex gap={4} align="center" wrap>
          <span>{text.value(row.metric, row.target)}</span>
          {row.pace?.proRated && (
            <Tooltip
              title={t('appraisal.pace.proRatedHint', {
                share: Math.round(row.pace.elapsedShare * 100),
              })}
            >
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                data-testid={`prorated-${row.metric}`}
              >
                {t('appraisal.pace.proRated', { value: text.value(row.metric, row.pace.target) })}
              </Typography.Text>
            </Tooltip>
          )}
          {row.personalTarget && (
            <Tooltip title={t('appraisal.personalTargetHint')}>
              <Tag color="purple">{t('appraisal.personalTarget')}</Tag>
            </Tooltip>
          )}
          {row.misconfigured && (
            <Tooltip title={t('appraisal.misconfiguredHint')}>
              <Tag color="red" data-testid={`misconfigured-${row.metric}`}>
                {t('appraisal.misconfigured')}
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    { key: 'weight', dataIndex: 'weight', title: t('appraisal.columns.weight'), align: 'right' },
    {
      key: 'score',
      title: t('appraisal.columns.score'),
      align: 'right',
      fixed: 'right',
      render: (_, row) => <ScoreCell row={row} />,
    },
    {
      key: 'why',
      title: t('appraisal.columns.evidence'),
      fixed: 'right',
      render: (_, row) => (
        <Flex gap={4} vertical={narrow} align={narrow ? 'start' : 'center'}>
          <Button
            type="link"
            size="small"
            icon={<QuestionCircleOutlined />}
            aria-label={t('appraisal.whyLabel', { metric: text.name(row.metric) })}
            data-testid={`why-${row.metric}`}
            onClick={() => onWhy(row.metric)}
          >
            {t('appraisal.why')}
          </Button>
          {actions?.(row)}
        </Flex>
      ),
    },
  ];

  return (
    <Table<GroupedRow>
      rowKey="metric"
      size="middle"
      columns={columns}
      dataSource={grouped}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="score-items"
    />
  );
}

function ScoreCell({ row }: { row: ItemRow }) {
  const { t } = useTranslation();
  const text = useMetricText();
  if (row.score === null && row.adjustedScore === null) return <Typography.Text>—</Typography.Text>;
  if (row.adjustedScore === null || row.score === null)
    return (
      <Typography.Text strong>{text.score(row.adjustedScore ?? row.score ?? 0)}</Typography.Text>
    );
  return (
    <Tooltip title={t('appraisal.adjustedBy', { reason: row.adjustReason ?? '' })}>
      <Flex vertical align="end" data-testid={`adjusted-${row.metric}`}>
        <Typography.Text strong type="warning">
          {text.score(row.adjustedScore)}
        </Typography.Text>
        <Typography.Text type="secondary" delete style={{ fontSize: 12 }}>
          {t('appraisal.computed', { score: text.score(row.score) })}
        </Typography.Text>
      </Flex>
    </Tooltip>
  );
}
