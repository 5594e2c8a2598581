import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getAdoption,
  getFunnel,
  getSales,
  getService,
  getStageDurations,
  getWinLoss,
  type ReportFilters,
} from '../../api/reports-api';
import { AdoptionView } from './adoption-view';
import { ServiceView } from './service-view';
import { WinLossView } from './win-loss-view';
import { useErrorText } from '../../components/use-error-reporter';
import { FunnelChart } from './funnel-chart';
import { FunnelSteps } from './funnel-steps';
import { useReportFilters } from './report-filters';
import { SalesTable } from './sales-table';
import { StageDurationsView } from './stage-durations-view';

export const REPORTS_KEY = ['reports'] as const;

/** Loads one report for the filters in the URL and shows it, its loading state or its error. */
export function ReportData<T>({
  name,
  load,
  children,
}: {
  name: string;
  load: (filters: ReportFilters) => Promise<T>;
  children: (data: T) => ReactNode;
}) {
  const errorText = useErrorText();
  const { filters } = useReportFilters();
  const report = useQuery({
    queryKey: [...REPORTS_KEY, name, filters],
    queryFn: () => load(filters),
  });
  if (report.error) return <Alert type="error" showIcon message={errorText(report.error)} />;
  if (!report.data) return <Spin />;
  return <>{children(report.data)}</>;
}

export function FunnelTab() {
  return (
    <ReportData name="funnel" load={getFunnel}>
      {(report) => (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={12}>
            <FunnelChart report={report} />
          </Col>
          <Col xs={24} md={12}>
            <FunnelSteps report={report} />
          </Col>
        </Row>
      )}
    </ReportData>
  );
}

export function StageDurationsTab() {
  return (
    <ReportData name="stage-durations" load={getStageDurations}>
      {(report) => <StageDurationsView report={report} />}
    </ReportData>
  );
}

export function SalesTab() {
  const { t } = useTranslation();
  return (
    <ReportData name="sales" load={getSales}>
      {(report) => (
        <>
          <Card size="small" title={t('reports.sales.people')} style={{ marginBottom: 16 }}>
            <SalesTable rows={[...report.people, report.total]} testId="sales-people" />
          </Card>
          <Card size="small" title={t('reports.sales.teams')}>
            <SalesTable rows={report.teams} testId="sales-teams" />
          </Card>
        </>
      )}
    </ReportData>
  );
}

export function AdoptionTab() {
  return (
    <ReportData name="adoption" load={getAdoption}>
      {(report) => <AdoptionView report={report} />}
    </ReportData>
  );
}

export function WinLossTab() {
  return (
    <ReportData name="win-loss" load={getWinLoss}>
      {(report) => <WinLossView report={report} />}
    </ReportData>
  );
}

export function ServiceTab() {
  return (
    <ReportData name="service" load={getService}>
      {(report) => <ServiceView report={report} />}
    </ReportData>
  );
}
