import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_CHANNELS } from '../../src/modules/campaigns/campaigns.schema.js';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { produceNotifications } from '../../src/modules/notifications/notification-producers.service.js';
import { seedDemoOrganisation } from '../../src/simulator/demo-organisation.js';
import { createTestDatabase, shouldRunPostgres, type TestDatabase } from '../support/engines.js';

const runPostgres = await shouldRunPostgres();

/**
 * The demo company `serve` creates on first start looks like a healthy team on a normal working
 * day, whatever the day: here the first of a month and the last day of a quarter.
 */
for (const engine of ['sqlite', 'postgres'] as const)
  for (const end of ['2026-12-01', '2026-09-30'])
    (engine === 'sqlite' || runPostgres ? describe : describe.skip)(
      `demo company seeded on ${end} [${engine}]`,
      () => {
        let database: TestDatabase;
        const endIso = new Date(`${end}T00:00:00+08:00`).toISOString();

        beforeAll(async () => {
          database = await createTestDatabase(engine);
          await prepareDatabase(database.db);
          await seedDemoOrganisation(database.db, end);
        }, 300_000);

        afterAll(async () => database?.drop());

        const db = () => database.db.kysely;

        it('leaves each seller a handful of overdue follow-up plans, not a year of them', async () => {
          const sellers = await db()
            .selectFrom('simulatorProfiles')
            .select('userId')
            .where('kind', '=', 'sales')
            .execute();
          const overdue = await db()
            .selectFrom('followUpPlans')
            .select(['ownerId', (eb) => eb.fn.countAll<number>().as('n')])
            .where('completedAt', 'is', null)
            .where('deletedAt', 'is', null)
            .where('dueAt', '<', endIso)
            .groupBy('ownerId')
            .execute();
          const count = (id: string) => Number(overdue.find((o) => o.ownerId === id)?.n ?? 0);
          const counts = sellers.map((s) => count(s.userId)).sort((a, b) => a - b);
          expect(counts.length).toBeGreaterThan(4);
          expect(counts.at(-1)).toBeGreaterThan(0);
          expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(8);
          // The late recorder ticks plans off at the month-end catch-up: most on the eve of it.
          expect(counts.at(-1)).toBeLessThanOrEqual(15);
        });

        it('has open data-quality flags in the low hundreds, and reviewed or fixed older ones', async () => {
          const byStatus = await db()
            .selectFrom('qualityFlags')
            .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
            .groupBy('status')
            .execute();
          const n = (status: string) => Number(byStatus.find((s) => s.status === status)?.n ?? 0);
          expect(n('open')).toBeGreaterThan(20);
          expect(n('open')).toBeLessThan(400);
          expect(n('cleared')).toBeGreaterThan(0);
        });

        it('dates each flag at the write that raised it, and announces a week of them in one notification a person', async () => {
          const flags = await db()
            .selectFrom('qualityFlags as f')
            .leftJoin('activities as a', (j) =>
              j.onRef('a.id', '=', 'f.recordId').on('f.entity', '=', 'activity'),
            )
            .leftJoin('customers as c', (j) =>
              j.onRef('c.id', '=', 'f.recordId').on('f.entity', '=', 'customer'),
            )
            .leftJoin('leads as l', (j) =>
              j.onRef('l.id', '=', 'f.recordId').on('f.entity', '=', 'lead'),
            )
            .select([
              'f.rule',
              'f.entity',
              'f.userId',
              'f.status',
              'f.createdAt',
              'f.clearedAt',
              'f.clearedBy',
              'a.recordedAt',
              'c.createdAt as customerCreatedAt',
              'l.createdAt as leadCreatedAt',
            ])
            .execute();
          const entities = new Set(flags.map((f) => f.entity));
          expect([...entities].sort()).toEqual(expect.arrayContaining(['activity', 'customer']));
          for (const f of flags) {
            const written = {
              activity: f.recordedAt,
              customer: f.customerCreatedAt,
              lead: f.leadCreatedAt,
            }[f.entity as 'activity'];
            if (f.entity !== 'user') expect(f.createdAt).toBe(written);
            expect(f.createdAt < endIso).toBe(true);
            // Flags a manager reviewed were reviewed when two weeks old; fixes came later.
            if (f.clearedBy !== null)
              expect(Date.parse(f.clearedAt ?? '') - Date.parse(f.createdAt)).toBe(14 * 86_400_000);
            if (f.clearedAt !== null) expect(f.clearedAt >= f.createdAt).toBe(true);
          }
          expect(flags.filter((f) => f.clearedBy !== null).length).toBeGreaterThan(10);
          // Placeholders were taken out two weeks after they were flagged, or later, over the year.
          const fixed = flags.filter((f) => f.rule === 'Q1' && f.status === 'cleared');
          for (const f of fixed)
            expect(Date.parse(f.clearedAt ?? '') - Date.parse(f.createdAt)).toBeGreaterThanOrEqual(
              14 * 86_400_000,
            );
          expect(new Set(fixed.map((f) => f.clearedAt?.slice(0, 7))).size).toBeGreaterThan(5);
          const days = new Set(flags.map((f) => f.createdAt.slice(0, 10)));
          expect(days.size).toBeGreaterThan(100);

          const morning = new Date(Date.parse(endIso) + 9 * 3_600_000);
          const weekBefore = new Date(morning.getTime() - 7 * 86_400_000).toISOString();
          await produceNotifications(database.db, morning);
          const announced = await db()
            .selectFrom('notifications')
            .select(['recipientId', 'params'])
            .where('kind', '=', 'quality_flag')
            .execute();
          const open = flags.filter((f) => f.status === 'open');
          const raisedLastWeek = new Map<string, number>();
          for (const f of open.filter((f) => f.createdAt >= weekBefore))
            raisedLastWeek.set(f.userId, (raisedLastWeek.get(f.userId) ?? 0) + 1);
          // One notification a person, naming the newest flag and counting the others.
          expect(announced.map((n) => n.recipientId).sort()).toEqual(
            [...raisedLastWeek.keys()].sort(),
          );
          for (const n of announced) {
            const params = JSON.parse(n.params) as { others?: Record<string, number> };
            const others = Object.values(params.others ?? {}).reduce((a, b) => a + b, 0);
            expect(1 + others).toBe(raisedLastWeek.get(n.recipientId));
          }
          const lastWeek = [...raisedLastWeek.values()].reduce((a, b) => a + b, 0);
          expect(lastWeek).toBeGreaterThan(0);
          expect(lastWeek).toBeLessThan(open.length);
        });

        it('has customers in the public pool', async () => {
          const pooled = await db()
            .selectFrom('customers')
            .select('id')
            .where('ownerId', 'is', null)
            .where('deletedAt', 'is', null)
            .execute();
          expect(pooled.length).toBeGreaterThan(10);
        });

        it('has three past monthly cycles, published, reviewed, adjusted and acknowledged at the time they happened', async () => {
          const cycles = await db()
            .selectFrom('cycles')
            .selectAll()
            .orderBy('periodStart')
            .execute();
          expect(cycles.map((c) => [c.kind, c.status])).toEqual([
            ['month', 'published'],
            ['month', 'published'],
            ['month', 'published'],
          ]);
          // The three months before the month of the last simulated day, one after another.
          expect(cycles.at(-1)?.periodEnd).toBe(
            new Date(
              `${end.slice(0, 7) === '2026-12' ? '2026-11-01' : '2026-09-01'}T00:00:00+08:00`,
            ).toISOString(),
          );
          for (const cycle of cycles) {
            expect(cycle.createdAt < endIso).toBe(true);
            const results = await db()
              .selectFrom('cycleResults')
              .selectAll()
              .where('cycleId', '=', cycle.id)
              .execute();
            expect(results.length).toBeGreaterThan(5);
            for (const r of results) {
              expect(r.selfComment).not.toBeNull();
              expect(r.acknowledgedAt).not.toBeNull();
              expect((r.acknowledgedAt ?? '') < endIso).toBe(true);
              expect((r.acknowledgedAt ?? '') > cycle.periodEnd).toBe(true);
            }
            expect(results.filter((r) => r.managerComment !== null).length).toBeGreaterThan(0);
            const adjusted = await db()
              .selectFrom('cycleResultItems')
              .innerJoin('cycleResults', 'cycleResults.id', 'cycleResultItems.resultId')
              .select(['adjustReason'])
              .where('cycleResults.cycleId', '=', cycle.id)
              .where('adjustedScore', 'is not', null)
              .execute();
            expect(adjusted.length).toBeGreaterThan(0);
            for (const a of adjusted) expect(a.adjustReason).toBeTruthy();
          }
        });

        it('has open tickets and campaign channels the API accepts', async () => {
          const open = await db()
            .selectFrom('tickets')
            .select('id')
            .where('status', '!=', 'resolved')
            .execute();
          expect(open.length).toBeGreaterThan(0);
          const channels = await db().selectFrom('campaigns').select('channel').execute();
          expect(channels.length).toBeGreaterThan(0);
          for (const c of channels)
            expect(CAMPAIGN_CHANNELS as readonly string[]).toContain(c.channel);
        });
      },
    );
