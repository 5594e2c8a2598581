import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type {
  ApiTokensTable,
  LoginAttemptsTable,
  SessionsTable,
  SettingsTable,
} from './tables/access.table.js';
import type {
  ActivitiesTable,
  ActivityDayTotalsTable,
  CampaignsTable,
  CollaboratorsTable,
  ContactsTable,
  ContractsTable,
  CustomerOwnerTotalsTable,
  CustomersTable,
  CustomerStatusChangesTable,
  FeedbackTable,
  FollowUpPlansTable,
  LeadsTable,
  OpportunitiesTable,
  OrgZoneOffsetsTable,
  OwnershipPeriodsTable,
  PaymentPlansTable,
  PaymentsTable,
  PipelineStagesTable,
  PlanDayTotalsTable,
  KeyCustomerDayTotalsTable,
  CrossOwnerRecordsTable,
  PoolRulesTable,
  SearchEntriesTable,
  ProductsTable,
  StageChangesTable,
  TicketRepliesTable,
  TicketsTable,
  UsageEventsTable,
} from './tables/crm.table.js';
import type {
  CustomMetricsTable,
  CycleParticipantsTable,
  CycleResultItemsTable,
  ItemFeedbackTable,
  CycleResultsTable,
  CyclesTable,
  QualityFlagsTable,
  TemplatesTable,
  TemplateVersionsTable,
  UserTargetsTable,
} from './tables/appraisal.table.js';
import type { HistoryChainTable, HistoryTable } from './tables/history.table.js';
import type {
  ImportJobErrorsTable,
  ImportJobsTable,
  ImportLinksTable,
  ImportMappingsTable,
} from './tables/import.table.js';
import type {
  NotificationDeliveriesTable,
  NotificationPreferencesTable,
  NotificationsTable,
} from './tables/notification.table.js';
import type { JobRunsTable } from './tables/job.table.js';
import type { BadgesTable, RecognitionGrantsTable } from './tables/recognition.table.js';
import type { SimulatorProfilesTable } from './tables/simulator.table.js';
import type {
  DepartmentClosureTable,
  DepartmentsTable,
  RolesTable,
  UserClosureTable,
  UserRolesTable,
  UsersTable,
} from './tables/organisation.table.js';

/** The one typed schema of Yardstick, shared by SQLite and PostgreSQL. */
export type Database = {
  departments: DepartmentsTable;
  departmentClosure: DepartmentClosureTable;
  users: UsersTable;
  userRoles: UserRolesTable;
  userClosure: UserClosureTable;
  roles: RolesTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  loginAttempts: LoginAttemptsTable;
  settings: SettingsTable;
  history: HistoryTable;
  historyChain: HistoryChainTable;
  customers: CustomersTable;
  customerStatusChanges: CustomerStatusChangesTable;
  ownershipPeriods: OwnershipPeriodsTable;
  collaborators: CollaboratorsTable;
  contacts: ContactsTable;
  campaigns: CampaignsTable;
  leads: LeadsTable;
  pipelineStages: PipelineStagesTable;
  opportunities: OpportunitiesTable;
  stageChanges: StageChangesTable;
  activities: ActivitiesTable;
  activityDayTotals: ActivityDayTotalsTable;
  planDayTotals: PlanDayTotalsTable;
  crossOwnerRecords: CrossOwnerRecordsTable;
  customerOwnerTotals: CustomerOwnerTotalsTable;
  keyCustomerDayTotals: KeyCustomerDayTotalsTable;
  orgZoneOffsets: OrgZoneOffsetsTable;
  followUpPlans: FollowUpPlansTable;
  products: ProductsTable;
  contracts: ContractsTable;
  paymentPlans: PaymentPlansTable;
  payments: PaymentsTable;
  tickets: TicketsTable;
  ticketReplies: TicketRepliesTable;
  feedback: FeedbackTable;
  usageEvents: UsageEventsTable;
  poolRules: PoolRulesTable;
  searchEntries: SearchEntriesTable;
  qualityFlags: QualityFlagsTable;
  customMetrics: CustomMetricsTable;
  templates: TemplatesTable;
  templateVersions: TemplateVersionsTable;
  userTargets: UserTargetsTable;
  cycles: CyclesTable;
  cycleParticipants: CycleParticipantsTable;
  cycleResults: CycleResultsTable;
  cycleResultItems: CycleResultItemsTable;
  itemFeedback: ItemFeedbackTable;
  simulatorProfiles: SimulatorProfilesTable;
  notifications: NotificationsTable;
  notificationDeliveries: NotificationDeliveriesTable;
  notificationPreferences: NotificationPreferencesTable;
  jobRuns: JobRunsTable;
  badges: BadgesTable;
  recognitionGrants: RecognitionGrantsTable;
  importJobs: ImportJobsTable;
  importJobErrors: ImportJobErrorsTable;
  importLinks: ImportLinksTable;
  importMappings: ImportMappingsTable;
};

export type Dialect = 'sqlite' | 'postgres';

/** A connection or a transaction: repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** The engine an executor talks to. */
export const dialectOf = (executor: Executor): Dialect =>
  executor.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';

export type Db = {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL only: the schema the connection works in, when not the default. */
  schema?: string;
  close: () => Promise<void>;
};
