import {
  AimOutlined,
  ApartmentOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  EyeInvisibleOutlined,
  ExperimentOutlined,
  FlagOutlined,
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
import type { Role } from '../api/users-api';
import type { ComingSoonArea } from './areas';

type NavLabel =
  | ComingSoonArea
  | 'workbench'
  | 'users'
  | 'departments'
  | 'customers'
  | 'pool'
  | 'contacts'
  | 'tickets'
  | 'feedback'
  | 'campaigns'
  | 'appraisal'
  | 'team'
  | 'templates'
  | 'dataScopes'
  | 'pipelineStages'
  | 'keyFields'
  | 'fieldAccess'
  | 'customMetrics'
  | 'targets'
  | 'cycles'
  | 'recognition'
  | 'recognitionSettings'
  | 'leads'
  | 'opportunities';
type NavGroup = 'sales' | 'service' | 'marketing' | 'performance' | 'admin';

export type NavEntry = {
  path: string;
  label: NavLabel;
  icon: ReactNode;
  /** Offered only to users holding one of these roles (the server's policy for the page's data). */
  roles?: readonly Role[];
};

// The roles each area's server policy admits (src/modules/*/…policy.ts): a page the user may
// not read is not offered, so no menu entry answers "you do not have permission".
const LEADS: readonly Role[] = ['sales', 'marketing', 'manager', 'admin', 'executive'];
const CUSTOMERS: readonly Role[] = [
  'sales',
  'service',
  'manager',
  'admin',
  'executive',
  'marketing',
];
const POOL: readonly Role[] = ['sales', 'manager', 'admin', 'executive'];
const CONTRACTS: readonly Role[] = ['sales', 'service', 'manager', 'admin', 'executive'];
const TICKETS: readonly Role[] = ['service', 'sales', 'manager', 'admin', 'executive'];
const TEAM: readonly Role[] = ['manager', 'admin', 'hr', 'executive'];

/** Whether a user with these roles is offered the entry. */
export const offeredTo = (entry: NavEntry, roles: readonly Role[]): boolean =>
  !entry.roles || entry.roles.some((role) => roles.includes(role));

type NavSection = {
  /** Sections without a group are listed at the top level. */
  group?: NavGroup;
  /** Admin entries form a collapsible sub-menu and are only shown to administrators. */
  adminOnly?: boolean;
  icon?: ReactNode;
  entries: NavEntry[];
};

export const NAV_SECTIONS: NavSection[] = [
  { entries: [{ path: '/workbench', label: 'workbench', icon: <DashboardOutlined /> }] },
  {
    group: 'sales',
    entries: [
      { path: '/leads', label: 'leads', icon: <AimOutlined />, roles: LEADS },
      { path: '/customers', label: 'customers', icon: <ShopOutlined />, roles: CUSTOMERS },
      { path: '/pool', label: 'pool', icon: <InboxOutlined />, roles: POOL },
      { path: '/contacts', label: 'contacts', icon: <ContactsOutlined />, roles: CUSTOMERS },
      { path: '/opportunities', label: 'opportunities', icon: <FundOutlined />, roles: CUSTOMERS },
      { path: '/contracts', label: 'contracts', icon: <FileProtectOutlined />, roles: CONTRACTS },
      { path: '/payments', label: 'payments', icon: <MoneyCollectOutlined />, roles: CONTRACTS },
    ],
  },
  {
    group: 'service',
    entries: [
      { path: '/tickets', label: 'tickets', icon: <CustomerServiceOutlined />, roles: TICKETS },
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
      { path: '/team', label: 'team', icon: <TeamOutlined />, roles: TEAM },
      { path: '/recognition', label: 'recognition', icon: <CrownOutlined /> },
    ],
  },
  {
    group: 'admin',
    adminOnly: true,
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
    ],
  },
];
