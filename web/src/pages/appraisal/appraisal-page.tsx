import { useQueries, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, Row, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { findMyResult, getScorecard } from '../../api/appraisal-api';
import type { Cycle, LivePeriod } from '../../api/appraisal-api';
import { useCurrentUser } from '../../auth/current-user';
import { useFormatters } from '../../components/formatters';
import { PageHeading } from '../../components/page-heading';
import { useErrorText } from '../../components/use-error-reporter';
import { CategoryRadar, TrendChart } from './appraisal-charts';
import { APPRAISAL_KEY, useCycles, useMetricCatalog, useMetricText } from './appraisal-data';
import { categoryScores } from './category-scores';
import { EvidenceDrawer } from './evidence-drawer';
import type { EvidenceSource } from './evidence-drawer';
import { ItemFeedbackCard } from './item-feedback-card';
import { MyBadgesCard } from '../recognition/my-badges-card';
import { MyFlagsCard } from './my-flags-card';
import { MyReviewCard } from './my-review-card';
import { CycleStatusTag, ScoreSummary } from './score-summary';
import { ScoreItemsTable, fromResultItem, fromScoredItem } from './score-items-table';
import type { ItemRow } from './score-items-table';

/** Feedback on items is taken while a cycle runs (docs/METRICS.md, "Employee feedback"). */
const RUNNING: readonly string[] = ['open', 'self_review', 'manager_review', 'calibrated'];
const LIVE_MONTH = 'live:month';
const LIVE_QUARTER = 'live:quarter';

/** The cycle to show first: the newest one that has started, else the live month. */
function defaultView(cycles: readonly Cycle[]): string {
  const started = cycles.find((cycle) => cycle.status !== 'draft');
  return started ? `cycle:${started.id}` : LIVE_MONTH;
}

const livePeriodOf = (view: string): LivePeriod | null =>
  view === LIVE_MONTH ? 'month' : view === LIVE_QUARTER ? 'quarter' : null;

export function AppraisalPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorText = useErrorText();
  const text = useMetricText();
  const catalog = useMetricCatalog();
  const cycles = useCycles();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const cycleList = useMemo(() => cycles.data?.items ?? [], [cycles.data]);
  const view = params.get('view') ?? (cycles.isPending ? null : defaultView(cycleList));
  const livePeriod = view ? livePeriodOf(view) : null;
  const cycle = cycleList.find((candidate) => view === `cycle:${candidate.id}`);
  // A link into the live view may name an item whose records to show (the weekly digest's).
  const linkedMetric = params.get('evidence');
  const [evidence, setEvidence] = useState<EvidenceSource | null>(() =>
    linkedMetric && livePeriod ? { kind: 'live', metric: linkedMetric, period: livePeriod } : null,
  );
  const closeEvidence = () => {
    setEvidence(null);
    if (linkedMetric && view) setParams({ view });
  };

  const live = useQuery({
    queryKey: [...APPRAISAL_KEY, 'scorecard', livePeriod],
    queryFn: () => getScorecard(livePeriod ?? 'month'),
    enabled: livePeriod !== null,
  });
  const mine = useQuery({
    queryKey: [...APPRAISAL_KEY, 'my-result', cycle?.id],
    queryFn: () => findMyResult(cycle?.id ?? '', me.id),
    enabled: cycle !== undefined,
  });
  const closed = cycleList.filter((c) => c.status !== 'draft').slice(0, 12);
  const history = useQueries({
    queries: closed.map((c) => ({
      queryKey: [...APPRAISAL_KEY, 'my-result', c.id],
      queryFn: () => findMyResult(c.id, me.id),
    })),
  });

  const rows: ItemRow[] = cycle
    ? (mine.data?.items.map(fromResultItem) ?? [])
    : (live.data?.items.map(fromScoredItem) ?? []);
  const current = cycle ? mine : live;
  const radar = categoryScores(
    rows.map((row) => ({
      category: text.definition(row.metric)?.category ?? 'custom',
      weight: row.weight,
      score: row.adjustedScore ?? row.score,
    })),
  ).map((entry) => ({ name: text.category(entry.category), score: entry.score }));
  const trend = closed
    .map((c, index) => ({ label: c.name, total: history[index]?.data?.total ?? null }))
    .filter((point): point is { label: string; total: number } => point.total !== null)
    .reverse();

  const summary = cycle ? mine.data : live.data;
  const context = cycle ? (
    <Flex gap={8} align="center" wrap>
      <Typography.Text strong>{cycle.name}</Typography.Text>
      <CycleStatusTag status={cycle.status} />
      <Typography.Text type="secondary">
        {t('appraisal.period', { from: cycle.firstDay, to: cycle.lastDay })}
      </Typography.Text>
      {cycle.soFar && cycle.asOf && (
        <Tag color="warning" data-testid="cycle-so-far">
          {t('appraisal.soFar', { at: format.dateTime(cycle.asOf) })}
        </Tag>
      )}
    </Flex>
  ) : live.data ? (
    <Flex gap={8} align="center" wrap>
      <Tag color="processing">{t('appraisal.liveTag')}</Tag>
      <Typography.Text type="secondary">
        {t('appraisal.period', {
          from: format.date(live.data.period.start),
          to: format.date(live.data.period.asOf),
        })}
      </Typography.Text>
    </Flex>
  ) : null;

  const picker = (
    <Select
      data-testid="appraisal-view"
      aria-label={t('appraisal.view')}
      value={view}
      loading={cycles.isPending}
      style={{ minWidth: 220 }}
      onChange={(next: string) => setParams({ view: next })}
      options={[
        {
          label: t('appraisal.liveGroup'),
          options: [
            { value: LIVE_MONTH, label: t('appraisal.liveMonth') },
            { value: LIVE_QUARTER, label: t('appraisal.liveQuarter') },
          ],
        },
        ...(cycleList.length
          ? [
              {
                label: t('appraisal.cyclesGroup'),
                options: cycleList.map((c) => ({
                  value: `cycle:${c.id}`,
                  label: `${c.name} · ${t(`appraisal.status.${c.status}`)}`,
                })),
              },
            ]
          : []),
      ]}
    />
  );

  const notInCycle = cycle !== undefined && mine.data === null;
  return (
    <>
      <PageHeading title={t('appraisal.title')} extra={picker} />
      <Flex vertical gap={16}>
        {cycles.isSuccess && cycleList.length === 0 && (
          <Alert type="info" showIcon title={t('appraisal.noCycles')} />
        )}
        {current.isError && <Alert type="error" showIcon title={errorText(current.error)} />}
        {notInCycle && (
          <Card>
            <Empty description={t('appraisal.notInCycle')} />
          </Card>
        )}
        {summary && (
          <Card loading={catalog.isPending}>
            <ScoreSummary
              total={summary.total}
              grade={summary.grade}
              gradeWithheld={'gradeWithheld' in summary ? summary.gradeWithheld : null}
              applicableShare={summary.applicableShare}
              context={context}
            />
            {summary.items.length === 0 && (
              <Alert
                type="info"
                showIcon
                title={t('appraisal.noTemplate')}
                style={{ marginTop: 16 }}
              />
            )}
          </Card>
        )}
        {summary && summary.items.length > 0 && (
          <Card styles={{ body: { padding: 0 } }}>
            <ScoreItemsTable
              rows={rows}
              loading={current.isFetching}
              onWhy={(metric) =>
                setEvidence(
                  cycle && mine.data
                    ? { kind: 'result', resultId: mine.data.id, metric }
                    : { kind: 'live', metric, period: livePeriod ?? 'month' },
                )
              }
            />
          </Card>
        )}
        <MyFlagsCard userId={me.id} focused={params.get('section') === 'flags'} />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('appraisal.radar.title')}>
              <CategoryRadar points={radar} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('appraisal.trend.title')}>
              <TrendChart points={trend} />
            </Card>
          </Col>
        </Row>
        {cycle && mine.data && <MyReviewCard cycle={cycle} result={mine.data} />}
        {cycle && mine.data && RUNNING.includes(cycle.status) && (
          <ItemFeedbackCard cycle={cycle} metrics={mine.data.items.map((item) => item.metric)} />
        )}
        <MyBadgesCard userId={me.id} />
      </Flex>
      <EvidenceDrawer source={evidence} onClose={closeEvidence} />
    </>
  );
}
