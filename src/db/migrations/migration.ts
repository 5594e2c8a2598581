import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../column-types.js';
import type { Dialect } from '../database.js';

/** Migrations work on the untyped schema: the typed Database describes the result, not each step. */
export type MigrationContext = {
  db: Kysely<unknown>;
  dialect: Dialect;
  t: ColumnTypes;
};

export type YardstickMigration = {
  up: (context: MigrationContext) => Promise<void>;
};
