import { beforeAll, expect, it } from 'vitest';
import { ensureDefaultStages } from '../../src/modules/pipeline/pipeline.service.js';
import { call, changesOf, createCustomer, historyOf } from '../support/crm-fixture.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { itKeepsSnapshotInputsInStep } from '../support/snapshot-invariants.js';

const HOUR = 3600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

type StageChange = {
  fromStatus: string | null;
  toStatus: string;
  effectiveAt: string;
  recordedAt: string;
  ownerId: string;
  reason: string | null;
  timely: boolean;
};

describeEngines('opportunities and pipeline stages', (use) => {
  let org: Org;
  let admin: string;
  let rep1: string;
  let rep2: string;
  let lead: string;
  let customerId: string;

  const open = (as: string, payload: object = {}) =>
    call(use(), as, 'POST', '/api/v1/opportunities', 201, {
      customerId,
      name: 'Deal',
      amountCents: 1_000_00,
      ...payload,
    });
  const stage = (as: string, id: string, payload: object, status = 200) =>
    call(use(), as, 'POST', `/api/v1/opportunities/${id}/stage`, status, payload);
  const stagesOf = async (as: string, id: string): Promise<StageChange[]> =>
    (await call(use(), as, 'GET', `/api/v1/opportunities/${id}/stages`, 200)).items;

  beforeAll(async () => {
    org = await buildOrg(use().db);
    admin = await use().login('admin@example.com', PASSWORD);
    rep1 = await use().login('rep1@example.com', PASSWORD);
    rep2 = await use().login('rep2@example.com', PASSWORD);
    lead = await use().login('lead@example.com', PASSWORD);
    customerId = (await createCustomer(use(), rep1, { name: 'Pipeline Co' })).id;
  });

  it('seeds the default pipeline once, in order', async () => {
    await ensureDefaultStages(use().db);
    const { items } = await call(use(), rep1, 'GET', '/api/v1/pipeline-stages', 200);
    expect(
      items.map((s: { nameEn: string; winProbability: number; kind: string }) => [
        s.nameEn,
        s.winProbability,
        s.kind,
      ]),
    ).toEqual([
      ['Qualification', 10, 'open'],
      ['Needs analysis', 30, 'open'],
      ['Proposal', 60, 'open'],
      ['Negotiation', 80, 'open'],
      ['Won', 100, 'won'],
      ['Lost', 0, 'lost'],
    ]);
    expect(items[0]).toMatchObject({ nameZh: '初步接洽', access: 'read' });
  });

  it('lets admins configure stages, not reps, and keeps the kind of a used stage', async () => {
    await call(use(), rep1, 'POST', '/api/v1/pipeline-stages', 403, {
      nameZh: '演示',
      nameEn: 'Demo',
      sortOrder: 25,
      winProbability: 40,
      kind: 'open',
    });
    const demo = await call(use(), admin, 'POST', '/api/v1/pipeline-stages', 201, {
      nameZh: '演示',
      nameEn: 'Demo',
      sortOrder: 25,
      winProbability: 40,
      kind: 'open',
    });
    await call(use(), admin, 'POST', '/api/v1/pipeline-stages', 400, {
      nameZh: 'x',
      nameEn: 'x',
      sortOrder: 1,
      winProbability: 101,
      kind: 'open',
    });
    const renamed = await call(use(), admin, 'PATCH', `/api/v1/pipeline-stages/${demo.id}`, 200, {
      version: 1,
      nameEn: 'Product demo',
      winProbability: 45,
    });
    expect(renamed).toMatchObject({ nameEn: 'Product demo', winProbability: 45, version: 2 });
    await call(use(), admin, 'PATCH', `/api/v1/pipeline-stages/${demo.id}`, 409, {
      version: 1,
      nameEn: 'stale',
    });

    const opportunity = await open(rep1, { stageId: demo.id });
    expect(opportunity.stageId).toBe(demo.id);
    const kind = await call(use(), admin, 'PATCH', `/api/v1/pipeline-stages/${demo.id}`, 422, {
      version: 2,
      kind: 'won',
    });
    expect(kind.error.code).toBe('stage_kind_locked');
    await call(use(), admin, 'PATCH', `/api/v1/pipeline-stages/${demo.id}`, 200, {
      version: 2,
      active: false,
    });
    expect(
      (await call(use(), rep1, 'GET', '/api/v1/pipeline-stages', 200)).items.map(
        (s: { id: string }) => s.id,
      ),
    ).not.toContain(demo.id);
    await call(use(), admin, 'GET', '/api/v1/pipeline-stages/no-such-stage/history', 404);
    expect(
      changesOf(await historyOf(use(), admin, `/api/v1/pipeline-stages/${demo.id}`), 'active'),
    ).toEqual([
      [null, '1'],
      ['1', '0'],
    ]);
  });

  it('creates an opportunity with its first stage change, effective when created', async () => {
    await call(use(), rep1, 'POST', '/api/v1/opportunities', 400, {
      customerId,
      name: 'Negative',
      amountCents: -1,
    });
    await call(use(), rep1, 'POST', '/api/v1/opportunities', 400, {
      customerId,
      name: 'Fractional',
      amountCents: 10.5,
    });
    const created = await open(rep1, { expectedCloseOn: '2026-12-31' });
    expect(created).toMatchObject({
      status: 'open',
      stageId: 'stage-qualification',
      ownerId: org.users.rep1.id,
      currency: 'CNY',
      amountCents: 100000,
      closedAt: null,
      access: 'write',
    });
    const [first, ...rest] = await stagesOf(rep1, created.id);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      fromStatus: null,
      toStatus: 'open',
      effectiveAt: created.createdAt,
      recordedAt: created.createdAt,
      ownerId: org.users.rep1.id,
      timely: true,
    });
  });

  it('records when a stage change happened and when it was entered, and refuses the future', async () => {
    const o = await open(rep1);
    const future = await stage(
      rep1,
      o.id,
      {
        version: 1,
        stageId: 'stage-proposal',
        effectiveAt: new Date(Date.now() + 2 * HOUR).toISOString(),
      },
      400,
    );
    expect(future.error.details.map((d: { path: string }) => d.path)).toEqual(['effectiveAt']);

    const before = Date.now();
    const moved = await stage(rep1, o.id, { version: 1, stageId: 'stage-proposal' });
    expect(moved).toMatchObject({ stageId: 'stage-proposal', status: 'open', version: 2 });
    const late = ago(HOUR / 2);
    const earlier = await stage(
      rep1,
      o.id,
      { version: 2, stageId: 'stage-negotiation', effectiveAt: late },
      400,
    );
    expect(earlier.error.details[0].path).toBe('effectiveAt');

    const changes = await stagesOf(rep1, o.id);
    expect(changes).toHaveLength(2);
    expect(Date.parse(changes[1]?.recordedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(changes[1]?.effectiveAt).toBe(changes[1]?.recordedAt);

    // Back-dated by more than a day: stored as such, and not timely.
    const old = await open(rep1);
    const rows = await use()
      .db.kysely.selectFrom('opportunities')
      .select('createdAt')
      .where('id', '=', old.id)
      .executeTakeFirstOrThrow();
    await use()
      .db.kysely.updateTable('stageChanges')
      .set({ effectiveAt: ago(72 * HOUR) })
      .where('opportunityId', '=', old.id)
      .execute();
    const effectiveAt = ago(30 * HOUR);
    await stage(rep1, old.id, { version: 1, stageId: 'stage-needs-analysis', effectiveAt });
    const [, backdated] = await stagesOf(rep1, old.id);
    expect(backdated).toMatchObject({ effectiveAt, timely: false });
    expect(Date.parse(backdated?.recordedAt ?? '')).toBeGreaterThan(Date.parse(rows.createdAt));
  });

  it('needs a reason to win or lose, closes at the effective time, and records a reopen the same way', async () => {
    const o = await open(rep1);
    const noReason = await stage(rep1, o.id, { version: 1, stageId: 'stage-won' }, 400);
    expect(noReason.error.details[0].path).toBe('reason');
    await stage(rep1, o.id, { version: 1, stageId: 'stage-lost', reason: '   ' }, 400);

    const wonAt = new Date().toISOString();
    const won = await stage(rep1, o.id, {
      version: 1,
      stageId: 'stage-won',
      effectiveAt: wonAt,
      reason: 'signed after the demo',
    });
    expect(won).toMatchObject({
      status: 'won',
      closedAt: wonAt,
      closeReason: 'signed after the demo',
      lastTouchedAt: wonAt,
    });

    const reopened = await stage(rep1, o.id, {
      version: 2,
      stageId: 'stage-negotiation',
      reason: 'contract fell through',
    });
    expect(reopened).toMatchObject({ status: 'open', closedAt: null, closeReason: null });
    const lost = await stage(rep1, o.id, {
      version: 3,
      stageId: 'stage-lost',
      reason: 'went with a competitor',
    });
    expect(lost).toMatchObject({ status: 'lost', closeReason: 'went with a competitor' });

    const changes = await stagesOf(rep1, o.id);
    expect(changes.map((c) => [c.fromStatus, c.toStatus, c.reason])).toEqual([
      [null, 'open', null],
      ['open', 'won', 'signed after the demo'],
      ['won', 'open', 'contract fell through'],
      ['open', 'lost', 'went with a competitor'],
    ]);
    expect(
      changesOf(await historyOf(use(), rep1, `/api/v1/opportunities/${o.id}`), 'status'),
    ).toEqual([
      [null, 'open'],
      ['open', 'won'],
      ['won', 'open'],
      ['open', 'lost'],
    ]);
  });

  it('answers a stale version with 409 and logs every edit old → new', async () => {
    const o = await open(rep1);
    const edited = await call(use(), rep1, 'PATCH', `/api/v1/opportunities/${o.id}`, 200, {
      version: 1,
      amountCents: 250_000_00,
    });
    expect(edited.version).toBe(2);
    await call(use(), rep1, 'PATCH', `/api/v1/opportunities/${o.id}`, 409, {
      version: 1,
      name: 'lost update',
    });
    await stage(rep1, o.id, { version: 1, stageId: 'stage-proposal' }, 409);
    expect(
      changesOf(await historyOf(use(), rep1, `/api/v1/opportunities/${o.id}`), 'amountCents'),
    ).toEqual([
      [null, '100000'],
      ['100000', '25000000'],
    ]);
    await call(use(), rep1, 'DELETE', `/api/v1/opportunities/${o.id}?version=2`, 204);
    await call(use(), rep1, 'GET', `/api/v1/opportunities/${o.id}`, 404);
  });

  it('scopes on the owner: a colleague gets 404, the manager does not, a collaborator gets what was shared', async () => {
    const o = await open(rep1, { name: 'Scoped deal' });
    await call(use(), rep2, 'GET', `/api/v1/opportunities/${o.id}`, 404);
    await stage(rep2, o.id, { version: 1, stageId: 'stage-proposal' }, 404);
    await call(use(), rep2, 'GET', `/api/v1/opportunities/${o.id}/stages`, 404);
    expect((await call(use(), rep2, 'GET', '/api/v1/opportunities?q=scoped', 200)).total).toBe(0);
    await call(use(), rep2, 'POST', '/api/v1/opportunities', 404, {
      customerId,
      name: 'Not my customer',
      amountCents: 0,
    });

    expect((await call(use(), lead, 'GET', `/api/v1/opportunities/${o.id}`, 200)).access).toBe(
      'write',
    );
    expect(
      (
        await call(
          use(),
          lead,
          'GET',
          `/api/v1/opportunities?q=scoped&ownerId=${org.users.rep1.id}`,
          200,
        )
      ).total,
    ).toBe(1);

    await use()
      .db.kysely.insertInto('collaborators')
      .values({
        id: `collab-${o.id}`,
        entity: 'opportunity',
        recordId: o.id,
        userId: org.users.rep2.id,
        access: 'read',
        until: null,
        createdBy: null,
        createdAt: new Date().toISOString(),
      })
      .execute();
    expect((await call(use(), rep2, 'GET', `/api/v1/opportunities/${o.id}`, 200)).access).toBe(
      'read',
    );
    expect((await call(use(), rep2, 'GET', '/api/v1/opportunities?q=scoped', 200)).total).toBe(1);
    await stage(rep2, o.id, { version: 1, stageId: 'stage-proposal' }, 403);
  });

  it('lets a manager reassign within scope, crediting each stage change to the owner at its effective time', async () => {
    const o = await open(rep1);
    // Since when its current owner has it: what the metrics of an instant read (owner_since).
    const ownerSince = async () =>
      (
        await use()
          .db.kysely.selectFrom('opportunities')
          .select('ownerSince')
          .where('id', '=', o.id)
          .executeTakeFirstOrThrow()
      ).ownerSince;
    expect(await ownerSince()).toBe(o.createdAt);
    await call(use(), rep1, 'PATCH', `/api/v1/opportunities/${o.id}`, 403, {
      version: 1,
      ownerId: org.users.rep2.id,
    });
    await call(use(), lead, 'PATCH', `/api/v1/opportunities/${o.id}`, 400, {
      version: 1,
      ownerId: org.users.rep3.id,
    });
    const moved = await call(use(), lead, 'PATCH', `/api/v1/opportunities/${o.id}`, 200, {
      version: 1,
      ownerId: org.users.rep2.id,
    });
    expect(moved.ownerId).toBe(org.users.rep2.id);
    const periods = await use()
      .db.kysely.selectFrom('ownershipPeriods')
      .selectAll()
      .where('recordId', '=', o.id)
      .orderBy('startedAt')
      .execute();
    expect(periods.map((p) => [p.ownerId, p.endedAt === null])).toEqual([
      [org.users.rep1.id, false],
      [org.users.rep2.id, true],
    ]);
    expect(await ownerSince()).toBe(periods[1]?.startedAt);

    // Effective before the hand-over: rep1 owned it then.
    const handOver = periods[1]?.startedAt ?? '';
    const between = new Date((Date.parse(o.createdAt) + Date.parse(handOver)) / 2).toISOString();
    await stage(lead, o.id, { version: 2, stageId: 'stage-needs-analysis', effectiveAt: between });
    await stage(lead, o.id, { version: 3, stageId: 'stage-proposal' });
    const [, beforeHandOver, afterHandOver] = await stagesOf(lead, o.id);
    expect(beforeHandOver?.ownerId).toBe(org.users.rep1.id);
    expect(afterHandOver?.ownerId).toBe(org.users.rep2.id);
    expect(
      changesOf(await historyOf(use(), lead, `/api/v1/opportunities/${o.id}`), 'ownerId'),
    ).toEqual([
      [null, org.users.rep1.id],
      [org.users.rep1.id, org.users.rep2.id],
    ]);
  });

  it('filters the list by status, stage and closing day', async () => {
    const won = await open(rep1, { name: 'Filter won' });
    await stage(rep1, won.id, { version: 1, stageId: 'stage-won', reason: 'signed' });
    const proposal = await open(rep1, { name: 'Filter proposal' });
    await stage(rep1, proposal.id, { version: 1, stageId: 'stage-proposal' });
    const ids = async (query: string) =>
      (await call(use(), rep1, 'GET', `/api/v1/opportunities?q=filter&${query}`, 200)).items.map(
        (o: { id: string }) => o.id,
      );

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    expect(await ids(`status=won&closedFrom=${today}&closedTo=${today}`)).toEqual([won.id]);
    expect(await ids('stageId=stage-proposal')).toEqual([proposal.id]);
    expect(await ids('closedTo=2000-01-01')).toEqual([]);
    expect(await ids('sort=name&order=asc')).toEqual([proposal.id, won.id]);
  });

  itKeepsSnapshotInputsInStep(use);
});
