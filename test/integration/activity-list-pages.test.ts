import { beforeAll, expect, it } from 'vitest';
import type { OwnerScope } from '../../src/db/scope-filter.js';
import { listActivities } from '../../src/modules/activities/activities.repository.js';
import { describeDatabases } from '../support/describe-engines.js';
import { buildOrg, type Org } from '../support/org-fixture.js';

/**
 * The activity list's pages: counted apart from the page, and on SQLite asked in one of two ways
 * by how few rows match (page-of-query.ts), with the scope in its wide or its narrow form; every
 * way gives the same pages and totals. The org
 * fixture: director ← lead ← rep1, rep2; director ← rep3.
 */
describeDatabases('activity list pages', (use, engine) => {
  let org: Org;
  /** The live activities in the list's order, newest first, with their author. */
  const listed: { id: string; actorId: string }[] = [];

  beforeAll(async () => {
    org = await buildOrg(use().db);
    const { rep1, rep2, rep3 } = org.users;
    const authors = [rep1.id, rep1.id, rep1.id, rep2.id, rep1.id, rep3.id, rep1.id, rep1.id];
    for (const [i, actorId] of authors.entries()) {
      const id = `activity-${i}`;
      const at = `2026-03-0${i + 1}T08:00:00.000Z`;
      await use()
        .db.kysely.insertInto('activities')
        .values({
          id,
          type: 'call',
          recordType: 'lead',
          recordId: 'lead-1',
          customerId: null,
          content: `Call ${i}`,
          occurredAt: at,
          recordedAt: at,
          actorId,
          ownerId: actorId,
          valid: 1,
          timely: 1,
          planId: null,
          // The seventh is deleted: never listed, never counted.
          deletedAt: i === 6 ? '2026-03-10T00:00:00.000Z' : null,
          importJobId: null,
        })
        .execute();
      if (i !== 6) listed.unshift({ id, actorId });
    }
  });

  const page = (
    scope: OwnerScope,
    userId: string,
    limit: number,
    offset: number,
    wideScope = false,
  ) =>
    listActivities(
      use().db.kysely,
      engine,
      {
        scope,
        userId,
        now: '2026-04-01T00:00:00.000Z',
        seesUnassignedTickets: false,
        readsCustomers: true,
        usesPool: false,
      },
      {},
      { by: 'occurredAt', order: 'desc' },
      { limit, offset },
      wideScope,
    ).then(({ items, total }) => ({ ids: items.map((a) => a.id), total }));

  const team = (actorId: string): OwnerScope => ({
    kind: 'owners',
    actorId,
    includeReports: true,
    department: null,
    departmentTree: null,
  });

  it('gives every page and total of a scope, whether its rows are many or few', async () => {
    const { lead, rep2, rep3, director } = org.users;
    const cases: [string, OwnerScope, string[]][] = [
      // Six of the eight rows: SQLite walks the date index.
      ['the lead', team(lead.id), [org.users.rep1.id, rep2.id]],
      // One row of eight: SQLite gathers it by the author index.
      ['rep3', team(rep3.id), [rep3.id]],
      ['the director', team(director.id), [org.users.rep1.id, rep2.id, rep3.id]],
    ];
    for (const [name, scope, authors] of cases) {
      const expected = listed.filter((a) => authors.includes(a.actorId)).map((a) => a.id);
      for (const [limit, offset] of [
        [2, 0],
        [2, 2],
        [3, 3],
        [20, 0],
        [2, expected.length],
        [2, expected.length + 4],
      ] as const) {
        const actorId = scope.kind === 'owners' ? scope.actorId : '';
        // Either form of the scope: as held by most people (walked in date order on SQLite,
        // counted up to the cap on both engines) or by few.
        for (const wide of [false, true])
          expect(
            await page(scope, actorId, limit, offset, wide),
            `${name} ${limit}@${offset}${wide ? ' wide' : ''}`,
          ).toEqual({ ids: expected.slice(offset, offset + limit), total: expected.length });
      }
    }
  });

  it('answers a scope with no activities with an empty page', async () => {
    const { admin } = org.users;
    expect(await page(team(admin.id), admin.id, 20, 0)).toEqual({ ids: [], total: 0 });
  });
});
