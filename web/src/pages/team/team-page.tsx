import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeading } from '../../components/page-heading';
import { QualityFlagsTab } from './quality-flags-tab';
import { TeamCycleTab } from './team-cycle-tab';
import { TeamLiveTab } from './team-live-tab';

const TABS = ['live', 'cycle', 'quality'] as const;
type TeamTab = (typeof TABS)[number];
const isTab = (value: string | null): value is TeamTab => TABS.some((tab) => tab === value);

/** Managers (and HR, executives, admins): live scorecards, cycle results and reviews, data quality. */
export function TeamPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TeamTab = isTab(tabParam) ? tabParam : 'live';
  return (
    <>
      <PageHeading title={t('team.title')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key })}
          destroyOnHidden
          items={[
            { key: 'live', label: t('team.tabs.live'), children: <TeamLiveTab /> },
            { key: 'cycle', label: t('team.tabs.cycle'), children: <TeamCycleTab /> },
            { key: 'quality', label: t('team.tabs.quality'), children: <QualityFlagsTab /> },
          ]}
        />
      </Card>
    </>
  );
}
