import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import type { Db } from '../../src/db/database.js';
import { contentKey } from '../../src/db/content-key.js';
import { FILLABLE_FIELDS } from '../../src/db/customer-field-filled.js';
import { useZoneForDayTotals } from '../../src/db/activity-day-totals.js';
import { ensureDefaultRoles } from '../../src/modules/org/org.service.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';
import {
  insertActivity,
  insertCustomer,
  insertOpportunity,
  insertQualityFlag,
  insertStage,
  type Owners,
} from '../support/metric-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';
import { insertContract } from '../support/metric-result-fixtures.js';
import { storedOpportunityStates } from '../support/customer-opportunity-state.js';

const runPostgres = await shouldRunPostgres();

/**
 * Migrates up to `migration`, adds the default roles and an organisation, and sets the zone an
 * earlier start would have set (Shanghai has kept UTC+8 since 1991); the organisation's first rep.
 */
async function upToWithZoneSet(db: Db, migration: string): Promise<string> {
  await migrateUpTo(db, migration);
  await ensureDefaultRoles(db);
  const rep = (await buildOrg(db)).users.rep1.id;
  await db.kysely
    .insertInto('orgZoneOffsets')
    .values({ fromAt: '2000-01-01T00:00:00.000Z', offsetMinutes: 480, zone: 'Asia/Shanghai' })
    .execute();
  return rep;
}

