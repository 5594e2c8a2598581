import { systemAdminEn } from './system-admin.en';
import { importsEn } from './imports.en';
import { errorsEn } from './errors.en';
import { notificationsEn } from './notifications.en';
import { searchEn } from './search.en';
import { dealsEn } from './deals.en';
import { captureEn } from './capture.en';
import { customersEn } from './customers.en';
import { recordsEn } from './records.en';
import { serviceEn } from './service.en';
import { workbenchEn } from './workbench.en';
import { recognitionEn } from './recognition.en';
import { appraisalEn } from './appraisal.en';
import { teamEn } from './team.en';
import { reportsEn } from './reports.en';
import { reviewEn } from './review.en';
import { appraisalAdminEn } from './appraisal-admin.en';
import { adminSettingsEn } from './admin-settings.en';
import { fieldAccessEn } from './field-access.en';
import { dealRecordsEn } from './deal-records.en';

export const en = {
  app: {
    name: 'Yardstick',
    tagline: 'CRM performance appraisal built on real CRM use',
    loading: 'Loading…',
  },
  language: {
    label: 'Language',
    'zh-CN': '中文',
    en: 'English',
  },
  nav: {
    label: 'Main navigation',
    openMenu: 'Open menu',
    workbench: 'Workbench',
    sales: 'Sales',
    leads: 'Leads',
    customers: 'Customers',
    pool: 'Public pool',
    contacts: 'Contacts',
    opportunities: 'Opportunities',
    contracts: 'Contracts',
    payments: 'Payments',
    service: 'Service',
    tickets: 'Tickets',
    feedback: 'Product feedback',
    marketing: 'Marketing',
    campaigns: 'Campaigns',
    performance: 'Performance',
    appraisal: 'My appraisal',
    team: 'Team',
    reports: 'Reports',
    review: 'Quarterly review',
    admin: 'Administration',
    users: 'Users',
    departments: 'Departments',
    templates: 'Scorecard templates',
    cycles: 'Appraisal cycles',
    targets: 'Targets',
    customMetrics: 'Custom metrics',
    dataScopes: 'Roles and data scopes',
    pipelineStages: 'Pipeline stages',
    keyFields: 'Appraisal settings',
    fieldAccess: 'Field permissions',
    recognition: 'Recognition',
    recognitionSettings: 'Recognition settings',
    poolSettings: 'Public pool rules',
    products: 'Products',
    imports: 'Import',
    jobRuns: 'Job runs',
  },
  auth: {
    title: 'Sign in',
    subtitle: 'Sign in with your work email',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    invalidCredentials: 'The email or password is incorrect.',
    throttled: 'Too many sign-in attempts. Please wait a moment and try again.',
  },
  userMenu: {
    label: 'Account menu for {{name}}',
    changePassword: 'Change password',
    notificationSettings: 'Notification settings',
    logout: 'Sign out',
  },
  password: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm new password',
    mismatch: 'The two new passwords do not match.',
    changed:
      'Your password has been changed; your other sessions are signed out and your API tokens revoked.',
  },
  comingSoon: {
    title: '{{area}} is coming soon',
    description:
      'This part of Yardstick is being built and will appear here in an upcoming release.',
  },
  workbench: workbenchEn,
  recognition: recognitionEn,
  records: recordsEn,
  customers: customersEn,
  search: searchEn,
  capture: captureEn,
  service: serviceEn,
  notFound: {
    title: 'Page not found',
    description: 'The page you are looking for does not exist or has moved.',
    backHome: 'Back to workbench',
  },
  forbidden: {
    title: 'No access',
    description:
      'You do not have permission to view this page. Ask an administrator if you need it.',
  },
  roles: {
    admin: 'Administrator',
    executive: 'Executive',
    manager: 'Manager',
    sales: 'Sales',
    service: 'Service',
    marketing: 'Marketing',
    product: 'Product',
    hr: 'HR',
  },
  users: {
    title: 'Users',
    create: 'New user',
    edit: 'Edit user',
    search: 'Search by name or email',
    total: '{{count}} users in total',
    totalCapped: 'More than {{cap}} users',
    name: 'Name',
    email: 'Email',
    password: 'Initial password',
    roles: 'Roles',
    department: 'Department',
    manager: 'Manager',
    status: 'Status',
    active: 'Active',
    inactive: 'Deactivated',
    joinedOn: 'Joined on',
    joinedOnHint: 'Newcomers are appraised from this day; empty means today.',
    leftOn: 'Left on',
    created: 'User {{name}} was created.',
    updated: 'User {{name}} was saved.',
  },
  departments: {
    title: 'Departments',
    create: 'New department',
    createChild: 'Add sub-department',
    rename: 'Rename',
    move: 'Move',
    moveTitle: 'Move {{name}}',
    renameTitle: 'Rename {{name}}',
    name: 'Name',
    parent: 'Parent department',
    topLevel: 'Top level (no parent)',
    empty: 'No departments yet. Create the first one to start building your organisation.',
    saved: 'Department {{name}} was saved.',
    actions: 'Actions for {{name}}',
  },
  deals: dealsEn,
  common: {
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    actions: 'Actions',
    none: 'None',
    retry: 'Retry',
    loadFailed: 'Could not load the data.',
  },
  errors: errorsEn,

  appraisal: appraisalEn,
  team: teamEn,
  reports: reportsEn,
  review: reviewEn,
  appraisalAdmin: appraisalAdminEn,
  dealRecords: dealRecordsEn,
  adminSettings: adminSettingsEn,
  systemAdmin: systemAdminEn,
  fieldAccess: fieldAccessEn,
  notifications: notificationsEn,
  imports: importsEn,
};

export type Messages = typeof en;
