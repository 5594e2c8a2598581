import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { DAILY_JOBS, PERIODIC_JOBS } from '../../src/jobs/jobs.js';
import {
  createTestDatabase,
  shouldRunPostgres,
  TEST_PG_URL,
  type TestDatabase,
} from '../support/engines.js';
import { setNow, TEST_NOW } from '../support/fixed-clock.js';
import { insertActivity, insertCustomer, insertPlan } from '../support/metric-fixtures.js';
import { buildOrg, type Org } from '../support/org-fixture.js';

const runPostgres = await shouldRunPostgres();
const ZONE = 'Asia/Shanghai';
/** Monday 16 November 2026 in Shanghai, 02:00 to 08:00: every daily job and the digest fall due. */
const FROM = '2026-11-15T18:00:00.000Z';
const TO = '2026-11-16T00:00:00.000Z';
const DAY = '2026-11-16';
const PROCESS_SCRIPT = fileURLToPath(new URL('../support/scheduler-process.ts', import.meta.url));

type Firing = { instant: string; job: string; ran: boolean; error?: string };

/** Starts one app process on the database; resolves with it once it has said it is ready. */
function startProcess(schema: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', PROCESS_SCRIPT, TEST_PG_URL, schema, ZONE, FROM, TO],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const ready = setInterval(() => {
      if (stdout.startsWith('ready\n')) {
        clearInterval(ready);
        resolve({ child, output: () => stdout.slice('ready\n'.length) });
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(ready);
      reject(new Error(`app process exited (${code}) before it was ready: ${stderr}`));
    });
  });
}

function finished(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/**
 * Two real app processes, each with its own connection pool, share one PostgreSQL database and
 * fire the whole scheduler over the same night and Monday morning at the same moments: every
 * job runs exactly once per day or slot, and its effects happen once.
 */
(runPostgres ? describe : describe.skip)('scheduled jobs across two app processes', () => {
  let database: TestDatabase;
  let org: Org;
  let customerId: string;
  let planId: string;
  let firings: Firing[][];

  beforeAll(async () => {
    setNow('2026-11-15T10:00:00.000Z');
    database = await createTestDatabase('postgres');
    const { db } = database;
    await prepareDatabase(db);
    org = await buildOrg(db);
    await db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    // A customer rep1 has owned for 40 days without a follow-up, under a 30-day rule.
    await db.kysely
      .insertInto('poolRules')
      .values({
        id: 'rule-all',
        level: null,
        daysWithoutFollowUp: 30,
        daysWithoutDeal: null,
        active: 1,
        updatedAt: '2026-10-01T00:00:00.000Z',
      })
      .execute();
    customerId = await insertCustomer(db, {
      owners: [{ ownerId: org.users.rep1.id, from: '2026-10-07T00:00:00Z' }],
    });
    await db.kysely
      .updateTable('customers')
      .set({ ownerSince: '2026-10-07T00:00:00.000Z' })
      .where('id', '=', customerId)
      .execute();
    // A plan of rep1 overdue since Sunday, and some calls for the live scorecard.
    planId = await insertPlan(db, {
      ownerId: org.users.rep1.id,
      dueAt: '2026-11-15T06:00:00Z',
      record: { type: 'customer', id: customerId },
    });
    for (const day of ['09', '10', '11'])
      await insertActivity(db, {
        actorId: org.users.rep1.id,
        occurredAt: `2026-11-${day}T02:00:00Z`,
      });

    const schema = database.db.schema;
    if (!schema) throw new Error('the PostgreSQL test database has no schema');
    const processes = await Promise.all([startProcess(schema), startProcess(schema)]);
    for (const { child } of processes) child.stdin?.write('go\n');
    const codes = await Promise.all(processes.map(({ child }) => finished(child)));
    expect(codes).toEqual([0, 0]);
    firings = processes.map(({ output }) =>
      output()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Firing),
    );
  });
  afterAll(async () => {
    setNow(TEST_NOW);
    await database?.drop();
  });

  const runs = () =>
    database.db.kysely
      .selectFrom('jobRuns')
      .select(['job', 'slot', 'attempt', 'status', 'summary'])
      .orderBy('job')
      .orderBy('slot')
      .execute();

  it('fired every trigger in both processes, without an error', () => {
    expect(firings).toHaveLength(2);
    const [first, second] = firings;
    expect(first?.length).toBeGreaterThan(0);
    expect(second?.length).toBe(first?.length);
    expect(firings.flat().filter((f) => f.error !== undefined)).toEqual([]);
    const jobs = new Set(firings.flat().map((f) => f.job));
    expect([...jobs].sort()).toEqual(
      [...DAILY_JOBS.map((j) => j.name), ...PERIODIC_JOBS.map((j) => j.name)].sort(),
    );
  });

  it('ran each daily job exactly once, in one of the two processes', async () => {
    const all = await runs();
    for (const job of DAILY_JOBS) {
      expect(
        all.filter((r) => r.job === job.name).map((r) => [r.slot, r.attempt, r.status]),
        job.name,
      ).toEqual([[DAY, 1, 'succeeded']]);
      expect(
        firings.flat().filter((f) => f.job === job.name && f.ran),
        job.name,
      ).toHaveLength(1);
    }
  });

  it('ran each periodic job exactly once per slot', async () => {
    const all = await runs();
    // The daily jobs fall due at seven moments (02:15, 02:30, 03:00, 03:30, 04:30, 04:45, 08:00).
    for (const job of PERIODIC_JOBS) {
      const slots = all.filter((r) => r.job === job.name);
      expect(slots, job.name).toHaveLength(7);
      expect(new Set(slots.map((r) => r.slot)).size).toBe(7);
      expect(slots.every((r) => r.attempt === 1 && r.status === 'succeeded')).toBe(true);
      const ran = firings.flat().filter((f) => f.job === job.name && f.ran);
      expect(ran.map((f) => f.instant).sort()).toEqual(
        [...new Set(ran.map((f) => f.instant))].sort(),
      );
      expect(ran).toHaveLength(7);
    }
  });

  it('had each job’s effects happen once', async () => {
    const { kysely } = database.db;
    const summaryOf = async (job: string) =>
      (await runs()).filter((r) => r.job === job).map((r) => r.summary);
    // The neglected customer went back to the pool, once.
    expect(await summaryOf('pool-return')).toEqual(['1 customers returned to the pool']);
    const customer = await kysely
      .selectFrom('customers')
      .select(['ownerId', 'poolEnteredAt'])
      .where('id', '=', customerId)
      .executeTakeFirstOrThrow();
    expect(customer.ownerId).toBeNull();
    const ownerships = await kysely
      .selectFrom('ownershipPeriods')
      .select('ownerId')
      .where('recordId', '=', customerId)
      .execute();
    expect(ownerships).toHaveLength(1);
    // rep1 was told about the overdue plan once.
    const overdue = await kysely
      .selectFrom('notifications')
      .select('recipientId')
      .where('kind', '=', 'plan_overdue')
      .where('recordId', '=', planId)
      .execute();
    expect(overdue.map((n) => n.recipientId)).toEqual([org.users.rep1.id]);
    // One weekly digest per recipient, rep1 among them.
    const digests = await kysely
      .selectFrom('notifications')
      .select(['recipientId', 'occurrence'])
      .where('kind', '=', 'weekly_digest')
      .execute();
    const recipients = digests.map((d) => d.recipientId);
    expect(recipients).toContain(org.users.rep1.id);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(new Set(digests.map((d) => d.occurrence))).toEqual(new Set(['2026-W47']));
    expect(await summaryOf('weekly-digest')).toEqual([`${digests.length} weekly digests sent`]);
  });
});
