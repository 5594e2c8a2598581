import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameDuplicateKey, phoneDuplicateKey } from '../../src/domain/quality/duplicate-records.js';
import { isTimely } from '../../src/domain/quality/timeliness.js';
import { orgDay } from '../../src/domain/time/org-day.js';
import { runQualityRules } from '../../src/modules/quality/quality-run.service.js';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { SIMULATED_TABLES } from '../../src/simulator/row-sink.js';
import { simulateCompany } from '../../src/simulator/simulate.js';
import { createTestDatabase, type TestDatabase } from '../support/engines.js';

// Scale XS: S's 50 people and archetype mix with a fifth of the records. S itself takes about a
// minute on SQLite here (bench/RESULTS.md), too long for every test run.
const END = '2025-07-01';
let database: TestDatabase;

type Row = Record<string, unknown>;
const text = (v: unknown) => String(v);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function all(table: string): Promise<Row[]> {
  // Test-only reads of whole tables, through the typed builder for each table name.
  return database.db.kysely
    .selectFrom(table as 'users')
    .selectAll()
    .execute() as Promise<Row[]>;
}

let profiles: Map<string, string>;
const archetypeOf = (userId: unknown) => profiles.get(text(userId)) ?? '';

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  await prepareDatabase(database.db);
  await simulateCompany(database.db, { scale: 'XS', seed: 3, end: END, qualityRun: false });
  profiles = new Map(
    (await all('simulatorProfiles')).map((p) => [text(p.userId), text(p.archetype)]),
  );
}, 180_000);

afterAll(async () => {
  await database.drop();
});

describe('company simulator: archetypes show in the raw data', () => {
  it('fills every entity and history table', async () => {
    for (const table of SIMULATED_TABLES)
      expect((await all(table)).length, table).toBeGreaterThan(0);
  });

  it('gives gamers shorter, more repetitive notes than diligent users, and late recorders a larger lag', async () => {
    const activities = await all('activities');
    const by = (archetype: string) =>
      activities.filter((a) => archetypeOf(a.actorId) === archetype);
    const diligent = by('diligent');
    const gamer = by('gamer');
    const late = by('late_recorder');
    expect(diligent.length).toBeGreaterThan(100);
    expect(gamer.length).toBeGreaterThan(100);
    const length = (rows: Row[]) => mean(rows.map((a) => text(a.content).length));
    const distinct = (rows: Row[]) => new Set(rows.map((a) => text(a.content))).size / rows.length;
    const lagHours = (rows: Row[]) =>
      mean(
        rows.map(
          (a) => (Date.parse(text(a.recordedAt)) - Date.parse(text(a.occurredAt))) / 3_600_000,
        ),
      );
    const invalid = (rows: Row[]) => rows.filter((a) => a.valid === 0).length / rows.length;
    expect(length(gamer)).toBeLessThan(length(diligent) / 2);
    expect(distinct(gamer)).toBeLessThan(distinct(diligent) / 2);
    expect(invalid(gamer)).toBeGreaterThan(0.5);
    expect(invalid(diligent)).toBeLessThan(0.05);
    expect(lagHours(late)).toBeGreaterThan(5 * lagHours(diligent));
    expect(lagHours(late)).toBeGreaterThan(72);
  });

  it('has newcomers who joined within the last two months, and results-only sellers who win more than gamers', async () => {
    const users = await all('users');
    const newcomers = users.filter((u) => archetypeOf(u.id) === 'newcomer');
    expect(newcomers.length).toBeGreaterThan(0);
    const endMs = Date.parse(`${END}T00:00:00+08:00`);
    for (const u of newcomers)
      expect(endMs - Date.parse(`${text(u.joinedOn)}T00:00:00+08:00`)).toBeLessThanOrEqual(
        61 * 86_400_000,
      );
    const closed = (await all('opportunities')).filter((o) => o.status !== 'open');
    const winRate = (archetype: string) => {
      const own = closed.filter((o) => archetypeOf(o.ownerId) === archetype);
      return own.filter((o) => o.status === 'won').length / Math.max(1, own.length);
    };
    expect(winRate('results_only')).toBeGreaterThan(winRate('gamer'));
  });

  it('separates fast and slow responders, good and poor lead sources, adopters and ignorers, engaged and absent managers', async () => {
    const tickets = (await all('tickets')).filter((t) => t.firstResponseAt !== null);
    const response = (a: string) =>
      median(
        tickets
          .filter((t) => archetypeOf(t.assigneeId) === a)
          .map((t) => Date.parse(text(t.firstResponseAt)) - Date.parse(text(t.createdAt))),
      );
    expect(response('fast_responder')).toBeLessThan(response('slow_responder') / 5);

    const rated = (await all('leads')).filter((l) => l.qualityRating !== null);
    const rating = (a: string) =>
      mean(
        rated.filter((l) => archetypeOf(l.sourceUserId) === a).map((l) => Number(l.qualityRating)),
      );
    expect(rating('high_lead_quality')).toBeGreaterThan(rating('low_lead_quality') + 1);

    const feedback = await all('feedback');
    const decided = (a: string) =>
      feedback.filter((f) => f.decidedBy !== null && archetypeOf(f.decidedBy) === a);
    const adopted = (a: string) => decided(a).filter((f) => f.status === 'adopted').length;
    expect(adopted('adopts_feedback')).toBeGreaterThan(adopted('ignores_feedback'));

    const styles = new Map(
      (await all('simulatorProfiles')).map((p) => [text(p.userId), p.managerStyle]),
    );
    const insightDays = new Map<string, Set<string>>();
    for (const e of await all('usageEvents'))
      if (e.kind !== 'customer_view')
        insightDays.set(
          text(e.userId),
          (insightDays.get(text(e.userId)) ?? new Set()).add(text(e.day)),
        );
    const days = (style: string) =>
      mean(
        [...styles].filter(([, s]) => s === style).map(([id]) => insightDays.get(id)?.size ?? 0),
      );
    expect(days('engaged')).toBeGreaterThan(3 * days('absent'));
  });
});

