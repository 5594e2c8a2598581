import type { Generated } from 'kysely';

/** Timestamps are ISO-8601 UTC strings on both engines (see engine.ts for the PostgreSQL parser). */
export type Timestamp = string;
/** Calendar dates are 'YYYY-MM-DD' strings on both engines. */
export type CalendarDate = string;
/** Booleans are stored as 0/1 on both engines so that one type serves both. */
export type Flag = number;

export type DataScope = 'self' | 'self_and_reports' | 'department' | 'department_tree' | 'all';

export type DepartmentsTable = {
  id: string;
  name: string;
  parentId: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt: Timestamp | null;
};

export type UsersTable = {
  id: string;
  name: string;
  email: string;
  passwordHash: string;
  departmentId: string | null;
  managerId: string | null;
  active: Flag;
  locale: string | null;
  joinedOn: CalendarDate | null;
  leftOn: CalendarDate | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

export type UserRolesTable = {
  userId: string;
  role: string;
};

export type RolesTable = {
  key: string;
  dataScope: DataScope;
  updatedAt: Timestamp;
};

/** Transitive closure of the manager relation: every (manager, report) pair at any depth, plus (u, u) at depth 0. */
export type UserClosureTable = {
  ancestorId: string;
  descendantId: string;
  depth: number;
};

/** Transitive closure of the department tree, plus (d, d) at depth 0. */
export type DepartmentClosureTable = {
  ancestorId: string;
  descendantId: string;
  depth: number;
};
