import {
  AimOutlined,
  BarChartOutlined,
  AuditOutlined,
  ApartmentOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  EyeInvisibleOutlined,
  ExperimentOutlined,
  FlagOutlined,
  HistoryOutlined,
  ImportOutlined,
  NodeIndexOutlined,
  SafetyOutlined,
  BulbOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FundOutlined,
  InboxOutlined,
  MoneyCollectOutlined,
  NotificationOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  TrophyOutlined,
  StarOutlined,
  CrownOutlined,
  UserOutlined,
  ProfileOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Area } from '../api/auth-api';
import type { Messages } from '../i18n/en';

/** A page of the menu: an area the server may open to the user, worded under `nav`. */
type NavLabel = Extract<Area, keyof Messages['nav']>;
type NavGroup = 'sales' | 'service' | 'marketing' | 'performance' | 'admin';

export type NavEntry = { path: string; label: NavLabel; icon: ReactNode };

/**
 * Whether the entry is offered: the server lists the pages the user may open (from the access
 * checks of the routes each page calls), so no menu entry answers "you do not have permission".
 */
export const offeredTo = (entry: NavEntry, areas: readonly Area[]): boolean =>
  areas.includes(entry.label);

type NavSection = {
  /** Sections without a group are listed at the top level. */
  group?: NavGroup;
  /** The admin entries form a collapsible sub-menu. */
  subMenu?: boolean;
  icon?: ReactNode;
  entries: NavEntry[];
};

export const NAV_SECTIONS: NavSection[] = [
  { entries: [{ path: '/workbench', label: 'workbench', icon: <DashboardOutlined /> }] },
  {
    group: 'sales',
    entries: [
      { path: '/leads', label: 'leads', icon: <AimOutlined /> },
      { path: '/customers', label: 'customers', icon: <ShopOutlined /> },
      { path: '/pool', label: 'pool', icon: <InboxOutlined /> },
      { path: '/contacts', label: 'contacts', icon: <ContactsOutlined /> },
      { path: '/opportunities', label: 'opportunities', icon: <FundOutlined /> },
      { path: '/contracts', label: 'contracts', icon: <FileProtectOutlined /> },
      { path: '/payments', label: 'payments', icon: <MoneyCollectOutlined /> },
    ],
  },
  {
    group: 'service',
    entries: [
      { path: '/tickets', label: 'tickets', icon: <CustomerServiceOutlined /> },
      { path: '/feedback', label: 'feedback', icon: <BulbOutlined /> },
    ],
  },
  {
    group: 'marketing',
    entries: [{ path: '/campaigns', label: 'campaigns', icon: <NotificationOutlined /> }],
  },
  {
    group: 'performance',
    entries: [
      { path: '/appraisal', label: 'appraisal', icon: <TrophyOutlined /> },
      { path: '/team', label: 'team', icon: <TeamOutlined /> },
      { path: '/reports', label: 'reports', icon: <BarChartOutlined /> },
      { path: '/review', label: 'review', icon: <AuditOutlined /> },
      { path: '/recognition', label: 'recognition', icon: <CrownOutlined /> },
    ],
  },
  {
    group: 'admin',
    subMenu: true,
    icon: <SettingOutlined />,
    entries: [
      { path: '/admin/users', label: 'users', icon: <UserOutlined /> },
      { path: '/admin/departments', label: 'departments', icon: <ApartmentOutlined /> },
      { path: '/admin/roles', label: 'dataScopes', icon: <SafetyOutlined /> },
      { path: '/admin/pipeline-stages', label: 'pipelineStages', icon: <NodeIndexOutlined /> },
      { path: '/admin/key-fields', label: 'keyFields', icon: <CheckSquareOutlined /> },
      { path: '/admin/field-access', label: 'fieldAccess', icon: <EyeInvisibleOutlined /> },
      { path: '/admin/templates', label: 'templates', icon: <ProfileOutlined /> },
      { path: '/admin/custom-metrics', label: 'customMetrics', icon: <ExperimentOutlined /> },
      { path: '/admin/targets', label: 'targets', icon: <FlagOutlined /> },
      { path: '/admin/cycles', label: 'cycles', icon: <CalendarOutlined /> },
      { path: '/admin/recognition', label: 'recognitionSettings', icon: <StarOutlined /> },
      { path: '/admin/pool-settings', label: 'poolSettings', icon: <InboxOutlined /> },
      { path: '/admin/products', label: 'products', icon: <ShopOutlined /> },
      { path: '/admin/import', label: 'imports', icon: <ImportOutlined /> },
      { path: '/admin/job-runs', label: 'jobRuns', icon: <HistoryOutlined /> },
    ],
  },
];
