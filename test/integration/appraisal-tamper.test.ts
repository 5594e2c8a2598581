import { beforeAll, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/prepare-database.js';
import { verifyAudit } from '../../src/cli/audit.js';
import { encodeChanges } from '../../src/db/history-codec.js';
import { readableHistoryRow } from '../../src/platform/history/history.repository.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';

type Item = { id: string; metric: string; score: number | null };
type Result = { id: string; userId: string; version: number; total: number | null; items: Item[] };

describeEngines('tamper-evident appraisal results', (use) => {
  let org: Org;
  let admin: string, director: string;
  let cycle: { id: string; version: number };
  let rep1Result: Result;

  const audit = async () => {
    const lines: string[] = [];
    const code = await verifyAudit(use().db, (line) => lines.push(line));
    return { code, text: lines.join('\n') };
  };
  /** The last history row of `entity` (and `entityId`, unless null) whose changes contain the text. */
  const historyRow = async (entity: string, entityId: string | null, containing: string) => {
    let query = use()
      .db.kysely.selectFrom('history')
      .select(['id', 'seq', 'changes'])
      .where('entity', '=', entity);
    if (entityId !== null) query = query.where('entityId', '=', entityId);
    const rows = (await query.orderBy('seq', 'desc').execute()).map(readableHistoryRow);
    const row = rows.find((r) => r.changes.includes(containing));
    if (!row) throw new Error(`no ${entity} history row containing ${containing}`);
    return row;
  };
  const resultOf = async (userId: string): Promise<Result> => {
    const list: { id: string; userId: string }[] = (
      await use().request({
        method: 'GET',
        url: `/api/v1/cycles/${cycle.id}/results?pageSize=50`,
        as: admin,
      })
    ).json().items;
    const id = list.find((r) => r.userId === userId)?.id;
    return (
      await use().request({ method: 'GET', url: `/api/v1/cycle-results/${id}`, as: admin })
    ).json();
  };

  beforeAll(async () => {
    org = await buildOrg(use().db);
    await use().db.kysely.updateTable('users').set({ joinedOn: '2025-01-01' }).execute();
    admin = await use().login('admin@example.com', PASSWORD);
    director = await use().login('director@example.com', PASSWORD);
    const target = await use().request({
      method: 'PUT',
      url: '/api/v1/targets',
      as: admin,
      payload: {
        userId: org.users.rep1.id,
        metric: 'activity_frequency',
        period: 'month',
        anchorDay: '2026-03-15',
        target: 12,
      },
    });
    expect(target.statusCode).toBe(200);
    cycle = (
      await use().request({
        method: 'POST',
        url: '/api/v1/cycles',
        as: admin,
        payload: { name: 'March', kind: 'month', anchorDay: '2026-03-15' },
      })
    ).json();
    const move = async (status: string) => {
      const moved = await use().request({
        method: 'POST',
        url: `/api/v1/cycles/${cycle.id}/status`,
        as: admin,
        payload: { version: cycle.version, status },
      });
      expect(moved.statusCode).toBe(200);
      cycle = moved.json();
    };
    for (const status of ['open', 'self_review', 'manager_review']) await move(status);
    const before = await resultOf(org.users.rep1.id);
    const adjusted = await use().request({
      method: 'POST',
      url: `/api/v1/cycle-results/${before.id}/items/activity_frequency/adjust`,
      as: director,
      payload: { version: before.version, score: 80, reason: '客户拜访记录补录' },
    });
    expect(adjusted.statusCode).toBe(200);
    for (const status of ['calibrated', 'published']) await move(status);
    rep1Result = await resultOf(org.users.rep1.id);
  });

  it('seals the results when the cycle is published, and verifies them', async () => {
    const seal = await historyRow('cycle', cycle.id, 'resultsSeal');
    expect(seal.changes).toContain('"published"');
    const { code, text } = await audit();
    expect(code).toBe(0);
    expect(text).toContain("Closed cycles' results match their seals: 1 cycles verified.");
  });

  it('detects a closed cycle’s score edited in the database, names the cycle and its seal', async () => {
    const k = use().db.kysely;
    const item = { resultId: rep1Result.id, metric: 'activity_frequency' };
    const setItem = (adjustedScore: number) =>
      k
        .updateTable('cycleResultItems')
        .set({ adjustedScore })
        .where('resultId', '=', item.resultId)
        .where('metric', '=', item.metric)
        .execute();
    const stored = await k
      .selectFrom('cycleResultItems')
      .select(['adjustedScore'])
      .where('resultId', '=', item.resultId)
      .where('metric', '=', item.metric)
      .executeTakeFirstOrThrow();
    expect(stored.adjustedScore).toBe(80);
    const seal = await historyRow('cycle', cycle.id, 'resultsSeal');
    await setItem(100);
    const { code, text } = await audit();
    expect(code).toBe(1);
    expect(text).toContain("A closed cycle's results no longer match their seal");
    expect(text).toContain(`id:       ${cycle.id} (position ${Number(seal.seq)})`);
    expect(text).toContain('what:     seal');
    await setItem(80);
    expect((await audit()).code).toBe(0);

    // A total raised directly, too.
    await k
      .updateTable('cycleResults')
      .set({ total: 99.5 })
      .where('id', '=', rep1Result.id)
      .execute();
    expect((await audit()).text).toContain(`id:       ${cycle.id}`);
    await k
      .updateTable('cycleResults')
      .set({ total: rep1Result.total })
      .where('id', '=', rep1Result.id)
      .execute();
    expect((await audit()).code).toBe(0);
  });

  it('names the first broken link: the edited target row, then the adjustment row, then the seal', async () => {
    const k = use().db.kysely;
    const target = await historyRow('user_target', null, 'activity_frequency');
    const adjustment = await historyRow('cycle_result', rep1Result.id, '客户拜访记录补录');
    const seal = await historyRow('cycle', cycle.id, 'resultsSeal');
    expect(Number(target.seq)).toBeLessThan(Number(adjustment.seq));
    const forge = (id: string, changes: string) =>
      k
        .updateTable('history')
        .set({ changes: encodeChanges(changes) })
        .where('id', '=', id)
        .execute();
    await forge(target.id, target.changes.replace('"12"', '"6"'));
    await forge(adjustment.id, adjustment.changes.replace('客户拜访记录补录', '经理同意'));
    await k
      .updateTable('cycleResults')
      .set({ total: 100 })
      .where('id', '=', rep1Result.id)
      .execute();
    const broken = async () => {
      const { code, text } = await audit();
      expect(code).toBe(1);
      return text;
    };
    expect(await broken()).toContain(`id:       ${target.id} (position ${Number(target.seq)})`);
    await forge(target.id, target.changes);
    expect(await broken()).toContain(
      `id:       ${adjustment.id} (position ${Number(adjustment.seq)})`,
    );
    await forge(adjustment.id, adjustment.changes);
    expect(await broken()).toContain(`id:       ${cycle.id} (position ${Number(seal.seq)})`);
    await k
      .updateTable('cycleResults')
      .set({ total: rep1Result.total })
      .where('id', '=', rep1Result.id)
      .execute();
    expect((await audit()).code).toBe(0);
  });

  it('serves the history of the targets and results whose rows the chain covers', async () => {
    const target = await historyRow('user_target', null, 'activity_frequency');
    const targetId = (
      await use()
        .db.kysely.selectFrom('history')
        .select('entityId')
        .where('id', '=', target.id)
        .executeTakeFirstOrThrow()
    ).entityId;
    for (const url of [
      `/api/v1/targets/${targetId}/history`,
      `/api/v1/cycle-results/${rep1Result.id}/history`,
      `/api/v1/cycles/${cycle.id}/history`,
    ]) {
      const response = await use().request({ method: 'GET', url, as: admin });
      expect(response.statusCode).toBe(200);
      expect(response.json().items.length).toBeGreaterThan(0);
    }
  });

  it('seals a cycle closed before seals were recorded when the database is prepared, once', async () => {
    const k = use().db.kysely;
    const created = await use().request({
      method: 'POST',
      url: '/api/v1/cycles',
      as: admin,
      payload: { name: 'February', kind: 'month', anchorDay: '2026-02-15' },
    });
    const opened = await use().request({
      method: 'POST',
      url: `/api/v1/cycles/${created.json().id}/status`,
      as: admin,
      payload: { version: created.json().version, status: 'open' },
    });
    expect(opened.statusCode).toBe(200);
    const legacy = opened.json().id as string;
    // Closed the way an older version closed cycles: no seal in its history.
    await k.updateTable('cycles').set({ status: 'published' }).where('id', '=', legacy).execute();
    const sealRows = async () =>
      (
        await k
          .selectFrom('history')
          .select(['seq', 'actorId', 'changes'])
          .where('entity', '=', 'cycle')
          .where('entityId', '=', legacy)
          .execute()
      )
        .map(readableHistoryRow)
        .filter((row) => row.changes.includes('resultsSeal'));
    expect(await sealRows()).toEqual([]);

    await prepareDatabase(use().db);
    const [seal, ...more] = await sealRows();
    expect(more).toEqual([]);
    expect(seal?.actorId).toBeNull();
    const { code, text } = await audit();
    expect(code).toBe(0);
    expect(text).toContain("Closed cycles' results match their seals: 2 cycles verified.");

    const result = await k
      .selectFrom('cycleResults')
      .select(['id', 'total'])
      .where('cycleId', '=', legacy)
      .orderBy('userId')
      .executeTakeFirstOrThrow();
    await k.updateTable('cycleResults').set({ total: 100 }).where('id', '=', result.id).execute();
    expect((await audit()).text).toContain(`id:       ${legacy} (position ${Number(seal?.seq)})`);
    await k
      .updateTable('cycleResults')
      .set({ total: result.total })
      .where('id', '=', result.id)
      .execute();

    await prepareDatabase(use().db);
    expect(await sealRows()).toHaveLength(1);
    expect((await audit()).code).toBe(0);
  });
});
