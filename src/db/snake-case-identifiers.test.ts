import {
  CamelCasePlugin,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Dialect,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database, Dialect as Engine } from './database.js';
import { camelCaseRows, snakeCasingDialect } from './snake-case-identifiers.js';

const plainDialect = (engine: Engine): Dialect =>
  engine === 'sqlite'
    ? {
        createAdapter: () => new SqliteAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new SqliteIntrospector(db),
        createQueryCompiler: () => new SqliteQueryCompiler(),
      }
    : {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new PostgresIntrospector(db),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      };

/** Kysely's own way: the plugin rewrites the query before a plain compiler prints it. */
const withPlugin = (engine: Engine) =>
  new Kysely<Database>({ dialect: plainDialect(engine), plugins: [new CamelCasePlugin()] });

/** Yardstick's: the compiler snake_cases each identifier as it prints it. */
const atCompile = (engine: Engine) =>
  new Kysely<Database>({
    dialect: snakeCasingDialect(plainDialect(engine), engine),
    plugins: [camelCaseRows()],
  });

/** Queries with identifiers in every place a repository puts them. */
const queries = (db: Kysely<Database>) => [
  db
    .selectFrom('stageChanges')
    .innerJoin('opportunities as o', 'o.id', 'stageChanges.opportunityId')
    .select(['stageChanges.effectiveAt as at', 'o.amountCents', sql.ref('o.customerId').as('cid')])
    .select((eb) => [
      eb
        .selectFrom('pipelineStages')
        .select('nameEn')
        .whereRef('pipelineStages.id', '=', 'stageChanges.toStageId')
        .as('stageName'),
      eb.fn.countAll<number>().over().as('totalCount'),
    ])
    .where('o.deletedAt', 'is', null)
    .where(sql<boolean>`${sql.ref('o.ownerId')} = ${'u1'}`)
    .orderBy('stageChanges.effectiveAt', 'desc')
    .limit(20),
  db
    .with('recentPlans', (w) =>
      w.selectFrom('followUpPlans').select(['ownerId', 'dueAt']).where('dueAt', '>', 'x'),
    )
    .selectFrom('recentPlans')
    .select(['ownerId', (eb) => eb.fn.max('dueAt').as('latestDueAt')])
    .groupBy('ownerId'),
  db
    .insertInto('planDayTotals')
    .values({ ownerId: 'u1', day: '2026-01-01', plans: 1, executed: 0 })
    .onConflict((oc) =>
      oc
        .columns(['ownerId', 'day'])
        .doUpdateSet((eb) => ({ plans: eb('planDayTotals.plans', '+', 1) })),
    ),
  db
    .updateTable('customers')
    .set({ lastFollowUpAt: 'x' })
    .where('id', '=', 'c1')
    .returning('ownerId'),
  db.deleteFrom('qualityFlags').where('recordId', '=', 'a1'),
];

describe('identifiers snake_cased as they are compiled', () => {
  for (const engine of ['sqlite', 'postgres'] as const) {
    it(`prints the same ${engine} statements as Kysely's CamelCasePlugin`, () => {
      const before = queries(withPlugin(engine)).map((q) => q.compile());
      const after = queries(atCompile(engine)).map((q) => q.compile());
      expect(after.map((q) => q.sql)).toEqual(before.map((q) => q.sql));
      expect(after.map((q) => q.parameters)).toEqual(before.map((q) => q.parameters));
      expect(after[0]?.sql).toContain('"stage_changes"."effective_at" as "at"');
      expect(after[0]?.sql).toContain('as "total_count"');
    });
  }

  it('turns the snake_case keys of result rows into camelCase', async () => {
    const result = await camelCaseRows().transformResult({
      queryId: { queryId: 'q' },
      result: { rows: [{ owner_id: 'u1', total_count: 2, at: 'x' }] },
    });
    expect(result.rows).toEqual([{ ownerId: 'u1', totalCount: 2, at: 'x' }]);
  });
});
