import { decodeChanges } from '../../src/db/history-codec.js';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateUpTo } from '../../src/db/migrate.js';
import { verifyHistoryChain } from '../../src/platform/history/history-audit.js';
import { createTestDatabase, shouldRunPostgres } from '../support/engines.js';
import { PASSWORD } from '../support/org-fixture.js';
import { createUser } from '../../src/modules/org/org.service.js';
import { createTestAppOn, type TestApp } from '../support/test-app.js';

const runPostgres = await shouldRunPostgres();

type Entry = {
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  actorId: string | null;
  at: string;
};

/** Field-level rows as the history table held them before 0012 (one row per changed field). */
const OLD_ROWS: (Entry & { id: string; entity: string; entityId: string })[] = [];
let n = 0;
const old = (
  entityId: string,
  action: string,
  at: string,
  actorId: string | null,
  fields: [string | null, string | null, string | null][],
) => {
  for (const [field, oldValue, newValue] of fields) {
    n += 1;
    OLD_ROWS.push({
      id: `h-${String(n).padStart(3, '0')}`,
      entity: 'customer',
      entityId,
      action,
      field,
      oldValue,
      newValue,
      actorId,
      at,
    });
  }
};
const ACTOR = 'u-old';
old('c-1', 'create', '2026-03-01T01:00:00.000Z', ACTOR, [
  ['name', null, '北京星河科技有限公司'],
  ['status', null, 'potential'],
  ['phone', null, '13800138000'],
]);
old('c-1', 'update', '2026-03-02T01:00:00.000Z', ACTOR, [
  ['level', null, 'A'],
  ['region', null, '北京'],
]);
// Two writes in the same millisecond by the same person, both changing the level.
old('c-1', 'update', '2026-03-03T01:00:00.000Z', ACTOR, [
  ['level', 'A', 'B'],
  ['level', 'B', 'C'],
]);
// A write by the system at the same instant as someone else's.
old('c-1', 'update', '2026-03-03T01:00:00.000Z', null, [['ownerId', ACTOR, null]]);
old('c-1', 'delete', '2026-03-04T01:00:00.000Z', ACTOR, [[null, null, null]]);
old('c-1', 'restore', '2026-03-05T01:00:00.000Z', ACTOR, [
  ['deletedAt', '2026-03-04T01:00:00.000Z', null],
]);
old('c-2', 'create', '2026-03-01T01:00:00.000Z', ACTOR, [['name', null, 'Other Ltd']]);

const view = (e: Entry) => [e.at, e.action, e.field, e.oldValue, e.newValue, e.actorId];
/** Newest first as the endpoint lists them; fields of one instant in a fixed order. */
const byTimeThenContent = (a: unknown[], b: unknown[]) =>
  String(b[0]).localeCompare(String(a[0])) || JSON.stringify(a).localeCompare(JSON.stringify(b));

for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0012-history-per-write [${engine}]`,
    () => {
      let app: TestApp;
      let before: Entry[];
      beforeAll(async () => {
        const database = await createTestDatabase(engine);
        await migrateUpTo(database.db, '0011-notifications');
        const k = database.db.kysely;
        const at = '2026-03-01T00:00:00.000Z';
        await sql`insert into users (id, name, email, password_hash, active, version, created_at, updated_at)
          values (${ACTOR}, 'Old Hand', 'old@example.com', 'x', 1, 1, ${at}, ${at})`.execute(k);
        await k
          .insertInto('customers')
          .values({
            id: 'c-1',
            name: '北京星河科技有限公司',
            nameKey: '北京星河科技',
            phone: '13800138000',
            phoneKey: '13800138000',
            email: null,
            industry: null,
            source: null,
            level: 'C',
            status: 'potential',
            requirement: null,
            region: '北京',
            address: null,
            ownerId: null,
            ownerSince: null,
            previousOwnerId: ACTOR,
            poolEnteredAt: at,
            lastFollowUpAt: null,
            lastDealOn: null,
            createdBy: ACTOR,
            createdAt: at,
            updatedAt: at,
            deletedAt: null,
          })
          .execute();
        for (const r of OLD_ROWS)
          await sql`insert into history (id, entity, entity_id, action, field, old_value, new_value, actor_id, at)
            values (${r.id}, ${r.entity}, ${r.entityId}, ${r.action}, ${r.field}, ${r.oldValue},
                    ${r.newValue}, ${r.actorId}, ${r.at})`.execute(k);
        // What GET /customers/c-1/history answered before: the rows, newest first.
        const { rows } = await sql<Entry>`
          select action, field, old_value, new_value, actor_id, at from history
          where entity = 'customer' and entity_id = 'c-1' order by at desc, id desc`.execute(k);
        before = rows;
        app = await createTestAppOn(database);
        await createUser(database.db, null, {
          name: 'admin',
          email: 'admin@example.com',
          password: PASSWORD,
          roles: ['admin'],
          departmentId: null,
          managerId: null,
        });
      });
      afterAll(async () => app.close());

      it('keeps every field-level change the history endpoint showed, in time order', async () => {
        expect(before).toHaveLength(OLD_ROWS.filter((r) => r.entityId === 'c-1').length);
        const admin = await app.login('admin@example.com', PASSWORD);
        const response = await app.request({
          method: 'GET',
          url: '/api/v1/customers/c-1/history?pageSize=100',
          as: admin,
        });
        expect(response.statusCode).toBe(200);
        const after: Entry[] = response.json().items;
        expect(response.json().total).toBe(before.length);
        expect(after.map(view).sort(byTimeThenContent)).toEqual(
          before.map(view).sort(byTimeThenContent),
        );
        // Newest first, as before.
        expect(after.map((e) => e.at)).toEqual(before.map((e) => e.at));
        // A page is a slice of the same list.
        const page2 = await app.request({
          method: 'GET',
          url: '/api/v1/customers/c-1/history?page=2&pageSize=3',
          as: admin,
        });
        expect(page2.json().items).toEqual(after.slice(3, 6));
      });

      it('stores one row per write, splitting a field changed twice in one instant, chained intact', async () => {
        const rows = await app.db.kysely
          .selectFrom('history')
          .select(['entityId', 'action', 'actorId', 'at', 'changes'])
          .where('entity', '=', 'customer')
          .orderBy('seq')
          .execute();
        expect(
          rows.map((r) => [r.entityId, r.action, r.at, JSON.parse(decodeChanges(r.changes))]),
        ).toEqual([
          [
            'c-1',
            'create',
            '2026-03-01T01:00:00.000Z',
            {
              name: [null, '北京星河科技有限公司'],
              status: [null, 'potential'],
              phone: [null, '13800138000'],
            },
          ],
          ['c-2', 'create', '2026-03-01T01:00:00.000Z', { name: [null, 'Other Ltd'] }],
          [
            'c-1',
            'update',
            '2026-03-02T01:00:00.000Z',
            { level: [null, 'A'], region: [null, '北京'] },
          ],
          ['c-1', 'update', '2026-03-03T01:00:00.000Z', { level: ['A', 'B'] }],
          ['c-1', 'update', '2026-03-03T01:00:00.000Z', { level: ['B', 'C'] }],
          ['c-1', 'update', '2026-03-03T01:00:00.000Z', { ownerId: [ACTOR, null] }],
          ['c-1', 'delete', '2026-03-04T01:00:00.000Z', {}],
          [
            'c-1',
            'restore',
            '2026-03-05T01:00:00.000Z',
            { deletedAt: ['2026-03-04T01:00:00.000Z', null] },
          ],
        ]);
        expect(await verifyHistoryChain(app.db.kysely)).toMatchObject({ broken: null });
      });
    },
  );
}
