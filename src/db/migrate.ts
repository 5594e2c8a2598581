import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { columnTypes } from './column-types.js';
import type { Db } from './database.js';
import { migrations } from './migrations/index.js';

export type MigrationOutcome = { applied: string[] };

function migratorFor(db: Db): Migrator {
  const t = columnTypes(db.dialect);
  return new Migrator({
    db: db.kysely,
    // Name the schema of Kysely's bookkeeping tables, so that several schemas in one database
    // (tests, or installations sharing a server) never see each other's (engine.ts introspects
    // the connection's own schema only).
    ...(db.schema ? { migrationTableSchema: db.schema } : {}),
    provider: {
      async getMigrations() {
        const entries = Object.entries(migrations).map(([name, migration]): [string, Migration] => [
          name,
          {
            up: (executor: Kysely<unknown>) =>
              migration.up({ db: executor, dialect: db.dialect, t }),
          },
        ]);
        return Object.fromEntries(entries);
      },
    },
  });
}

/** Brings the schema up to date. Idempotent: running it twice applies nothing the second time. */
export async function migrateToLatest(db: Db): Promise<MigrationOutcome> {
  return outcomeOf(await migratorFor(db).migrateToLatest());
}

/** Applies the migrations up to and including `name` (tests of a migration over existing rows). */
export async function migrateUpTo(db: Db, name: string): Promise<MigrationOutcome> {
  return outcomeOf(await migratorFor(db).migrateTo(name));
}

function outcomeOf({ error, results }: MigrationResultSet): MigrationOutcome {
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
