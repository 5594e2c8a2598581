import { Card, Col, Row, Statistic, Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getCockpit, type Cockpit } from '../../api/reports-api';
import { useFormatters } from '../../components/formatters';
import { useStageName } from '../opportunities/stage-data';
import { DrillLink } from './drill-link';
import { FunnelChart } from './funnel-chart';
import { FunnelSteps } from './funnel-steps';
import { ReportData } from './report-tabs';

type Manager = Cockpit['managers'][number];

function Figure({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Col xs={12} md={6}>
      <Card size="small">
        <Statistic title={title} valueRender={() => children} />
      </Card>
    </Col>
  );
}

/** 管理驾驶舱: the key figures of every report for the viewer's scope, and the managers' own use. */
export function CockpitTab() {
  const { t } = useTranslation();
  const format = useFormatters();
  const stageName = useStageName();
  return (
    <ReportData name="cockpit" load={getCockpit}>
      {(cockpit) => {
        const step = (key: 'leads' | 'won') => cockpit.funnel.steps.find((s) => s.key === key);
        const leads = step('leads');
        const won = step('won');
        const bottleneck = cockpit.stageDurations.stages.find((s) => s.bottleneck);
        const { sales, winLoss, service } = cockpit;
        const ofTarget = (attainment: number | null) =>
          attainment === null ? '' : ` (${format.percent(attainment)})`;
        return (
          <>
            <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
              <Figure title={t('reports.cockpit.leads')}>
                <DrillLink drill={leads?.drill ?? null}>{leads?.count ?? 0}</DrillLink>
              </Figure>
              <Figure title={t('reports.cockpit.won')}>
                <DrillLink drill={won?.drill ?? null}>{won?.count ?? 0}</DrillLink>
              </Figure>
              <Figure title={t('reports.cockpit.leadToWon')}>
                {cockpit.funnel.leadToWon === null ? '—' : format.percent(cockpit.funnel.leadToWon)}
              </Figure>
              <Figure title={t('reports.cockpit.bottleneck')}>
                {bottleneck ? (
                  <DrillLink drill={bottleneck.drill}>
                    {`${stageName(bottleneck.stageId)} · ${format.number(bottleneck.medianDays ?? 0, 1)} ${t('reports.cockpit.days')}`}
                  </DrillLink>
                ) : (
                  '—'
                )}
              </Figure>
              <Figure title={t('reports.cockpit.wonAmount')}>
                <DrillLink drill={sales.drills?.won ?? null}>
                  {format.money(sales.wonCents)}
                </DrillLink>
                {ofTarget(sales.wonAttainment)}
              </Figure>
              <Figure title={t('reports.cockpit.collected')}>
                <DrillLink drill={sales.drills?.collected ?? null}>
                  {format.money(sales.collectedCents)}
                </DrillLink>
                {ofTarget(sales.collectionAttainment)}
              </Figure>
              <Figure title={t('reports.cockpit.receivable')}>
                <DrillLink drill={sales.drills?.receivable ?? null}>
                  {format.money(sales.receivableCents)}
                </DrillLink>
              </Figure>
              <Figure title={t('reports.cockpit.over90')}>
                <DrillLink drill={sales.drills?.ageing.over_90 ?? null}>
                  {format.money(sales.ageing.over_90)}
                </DrillLink>
              </Figure>
              <Figure title={t('reports.cockpit.closedWonLost')}>
                <DrillLink drill={winLoss.drills?.won ?? null}>{winLoss.wonCount}</DrillLink>
                {' / '}
                <DrillLink drill={winLoss.drills?.lost ?? null}>{winLoss.lostCount}</DrillLink>
              </Figure>
              <Figure title={t('reports.cockpit.winRate')}>
                {winLoss.winRate === null ? '—' : format.percent(winLoss.winRate)}
              </Figure>
              <Figure title={t('reports.cockpit.firstResponse')}>
                {service.firstResponseMinutes === null
                  ? '—'
                  : `${format.number(service.firstResponseMinutes, 1)} ${t('reports.cockpit.minutes')}`}
              </Figure>
              <Figure title={t('reports.cockpit.csat')}>
                <DrillLink drill={service.drills?.rated ?? null}>
                  {service.csat.value === null ? '—' : format.percent(service.csat.value)}
                </DrillLink>
              </Figure>
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('reports.funnel.title')}>
                  <FunnelChart report={cockpit.funnel} />
                  <FunnelSteps report={cockpit.funnel} />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('reports.cockpit.managers')}>
                  <Table<Manager>
                    size="small"
                    pagination={false}
                    rowKey="userId"
                    dataSource={cockpit.managers}
                    columns={[
                      { key: 'name', title: t('reports.cockpit.manager'), dataIndex: 'name' },
                      {
                        key: 'insightDays',
                        title: t('reports.cockpit.insightDays'),
                        align: 'right',
                        render: (_, m) => m.insightDays.value ?? '—',
                      },
                      {
                        key: 'reviewCoverage',
                        title: t('reports.cockpit.reviewCoverage'),
                        align: 'right',
                        render: (_, m) =>
                          m.reviewCoverage.value === null
                            ? '—'
                            : format.percent(m.reviewCoverage.value),
                      },
                    ]}
                  />
                </Card>
              </Col>
            </Row>
          </>
        );
      }}
    </ReportData>
  );
}
