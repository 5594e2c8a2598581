import { Card, Result, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ReportKey } from '../../api/reports-api';
import { useCurrentUser } from '../../auth/current-user';
import { PageHeading } from '../../components/page-heading';
import { CockpitTab } from './cockpit-tab';
import { ReportFilterBar } from './report-filter-bar';
import {
  AdoptionTab,
  FunnelTab,
  SalesTab,
  ServiceTab,
  StageDurationsTab,
  WinLossTab,
} from './report-tabs';

const TABS = [
  'cockpit',
  'funnel',
  'stage-durations',
  'sales',
  'win-loss',
  'service',
  'adoption',
] as const satisfies ReportKey[];
const isTab = (value: string | null): value is ReportKey => TABS.some((tab) => tab === value);
const TAB_TITLES = {
  cockpit: 'reports.cockpit.title',
  funnel: 'reports.funnel.title',
  'stage-durations': 'reports.stages.title',
  sales: 'reports.sales.title',
  'win-loss': 'reports.winLoss.title',
  service: 'reports.service.title',
  adoption: 'reports.adoption.title',
} as const;

/** 报表: the leadership cockpit and the reports behind it, for managers, executives and admins. */
export function ReportsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('report');
  const tab: ReportKey = isTab(tabParam) ? tabParam : 'cockpit';
  const allowed = user.roles.some((role) => ['manager', 'admin', 'executive'].includes(role));
  if (!allowed)
    return (
      <>
        <PageHeading title={t('reports.title')} />
        <Card>
          <Result status="403" subTitle={t('reports.forbidden')} />
        </Card>
      </>
    );
  const content = {
    cockpit: <CockpitTab />,
    funnel: <FunnelTab />,
    'stage-durations': <StageDurationsTab />,
    sales: <SalesTab />,
    'win-loss': <WinLossTab />,
    service: <ServiceTab />,
    adoption: <AdoptionTab />,
  };
  return (
    <>
      <PageHeading title={t('reports.title')} />
      <Card>
        <ReportFilterBar report={tab} />
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setParams((previous) => {
              const next = new URLSearchParams(previous);
              next.set('report', key);
              return next;
            })
          }
          destroyOnHidden
          items={TABS.map((key) => ({
            key,
            label: t(TAB_TITLES[key]),
            children: content[key],
          }))}
        />
      </Card>
    </>
  );
}
