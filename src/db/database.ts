import type { Kysely, Transaction } from 'kysely';
import type { ApiTokensTable, LoginAttemptsTable, SessionsTable, SettingsTable } from './tables/access.table.js';
import type { HistoryTable } from './tables/history.table.js';
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
};

export type Dialect = 'sqlite' | 'postgres';

/** A connection or a transaction: repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;

export type Db = {
  kysely: Kysely<Database>;
  dialect: Dialect;
  close: () => Promise<void>;
};
