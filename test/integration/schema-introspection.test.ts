import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';

const runPostgres = await shouldRunPostgres();

// Several installations (or test runs) may share one PostgreSQL database, each in its own schema:
// one's introspection, which its migrations use, reads its own tables and nobody else's.
for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `introspection of one installation's tables [${engine}]`,
    () => {
      let ours: TestDatabase;
      let theirs: TestDatabase;
      beforeAll(async () => {
        ours = await createTestDatabase(engine);
        theirs = await createTestDatabase(engine);
        await migrateToLatest(ours.db);
        await sql`create table not_ours (id text primary key)`.execute(theirs.db.kysely);
      });
      afterAll(async () => {
        await ours?.drop();
        await theirs?.drop();
      });

      it('lists its own tables with their columns, and not the tables of another', async () => {
        const tables = await ours.db.kysely.introspection.getTables();
        const names = tables.map((table) => table.name);
        expect(names).toContain('customers');
        expect(names).not.toContain('not_ours');
        expect(names.filter((name) => name.startsWith('kysely_'))).toEqual([]);
        const departments = tables.find((table) => table.name === 'departments');
        const column = (name: string) => departments?.columns.find((c) => c.name === name);
        expect(column('name')).toMatchObject({ isNullable: false, hasDefaultValue: false });
        expect(column('deleted_at')).toMatchObject({ isNullable: true, hasDefaultValue: false });
        expect(column('version')).toMatchObject({ isNullable: false, hasDefaultValue: true });
      });

      it('lists the migrator’s own tables when asked, and migrates again without applying anything', async () => {
        const tables = await ours.db.kysely.introspection.getTables({
          withInternalKyselyTables: true,
        });
        expect(tables.map((table) => table.name)).toEqual(
          expect.arrayContaining(['kysely_migration', 'kysely_migration_lock']),
        );
        expect((await migrateToLatest(ours.db)).applied).toEqual([]);
      });

      it('sees a table another installation creates only in that installation', async () => {
        const theirTables = await theirs.db.kysely.introspection.getTables();
        expect(theirTables.map((table) => table.name)).toEqual(['not_ours']);
      });
    },
  );
}
