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
    // Kysely checks the order of the applied migrations by the time each ran, so a clock set back
    // between two upgrades (a restored snapshot, a corrected clock) would make it refuse a database
    // whose migrations all ran in order. `migratorInOrder` checks their names instead.
    allowUnorderedMigrations: true,
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

/**
 * The migrator, after refusing a database where a migration was applied while an earlier one (by
 * name) was not: each migration may rely on every earlier one, so the applied ones must be the
 * first of the list.
 */
async function migratorInOrder(db: Db): Promise<Migrator> {
  const migrator = migratorFor(db);
  const all = await migrator.getMigrations();
  const firstPending = all.findIndex((m) => m.executedAt === undefined);
  const late = firstPending < 0 ? undefined : all.slice(firstPending).find((m) => m.executedAt);
  if (late)
    throw new Error(
      `corrupted migrations: ${late.name} was applied but the earlier ${all[firstPending]?.name} was not`,
    );
  return migrator;
}

/** Brings the schema up to date. Idempotent: running it twice applies nothing the second time. */
export async function migrateToLatest(db: Db): Promise<MigrationOutcome> {
  const migrator = await migratorInOrder(db);
  return outcomeOf(await migrator.migrateToLatest());
}

/** Applies the migrations up to and including `name` (tests of a migration over existing rows). */
export async function migrateUpTo(db: Db, name: string): Promise<MigrationOutcome> {
  const migrator = await migratorInOrder(db);
  return outcomeOf(await migrator.migrateTo(name));
}

function outcomeOf({ error, results }: MigrationResultSet): MigrationOutcome {
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
