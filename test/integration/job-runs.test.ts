import { afterAll, beforeAll, expect, it } from 'vitest';
import { runDailyJob, type DailyJob } from '../../src/jobs/daily-job.js';
import { runPeriodicJob, type PeriodicJob } from '../../src/jobs/periodic-job.js';
import { describeEngines } from '../support/describe-engines.js';
import { setNow, TEST_NOW } from '../support/fixed-clock.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

const ZONE = 'Asia/Shanghai';

/**
 * Every run of a scheduled job is logged with its outcome; a failed daily run is retried after
 * 10 and 20 minutes and, when the third attempt fails too, reported to the admins; a periodic job
 * is reported once it has failed three runs in a row. Admins read the log through the API.
 */
describeEngines('job runs', (use) => {
  let org: Org;
  const db = () => use().db;

  const flakyDaily = (name: string, failures: number): DailyJob => {
    let calls = 0;
    return {
      name,
      schedule: '15 2 * * *',
      run: async () => {
        calls += 1;
        if (calls <= failures) throw new Error(`attempt ${calls} refused`);
        return `done on attempt ${calls}`;
      },
    };
  };
  const runs = (job: string) =>
    db()
      .kysely.selectFrom('jobRuns')
      .select(['attempt', 'status', 'summary', 'error', 'slot'])
      .where('job', '=', job)
      .orderBy('startedAt')
      .execute();
  const reports = (job: string) =>
    db()
      .kysely.selectFrom('notifications')
      .select(['recipientId', 'occurrence', 'params'])
      .where('kind', '=', 'job_failed')
      .where('recordId', '=', job)
      .execute();
  /** Runs a job the way the scheduler does at the current (test) time. */
  const daily = (job: DailyJob, mode: 'scheduled' | 'retry' = 'scheduled') =>
    runDailyJob(db(), job, new Date(), ZONE, mode);

  beforeAll(async () => {
    org = await buildOrg(db());
  });
  afterAll(() => setNow(TEST_NOW));

  it('retries a failed daily run after 10 and 20 minutes, then reports it to the admins', async () => {
    const job = flakyDaily('always-failing', 99);
    // 10:15 on 6 March in Shanghai.
    setNow('2026-03-06T02:15:00.000Z');
    await expect(daily(job)).rejects.toThrow('attempt 1 refused');
    setNow('2026-03-06T02:24:00.000Z');
    expect((await daily(job, 'retry')).ran).toBe(false);
    setNow('2026-03-06T02:25:30.000Z');
    await expect(daily(job, 'retry')).rejects.toThrow('attempt 2 refused');
    expect(await reports('always-failing')).toEqual([]);
    setNow('2026-03-06T02:40:00.000Z');
    expect((await daily(job, 'retry')).ran).toBe(false);
    setNow('2026-03-06T02:46:00.000Z');
    await expect(daily(job, 'retry')).rejects.toThrow('attempt 3 refused');
    setNow('2026-03-06T05:00:00.000Z');
    expect((await daily(job, 'retry')).ran).toBe(false);
    // The scheduled run of the same day does not start a fourth attempt either.
    expect((await daily(job)).ran).toBe(false);

    expect(await runs('always-failing')).toEqual(
      [1, 2, 3].map((attempt) => ({
        attempt,
        status: 'failed',
        summary: null,
        error: `attempt ${attempt} refused`,
        slot: '2026-03-06',
      })),
    );
    const reported = await reports('always-failing');
    expect(reported.map((r) => r.recipientId)).toEqual([org.users.admin.id]);
    expect(reported[0]?.occurrence).toBe('2026-03-06');
    expect(JSON.parse(reported[0]?.params ?? '{}')).toEqual({
      job: 'always-failing',
      attempts: 3,
      error: 'attempt 3 refused',
    });
  });

  it('stops retrying once a retry succeeded, and runs again the next day', async () => {
    const job = flakyDaily('fails-once', 1);
    setNow('2026-03-07T02:15:00.000Z');
    await expect(daily(job)).rejects.toThrow();
    setNow('2026-03-07T02:26:00.000Z');
    expect(await daily(job, 'retry')).toEqual({ ran: true, summary: 'done on attempt 2' });
    setNow('2026-03-07T03:00:00.000Z');
    expect((await daily(job, 'retry')).ran).toBe(false);
    setNow('2026-03-08T02:15:00.000Z');
    expect((await daily(job)).ran).toBe(true);
    expect((await runs('fails-once')).map((r) => [r.slot, r.attempt, r.status])).toEqual([
      ['2026-03-07', 1, 'failed'],
      ['2026-03-07', 2, 'succeeded'],
      ['2026-03-08', 1, 'succeeded'],
    ]);
    expect(await reports('fails-once')).toEqual([]);
  });

  it('reports a periodic job once when it has failed three runs in a row', async () => {
    let failing = true;
    const job: PeriodicJob = {
      name: 'flaky-periodic',
      everyMinutes: 1,
      run: async () => {
        if (failing) throw new Error('receiver down');
        return 'sent';
      },
    };
    const at = (minute: number) => {
      setNow(`2026-03-09T02:0${minute}:00.000Z`);
      return runPeriodicJob(db(), job, new Date(), ZONE);
    };
    await expect(at(0)).rejects.toThrow('receiver down');
    await expect(at(1)).rejects.toThrow();
    expect(await reports('flaky-periodic')).toHaveLength(0);
    await expect(at(2)).rejects.toThrow();
    expect(await reports('flaky-periodic')).toHaveLength(1);
    await expect(at(3)).rejects.toThrow();
    expect(await reports('flaky-periodic')).toHaveLength(1);
    failing = false;
    expect((await at(4)).ran).toBe(true);
    expect((await runs('flaky-periodic')).map((r) => r.status)).toEqual([
      'failed',
      'failed',
      'failed',
      'failed',
      'succeeded',
    ]);
  });

  it('shows the log to admins only, newest first, filtered by job and status', async () => {
    setNow(TEST_NOW);
    const admin = await use().login('admin@example.com', PASSWORD);
    const response = await use().request({
      method: 'GET',
      url: '/api/v1/system/job-runs?job=fails-once&status=succeeded',
      as: admin,
    });
    expect(response.statusCode).toBe(200);
    expect(
      response.json().items.map((r: { slot: string; attempt: number }) => [r.slot, r.attempt]),
    ).toEqual([
      ['2026-03-08', 1],
      ['2026-03-07', 2],
    ]);
    const rep = await use().login('rep1@example.com', PASSWORD);
    const refused = await use().request({ method: 'GET', url: '/api/v1/system/job-runs', as: rep });
    expect(refused.statusCode).toBe(403);
  });
});