for (const engine of ['sqlite', 'postgres'] as const) {
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(`migrations [${engine}]`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(engine);
    });
    afterAll(async () => database.drop());

    it('applies every migration to an empty database, then nothing on a second run', async () => {
      const first = await migrateToLatest(database.db);
      expect(first.applied).toEqual(Object.keys(migrations));
      const second = await migrateToLatest(database.db);
      expect(second.applied).toEqual([]);
    });

    it('stores timestamps, dates and money the same way on both engines', async () => {
      const at = '2026-03-31T15:59:59.123Z';
      await database.db.kysely
        .insertInto('departments')
        .values({
          id: 'd-x',
          name: 'X',
          parentId: null,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        })
        .execute();
      const row = await database.db.kysely
        .selectFrom('departments')
        .selectAll()
        .where('id', '=', 'd-x')
        .executeTakeFirstOrThrow();
      expect(row.createdAt).toBe(at);
      expect(row.version).toBe(1);
    });
  });

  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0010-search over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('copies existing customers and contacts into the search entries, then follows writes', async () => {
        await migrateUpTo(database.db, '0010-cycle-scoring-time');
        const k = database.db.kysely;
        const at = '2026-03-01T00:00:00.000Z';
        const audited = { createdBy: null, createdAt: at, updatedAt: at, deletedAt: null };
        await k
          .insertInto('customers')
          .values({
            ...audited,
            id: 'c-1',
            name: '北京星河科技有限公司',
            nameKey: '北京星河科技',
            phone: '+86 138 0013 8000',
            phoneKey: '13800138000',
            email: 'Hello@XingHe.cn',
            industry: null,
            source: null,
            level: null,
            status: 'potential',
            requirement: null,
            region: null,
            address: null,
            ownerId: null,
            ownerSince: null,
            previousOwnerId: null,
            poolEnteredAt: at,
            lastFollowUpAt: null,
            lastDealOn: null,
          })
          .execute();
        await k
          .insertInto('contacts')
          .values({
            ...audited,
            id: 'p-1',
            customerId: 'c-1',
            name: 'Wang Li',
            title: null,
            phone: '(010) 6552-1234',
            email: null,
            isPrimary: 1,
            note: null,
          })
          .execute();

        expect((await migrateToLatest(database.db)).applied).toContain('0010-search');
        const entries = () => k.selectFrom('searchEntries').selectAll().orderBy('entity').execute();
        expect(await entries()).toEqual([
          { entity: 'contact', recordId: 'p-1', text: 'wang li|', phone: '01065521234' },
          {
            entity: 'customer',
            recordId: 'c-1',
            text: '北京星河科技有限公司|hello@xinghe.cn',
            phone: '13800138000',
          },
        ]);
        await k.updateTable('contacts').set({ phone: null, name: 'Wang Lei' }).execute();
        expect((await entries())[0]).toMatchObject({ text: 'wang lei|', phone: '' });
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migrations in the order of their names [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());
      const names = Object.keys(migrations);

      it('applies the rest after the clock was set back since the earlier ones ran, and starts again', async () => {
        await migrateUpTo(database.db, names[names.length - 2] ?? '');
        // The earlier migrations ran "later" than the clock reads now.
        await sql`update kysely_migration set timestamp = ${'2099-01-01T00:00:00.000Z'}`.execute(
          database.db.kysely,
        );
        expect((await migrateToLatest(database.db)).applied).toEqual([names[names.length - 1]]);
        expect((await migrateToLatest(database.db)).applied).toEqual([]);
      });

      it('refuses a database where a migration was applied while an earlier one was not', async () => {
        await sql`delete from kysely_migration where name = ${names[3]}`.execute(
          database.db.kysely,
        );
        await expect(migrateToLatest(database.db)).rejects.toThrow(
          `${names[4]} was applied but the earlier ${names[3]} was not`,
        );
      });
    },
  );

  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0012-campaign-channels over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('turns the Chinese channel labels of older demo campaigns into the API values', async () => {
        await migrateUpTo(database.db, '0011-notifications');
        const k = database.db.kysely;
        const at = '2026-03-01T00:00:00.000Z';
        await k
          .insertInto('users')
          .values({
            id: 'u-m',
            name: 'Marketer',
            email: 'm@example.com',
            passwordHash: 'x',
            departmentId: null,
            managerId: null,
            active: 1,
            locale: null,
            joinedOn: null,
            leftOn: null,
            createdAt: at,
            updatedAt: at,
          })
          .execute();
        const stored = [
          '展会',
          '线上直播',
          '搜索广告',
          '内容营销',
          '行业沙龙',
          '邮件营销',
          'webinar',
          '路演',
        ];
        for (const [index, channel] of stored.entries())
          await k
            .insertInto('campaigns')
            .values({
              id: `cp-${index}`,
              name: `Campaign ${index}`,
              channel,
              ownerId: 'u-m',
              startOn: '2026-03-01',
              endOn: null,
              budgetCents: 0,
              currency: 'CNY',
              status: 'running',
              description: null,
              createdBy: 'u-m',
              createdAt: at,
              updatedAt: at,
              deletedAt: null,
            })
            .execute();

        expect((await migrateToLatest(database.db)).applied).toContain('0012-campaign-channels');
        const rows = await k
          .selectFrom('campaigns')
          .select(['id', 'channel'])
          .orderBy('id')
          .execute();
        expect(rows.map((r) => r.channel)).toEqual([
          'exhibition',
          'webinar',
          'online_ads',
          'content',
          'other',
          'email',
          'webinar',
          'other',
        ]);
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0020-job-run-claims over existing runs [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('numbers on the runs logged twice for one attempt, then refuses a second claim', async () => {
        await migrateUpTo(database.db, '0018-item-feedback');
        const k = database.db.kysely;
        const run = (id: string, slot: string, attempt: number, minute: number) => ({
          id,
          job: 'notifications',
          slot,
          attempt,
          status: 'failed' as const,
          summary: null,
          error: 'down',
          startedAt: `2026-03-01T00:0${minute}:00.000Z`,
          finishedAt: null,
        });
        // Two processes both tried slot 00:00 after a failure; slot 00:05 ran once.
        await k
          .insertInto('jobRuns')
          .values([
            run('r-1', '2026-03-01T00:00:00.000Z', 1, 0),
            run('r-2', '2026-03-01T00:00:00.000Z', 1, 1),
            run('r-3', '2026-03-01T00:00:00.000Z', 1, 2),
            run('r-4', '2026-03-01T00:05:00.000Z', 1, 5),
          ])
          .execute();
        expect((await migrateToLatest(database.db)).applied).toContain('0020-job-run-claims');
        const rows = await k
          .selectFrom('jobRuns')
          .select(['id', 'attempt'])
          .orderBy('id')
          .execute();
        expect(rows).toEqual([
          { id: 'r-1', attempt: 1 },
          { id: 'r-2', attempt: 2 },
          { id: 'r-3', attempt: 3 },
          { id: 'r-4', attempt: 1 },
        ]);
        const claimedAgain = await k
          .insertInto('jobRuns')
          .values(run('r-5', '2026-03-01T00:05:00.000Z', 1, 6))
          .onConflict((oc) => oc.columns(['job', 'slot', 'attempt']).doNothing())
          .executeTakeFirst();
        expect(Number(claimedAgain.numInsertedOrUpdatedRows)).toBe(0);
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0031-touch-columns-rederived over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('derives every last follow-up and last touch again, wrong ones included', async () => {
        const db = database.db;
        await migrateUpTo(db, '0030-history-compressed');
        await ensureDefaultRoles(db);
        const rep = (await buildOrg(db)).users.rep1.id;
        const owners = [{ ownerId: rep, from: '2026-01-05T00:00:00Z' }];
        const [touched, merged, untouched] = [
          await insertCustomer(db, { owners }),
          await insertCustomer(db, { owners }),
          await insertCustomer(db, { owners }),
        ];
        const opportunity = await insertOpportunity(db, {
          customerId: touched,
          ownerId: rep,
          withoutOwnerSince: true,
          createdAt: '2026-01-10T00:00:00Z',
          changes: [
            {
              stageId: await insertStage(db, 'open'),
              status: 'open',
              effectiveAt: '2026-01-10T00:00:00Z',
            },
          ],
        });
        const on = (id: string) => ({ type: 'customer' as const, id, customerId: id });
        await insertActivity(db, {
          actorId: rep,
          occurredAt: '2026-02-01T00:00:00Z',
          record: on(touched),
        });
        await insertActivity(db, {
          actorId: rep,
          occurredAt: '2026-02-03T00:00:00Z',
          record: { type: 'opportunity', id: opportunity, customerId: touched },
        });
        await insertActivity(db, {
          actorId: rep,
          occurredAt: '2026-02-05T00:00:00Z',
          valid: false,
          record: on(touched),
        });
        // What an earlier merge left, and values no write would store.
        const k = db.kysely;
        const lastFollowUp = (id: string, at: string | null) =>
          k.updateTable('customers').set({ lastFollowUpAt: at }).where('id', '=', id).execute();
        await lastFollowUp(touched, null);
        await lastFollowUp(merged, '2026-02-02T00:00:00.000Z');
        await k
          .updateTable('opportunities')
          .set({ lastTouchedAt: '2026-01-01T00:00:00.000Z' })
          .execute();

        expect((await migrateToLatest(db)).applied).toContain('0031-touch-columns-rederived');
        const customers = await k
          .selectFrom('customers')
          .select(['id', 'lastFollowUpAt'])
          .execute();
        expect(Object.fromEntries(customers.map((c) => [c.id, c.lastFollowUpAt]))).toEqual({
          [touched]: '2026-02-03T00:00:00.000Z',
          [merged]: null,
          [untouched]: null,
        });
        expect(
          await k.selectFrom('opportunities').select('lastTouchedAt').executeTakeFirstOrThrow(),
        ).toEqual({ lastTouchedAt: '2026-02-03T00:00:00.000Z' });
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0037-activity-content-key over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('keys every activity by its text, over more than one statement of them', async () => {
        const db = database.db;
        await migrateUpTo(db, '0036-deal-and-lead-order-indexes');
        await ensureDefaultRoles(db);
        const rep = (await buildOrg(db)).users.rep1.id;
        const texts = [
          'Called the buyer about the renewal',
          '  CALLED the buyer about   the renewal ',
          '电话沟通了报价方案',
        ];
        const rows = Array.from({ length: 2_005 }, (_, i) => ({
          id: `migrated-${String(i).padStart(4, '0')}`,
          type: 'call' as const,
          recordType: 'lead' as const,
          recordId: 'lead-1',
          customerId: null,
          content: i < texts.length ? (texts[i] ?? '') : `Visit number ${i} to the plant`,
          occurredAt: '2026-02-01T00:00:00.000Z',
          recordedAt: '2026-02-01T01:00:00.000Z',
          actorId: rep,
          ownerId: rep,
          valid: 1,
          timely: 1,
          planId: null,
          deletedAt: null,
          importJobId: null,
        }));
        for (let i = 0; i < rows.length; i += 500)
          await db.kysely
            .insertInto('activities')
            .values(rows.slice(i, i + 500))
            .execute();

        expect((await migrateToLatest(db)).applied).toContain('0037-activity-content-key');
        const stored = await db.kysely
          .selectFrom('activities')
          .select(['id', 'content', 'contentKey'])
          .orderBy('id')
          .execute();
        expect(stored).toHaveLength(rows.length);
        for (const row of stored) expect(row.contentKey).toBe(contentKey(row.content));
        expect(stored[0]?.contentKey).toBe(stored[1]?.contentKey);
        expect(new Set(stored.map((r) => r.contentKey)).size).toBe(rows.length - 1);
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0038-customer-snapshot-index over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('marks the filled fields of every customer, then follows every write', async () => {
        const db = database.db;
        await migrateUpTo(db, '0037-activity-content-key');
        await ensureDefaultRoles(db);
        const rep = (await buildOrg(db)).users.rep1.id;
        const owners = [{ ownerId: rep, from: '2026-01-05T00:00:00Z' }];
        // Bits: name 1, phone 2, email 4, industry 8, source 16, requirement 32, region 64,
        // level 128, address 256. A blank value is not filled.
        const full = await insertCustomer(db, {
          owners,
          level: 'B',
          fields: { phone: '13800138000', industry: '  ', address: '1 Main St' },
        });
        const bare = await insertCustomer(db, { owners });

        expect((await migrateToLatest(db)).applied).toContain('0038-customer-snapshot-index');
        const k = db.kysely;
        const filled = async (id: string) =>
          (
            await k
              .selectFrom('customers')
              .select('filledFields')
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
          ).filledFields;
        expect(await filled(full)).toBe(1 + 2 + 128 + 256);
        expect(await filled(bare)).toBe(1);
        const setRegion = (region: string) =>
          k.updateTable('customers').set({ region }).where('id', '=', bare).execute();
        await setRegion('华东');
        expect(await filled(bare)).toBe(1 + 64);
        await setRegion(' ');
        expect(await filled(bare)).toBe(1);
        const created = await insertCustomer(db, { owners, fields: { email: 'a@b.cn' } });
        expect(await filled(created)).toBe(1 + 4);
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0039-opportunity-snapshot-index over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it("dates each opportunity's current ownership from its latest ownership period", async () => {
        const db = database.db;
        await migrateUpTo(db, '0038-customer-snapshot-index');
        await ensureDefaultRoles(db);
        const { users } = await buildOrg(db);
        const [first, second] = [users.rep1.id, users.rep2.id];
        const customerId = await insertCustomer(db, {
          owners: [{ ownerId: first, from: '2026-01-05T00:00:00Z' }],
        });
        const stageId = await insertStage(db, 'open');
        const deal = (ownerId: string, owners: Owners) =>
          insertOpportunity(db, {
            customerId,
            ownerId,
            owners,
            withoutOwnerSince: true,
            createdAt: '2026-01-10T00:00:00Z',
            changes: [{ stageId, status: 'open', effectiveAt: '2026-01-10T00:00:00Z' }],
          });
        const passedOn = [
          { ownerId: first, from: '2026-01-10T00:00:00Z', to: '2026-02-01T00:00:00Z' },
          { ownerId: second, from: '2026-02-01T00:00:00Z' },
        ];
        const kept = await deal(first, [{ ownerId: first, from: '2026-01-10T00:00:00Z' }]);
        const moved = await deal(second, passedOn);
        // Its latest period is someone else's than its owner's: no writer leaves that.
        const inconsistent = await deal(first, passedOn);

        expect((await migrateToLatest(db)).applied).toContain('0039-opportunity-snapshot-index');
        const rows = await db.kysely
          .selectFrom('opportunities')
          .select(['id', 'ownerSince'])
          .execute();
        expect(Object.fromEntries(rows.map((r) => [r.id, r.ownerSince]))).toEqual({
          [kept]: '2026-01-10T00:00:00.000Z',
          [moved]: '2026-02-01T00:00:00.000Z',
          [inconsistent]: null,
        });
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0040-activity-day-totals over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('adds the existing activities up by day once the zone is known, then follows every write', async () => {
        const db = database.db;
        await migrateUpTo(db, '0039-opportunity-snapshot-index');
        await ensureDefaultRoles(db);
        const rep = (await buildOrg(db)).users.rep1.id;
        // 2026-02-01 15:00 UTC is that day in Shanghai; 16:30 UTC is already the 2nd there.
        await insertActivity(db, { actorId: rep, occurredAt: '2026-02-01T15:00:00Z' });
        await insertActivity(db, {
          actorId: rep,
          occurredAt: '2026-02-01T16:30:00Z',
          type: 'note',
        });
        await insertActivity(db, { actorId: rep, occurredAt: '2026-02-01T16:45:00Z' });

        expect((await migrateToLatest(db)).applied).toContain('0040-activity-day-totals');
        const totals = () =>
          db.kysely
            .selectFrom('activityDayTotals')
            .select(['day', 'contacts', 'events', 'created'])
            .orderBy('day')
            .execute();
        // No zone yet: nothing is added up, and the metrics count the activities themselves.
        expect(await totals()).toEqual([]);
        await useZoneForDayTotals(db, 'Asia/Shanghai');
        expect(await totals()).toEqual([
          { day: '2026-02-01', contacts: 1, events: 0, created: 0 },
          { day: '2026-02-02', contacts: 1, events: 3, created: 3 },
        ]);
        await insertActivity(db, { actorId: rep, occurredAt: '2026-02-02T01:00:00Z' });
        expect((await totals())[1]).toEqual({
          day: '2026-02-02',
          contacts: 2,
          events: 4,
          created: 4,
        });
      });
    },
  );

  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0043-customer-owner-totals over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('adds the existing customers up by owner, then follows every write', async () => {
        const db = database.db;
        await migrateUpTo(db, '0042-metric-covering-indexes');
        await ensureDefaultRoles(db);
        const rep = (await buildOrg(db)).users.rep1.id;
        const since = '2026-01-05T02:00:00Z';
        await insertCustomer(db, {
          owners: [{ ownerId: rep, from: since }],
          fields: { phone: '13800001111', industry: '制造业' },
        });
        const placeholder = await insertCustomer(db, {
          owners: [{ ownerId: rep, from: since }],
          fields: { region: ' ', industry: '待定' },
        });
        const flag = { rule: 'Q1', entity: 'customer', recordId: placeholder } as const;
        await insertQualityFlag(db, { ...flag, field: 'industry', userId: rep, status: 'open' });
        await insertCustomer(db, {
          owners: [{ ownerId: rep, from: since }],
          deletedAt: '2026-01-06',
        });
        await insertCustomer(db, { owners: [{ ownerId: rep, from: since, to: '2026-01-07' }] });

        expect((await migrateToLatest(db)).applied).toContain('0043-customer-owner-totals');
        const totals = () =>
          db.kysely
            .selectFrom('customerOwnerTotals')
            .select([
              'ownerId',
              'customers',
              'nameFilled',
              'phoneFilled',
              'industryFilled',
              'regionFilled',
            ])
            .execute();
        // The deleted customer and the one in the pool are nobody's; a blank region is not
        // filled, nor an industry that is a placeholder with an open flag.
        const bits = await db.kysely
          .selectFrom('customers')
          .select('placeholderFields')
          .where('placeholderFields', '<>', 0)
          .execute();
        expect(bits).toEqual([{ placeholderFields: 2 ** FILLABLE_FIELDS.indexOf('industry') }]);
        const counts = {
          customers: 2,
          nameFilled: 2,
          phoneFilled: 1,
          industryFilled: 1,
          regionFilled: 0,
        };
        expect(await totals()).toEqual([{ ownerId: rep, ...counts }]);
        await insertCustomer(db, {
          owners: [{ ownerId: rep, from: since }],
          fields: { region: '华东' },
        });
        expect(await totals()).toEqual([
          { ownerId: rep, ...counts, customers: 3, nameFilled: 3, regionFilled: 1 },
        ]);
        await db.kysely
          .updateTable('qualityFlags')
          .set({ status: 'cleared' })
          .where('recordId', '=', placeholder)
          .execute();
        expect(await totals()).toEqual([
          {
            ownerId: rep,
            ...counts,
            customers: 3,
            nameFilled: 3,
            regionFilled: 1,
            industryFilled: 2,
          },
        ]);
      });
    },
  );

  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0044-customer-open-opportunities over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it("stores each customer's open opportunities and their latest change, then follows every write", async () => {
        const db = database.db;
        await migrateUpTo(db, '0043-customer-owner-totals');
        await ensureDefaultRoles(db);
        const rep = (await buildOrg(db)).users.rep1.id;
        const [open, won] = [await insertStage(db, 'open'), await insertStage(db, 'won')];
        const owners = [{ ownerId: rep, from: '2026-01-01' }];
        const [withDeals, without] = [
          await insertCustomer(db, { owners }),
          await insertCustomer(db, { owners }),
        ];
        const deal = (
          createdAt: string,
          changes: { stageId: string; status: 'open' | 'won'; effectiveAt: string }[],
        ) => insertOpportunity(db, { customerId: withDeals, ownerId: rep, createdAt, changes });
        await deal('2026-01-05T00:00:00Z', [
          { stageId: open, status: 'open', effectiveAt: '2026-01-05T00:00:00Z' },
        ]);
        const closed = await deal('2026-01-06T00:00:00Z', [
          { stageId: open, status: 'open', effectiveAt: '2026-01-06T00:00:00Z' },
          { stageId: won, status: 'won', effectiveAt: '2026-01-20T00:00:00Z' },
        ]);

        expect((await migrateToLatest(db)).applied).toContain('0044-customer-open-opportunities');
        const state = async () => Object.fromEntries(await storedOpportunityStates(db));
        // One of the two is open; the won one was last touched when it was won.
        expect(await state()).toEqual({
          [withDeals]: { open: 1, changedAt: Date.parse('2026-01-20T00:00:00Z') },
          [without]: { open: 0, changedAt: null },
        });
        await db.kysely
          .updateTable('opportunities')
          .set({ deletedAt: '2026-02-01T00:00:00.000Z' })
          .where('id', '=', closed)
          .execute();
        expect((await state())[withDeals]).toEqual({
          open: 1,
          changedAt: Date.parse('2026-02-01T00:00:00Z'),
        });
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0048-plan-day-totals over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('adds the existing plans up by due day in the zone already set, then follows every write', async () => {
        const db = database.db;
        const rep = await upToWithZoneSet(db, '0047-creator-covering-indexes');
        let serial = 0;
        const plan = async (dueAt: string, deletedAt: string | null = null) => {
          const id = `migrated-plan-${++serial}`;
          await db.kysely
            .insertInto('followUpPlans')
            .values({
              id,
              recordType: 'customer',
              recordId: 'migrated-record',
              customerId: null,
              ownerId: rep,
              dueAt,
              createdAt: '2026-01-20T00:00:00.000Z',
              updatedAt: '2026-01-20T00:00:00.000Z',
              deletedAt,
            })
            .execute();
          return id;
        };
        // 2026-02-01 15:00 UTC is that day in Shanghai; 16:30 UTC is already the 2nd there.
        await plan('2026-02-01T15:00:00.000Z');
        const executed = await plan('2026-02-01T16:30:00.000Z');
        await db.kysely
          .updateTable('followUpPlans')
          .set({ executed: 1 })
          .where('id', '=', executed)
          .execute();
        // Deleted while its window was open: cancelled, not counted.
        await plan('2026-02-01T16:45:00.000Z', '2026-02-02T00:00:00.000Z');

        expect((await migrateToLatest(db)).applied).toContain('0048-plan-day-totals');
        const totals = () =>
          db.kysely
            .selectFrom('planDayTotals')
            .select(['day', 'plans', 'executed'])
            .orderBy('day')
            .execute();
        expect(await totals()).toEqual([
          { day: '2026-02-01', plans: 1, executed: 0 },
          { day: '2026-02-02', plans: 1, executed: 1 },
        ]);
        await plan('2026-02-02T01:00:00.000Z');
        expect((await totals())[1]).toEqual({ day: '2026-02-02', plans: 2, executed: 1 });
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0049-cross-owner-records over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it("finds the records owned by someone else than their customer's owner, then follows every write", async () => {
        const db = database.db;
        await migrateUpTo(db, '0048-plan-day-totals');
        await ensureDefaultRoles(db);
        const { rep1, rep2 } = (await buildOrg(db)).users;
        const open = await insertStage(db, 'open');
        const customer = await insertCustomer(db, {
          owners: [{ ownerId: rep1.id, from: '2026-01-01' }],
        });
        const deal = (ownerId: string) =>
          insertOpportunity(db, {
            customerId: customer,
            ownerId,
            createdAt: '2026-01-05T00:00:00Z',
            changes: [{ stageId: open, status: 'open', effectiveAt: '2026-01-05T00:00:00Z' }],
          });
        await deal(rep1.id);
        const colleagues = await deal(rep2.id);

        expect((await migrateToLatest(db)).applied).toContain('0049-cross-owner-records');
        const rows = () =>
          db.kysely
            .selectFrom('crossOwnerRecords')
            .select(['recordType', 'recordId', 'ownerId'])
            .orderBy('ownerId')
            .execute();
        expect(await rows()).toEqual([
          { recordType: 'opportunity', recordId: colleagues, ownerId: rep2.id },
        ]);
        // Handed to the colleague, the customer's other deal is the one owned by someone else.
        await db.kysely
          .updateTable('customers')
          .set({ ownerId: rep2.id })
          .where('id', '=', customer)
          .execute();
        expect((await rows()).map((r) => r.ownerId)).toEqual([rep1.id]);
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0056-customer-first-contract over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it("stores each customer's first contract not deleted, then follows every write", async () => {
        const db = database.db;
        await migrateUpTo(db, '0055-payment-owner-index');
        await ensureDefaultRoles(db);
        const rep = (await buildOrg(db)).users.rep1.id;
        const owners = [{ ownerId: rep, from: '2025-01-01T00:00:00Z' }];
        const [buyer, other] = [
          await insertCustomer(db, { owners }),
          await insertCustomer(db, { owners }),
        ];
        const contract = (customerId: string, signedOn: string, deleted = false) =>
          insertContract(db, { customerId, owners, amountCents: 500_00, signedOn, deleted });
        await contract(buyer, '2025-03-01', true);
        const kept = await contract(buyer, '2025-07-01');

        expect((await migrateToLatest(db)).applied).toContain('0056-customer-first-contract');
        const first = async () =>
          Object.fromEntries(
            (
              await db.kysely.selectFrom('customers').select(['id', 'firstContractOn']).execute()
            ).map((c) => [c.id, c.firstContractOn]),
          );
        // The deleted contract of March counts nowhere.
        expect(await first()).toEqual({ [buyer]: '2025-07-01', [other]: null });
        await contract(other, '2025-09-15');
        await db.kysely
          .updateTable('contracts')
          .set({ deletedAt: '2025-10-01T00:00:00.000Z' })
          .where('id', '=', kept)
          .execute();
        expect(await first()).toEqual({ [buyer]: null, [other]: '2025-09-15' });
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0058-key-customer-day-totals over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it("adds each owner's key customers up, by the day of their last follow-up in the zone already set, then follows every write", async () => {
        const db = database.db;
        const rep = await upToWithZoneSet(db, '0057-opportunity-status-snapshot-index');
        const owners = [{ ownerId: rep, from: '2026-01-01T00:00:00Z' }];
        const keyA = await insertCustomer(db, { owners, level: 'A' });
        const keyB = await insertCustomer(db, { owners, level: 'B' });
        const withDeal = await insertCustomer(db, { owners, level: 'C' });
        const notKey = await insertCustomer(db, { owners, level: 'C' });
        await insertCustomer(db, { owners, level: 'A', deletedAt: '2026-02-01T00:00:00Z' });
        const stage = await insertStage(db, 'open');
        await insertOpportunity(db, {
          customerId: withDeal,
          ownerId: rep,
          createdAt: '2026-01-05T00:00:00Z',
          changes: [{ stageId: stage, status: 'open', effectiveAt: '2026-01-05T00:00:00Z' }],
        });
        const followUp = (customerId: string, occurredAt: string) =>
          insertActivity(db, {
            actorId: rep,
            occurredAt,
            record: { type: 'customer', id: customerId, customerId },
          });
        // 15:00 UTC is still 2026-02-01 in Shanghai; 16:30 UTC is the 2nd there.
        await followUp(keyA, '2026-02-01T15:00:00.000Z');
        await followUp(withDeal, '2026-02-01T16:30:00.000Z');
        await followUp(notKey, '2026-02-01T15:00:00.000Z');

        expect((await migrateToLatest(db)).applied).toContain('0058-key-customer-day-totals');
        const keyCustomers = async () =>
          (
            await db.kysely
              .selectFrom('customerOwnerTotals')
              .select('keyCustomers')
              .where('ownerId', '=', rep)
              .executeTakeFirst()
          )?.keyCustomers;
        const days = () =>
          db.kysely
            .selectFrom('keyCustomerDayTotals')
            .select(['day', 'customers'])
            .where('customers', '<>', 0)
            .orderBy('day')
            .execute();
        // The customer not key and the deleted one count nowhere; B was never followed up.
        expect(await keyCustomers()).toBe(3);
        expect(await days()).toEqual([
          { day: '2026-02-01', customers: 1 },
          { day: '2026-02-02', customers: 1 },
        ]);
        await followUp(keyB, '2026-02-03T02:00:00.000Z');
        await followUp(keyA, '2026-02-03T03:00:00.000Z');
        await db.kysely
          .updateTable('customers')
          .set({ level: 'A' })
          .where('id', '=', notKey)
          .execute();
        expect(await keyCustomers()).toBe(4);
        expect(await days()).toEqual([
          { day: '2026-02-01', customers: 1 },
          { day: '2026-02-02', customers: 1 },
          { day: '2026-02-03', customers: 2 },
        ]);
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0061-search-entries-clustered over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('keeps every search entry and the triggers that follow writes', async () => {
        const db = database.db;
        const rep = await upToWithZoneSet(db, '0060-no-key-samples');
        const owners = [{ ownerId: rep, from: '2026-01-01T00:00:00Z' }];
        const first = await insertCustomer(db, { owners, fields: { email: 'A@Example.com' } });
        const second = await insertCustomer(db, { owners, fields: { phone: '138-0013-8000' } });
        const entries = () =>
          db.kysely
            .selectFrom('searchEntries')
            .selectAll()
            .orderBy('entity')
            .orderBy('recordId')
            .execute();
        const before = await entries();
        expect(before.map((e) => e.recordId)).toEqual([first, second].sort());

        expect((await migrateToLatest(db)).applied).toContain('0061-search-entries-clustered');
        expect(await entries()).toEqual(before);
        if (engine === 'sqlite') {
          const { rows } = await sql<{ sql: string }>`select sql from sqlite_schema
            where name = 'search_entries'`.execute(db.kysely);
          expect(rows[0]?.sql).toMatch(/without rowid$/i);
          // Analysed afresh, without the key samples ANALYZE keeps (src/db/planner-statistics.ts).
          const samples = await sql<{ n: number }>`select count(*) as n from sqlite_stat4`.execute(
            db.kysely,
          );
          expect(samples.rows[0]?.n).toBe(0);
        }

        await db.kysely
          .updateTable('customers')
          .set({ name: '星河科技' })
          .where('id', '=', first)
          .execute();
        const third = await insertCustomer(db, { owners });
        expect(await entries()).toEqual(
          [
            { entity: 'customer', recordId: first, text: '星河科技|a@example.com', phone: '' },
            before[1],
            { entity: 'customer', recordId: third, text: `${third}|`, phone: '' },
          ].sort((x, y) => (x?.recordId ?? '').localeCompare(y?.recordId ?? '')),
        );
      });
    },
  );
  (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
    `migration 0062-quality-flags-announced over existing rows [${engine}]`,
    () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => database.drop());

      it('dates the flags announced before it by their notification, and leaves the others to announce', async () => {
        const db = database.db;
        const rep = await upToWithZoneSet(db, '0061-search-entries-clustered');
        const customer = await insertCustomer(db, {
          owners: [{ ownerId: rep, from: '2026-01-01T00:00:00Z' }],
        });
        const flag = (rule: 'Q2' | 'Q3', createdAt: string) =>
          insertQualityFlag(db, {
            rule,
            entity: 'customer',
            recordId: customer,
            userId: rep,
            status: 'open',
            createdAt,
          });
        await flag('Q2', '2026-11-17T00:00:00Z');
        await flag('Q3', '2026-11-18T01:00:00Z');
        const flags = () =>
          db.kysely.selectFrom('qualityFlags').selectAll().orderBy('createdAt').execute();
        const [announced, waiting] = await flags();
        const notification = {
          recipientId: rep,
          kind: 'quality_flag',
          recordType: 'quality_flag',
          recordId: announced?.id ?? '',
          occurrence: 'raised',
          params: '{}',
          link: null,
          readAt: null,
        };
        await db.kysely
          .insertInto('notifications')
          .values([
            { ...notification, id: 'n-1', createdAt: '2026-11-17T00:05:00.000Z' },
            // Another kind about the other flag's record id does not count.
            {
              ...notification,
              id: 'n-2',
              kind: 'plan_overdue',
              recordId: waiting?.id ?? '',
              createdAt: '2026-11-18T01:05:00.000Z',
            },
          ])
          .execute();

        expect((await migrateToLatest(db)).applied).toContain('0062-quality-flags-announced');
        expect((await flags()).map((f) => [f.id, f.announcedAt])).toEqual([
          [announced?.id, '2026-11-17T00:05:00.000Z'],
          [waiting?.id, null],
        ]);
      });
    },
  );
}