describe('company simulator: derived columns are what the services would store', () => {
  it('keys, timeliness, last touches, balances, ownership and usage days', async () => {
    const activities = await all('activities');
    for (const a of activities)
      expect(a.timely).toBe(
        isTimely(new Date(text(a.occurredAt)), new Date(text(a.recordedAt))) ? 1 : 0,
      );
    const stageChanges = await all('stageChanges');
    for (const s of stageChanges)
      expect(s.timely).toBe(
        isTimely(new Date(text(s.effectiveAt)), new Date(text(s.recordedAt))) ? 1 : 0,
      );
    // An opportunity's last touch: its latest live valid activity or stage change.
    const latestTouch = new Map<string, string>();
    const touch = (id: string, at: string) => {
      if ((latestTouch.get(id) ?? '') < at) latestTouch.set(id, at);
    };
    for (const a of activities)
      if (a.valid === 1 && a.deletedAt === null && a.recordType === 'opportunity')
        touch(text(a.recordId), text(a.occurredAt));
    for (const s of stageChanges) touch(text(s.opportunityId), text(s.effectiveAt));
    for (const o of await all('opportunities'))
      expect(o.lastTouchedAt).toBe(latestTouch.get(text(o.id)) ?? null);

    const customers = await all('customers');
    const latestValid = new Map<string, string>();
    for (const a of activities) {
      if (a.valid !== 1 || a.deletedAt !== null || a.customerId === null) continue;
      const key = text(a.customerId);
      if ((latestValid.get(key) ?? '') < text(a.occurredAt))
        latestValid.set(key, text(a.occurredAt));
    }
    const owned = new Set(
      (await all('ownershipPeriods')).map((p) => `${text(p.entity)}:${text(p.recordId)}`),
    );
    for (const c of customers) {
      expect(c.nameKey).toBe(nameDuplicateKey(text(c.name)) ?? '');
      expect(c.phoneKey).toBe(phoneDuplicateKey(c.phone === null ? null : text(c.phone)));
      expect(c.lastFollowUpAt).toBe(latestValid.get(text(c.id)) ?? null);
      expect(owned.has(`customer:${text(c.id)}`)).toBe(true);
    }

    const payments = await all('payments');
    for (const k of await all('contracts')) {
      const paid = payments
        .filter((p) => p.contractId === k.id)
        .reduce((s, p) => s + Number(p.amountCents), 0);
      expect(Number(k.paidCents)).toBe(paid);
      expect(k.fullyPaidOn === null).toBe(paid < Number(k.amountCents));
      expect(owned.has(`contract:${text(k.id)}`)).toBe(true);
    }
    for (const o of await all('opportunities'))
      expect(owned.has(`opportunity:${text(o.id)}`)).toBe(true);
    for (const e of (await all('usageEvents')).slice(0, 2000))
      expect(e.day).toBe(orgDay(new Date(text(e.at))));
  });

  it('marks exactly the activities invalid that the data-quality engine flags (Q3, Q4)', async () => {
    const before = new Map((await all('activities')).map((a) => [text(a.id), a.valid]));
    await runQualityRules(
      database.db,
      { start: new Date('2024-06-30T16:00:00Z'), end: new Date('2025-06-30T16:00:00Z') },
      'Asia/Shanghai',
    );
    const after = await all('activities');
    const changed = after.filter((a) => before.get(text(a.id)) !== a.valid);
    expect(changed).toEqual([]);
  });
});
