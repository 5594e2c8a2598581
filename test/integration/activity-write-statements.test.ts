import { beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { insertOpportunity } from '../support/crm-rows.js';
import { describeEngines } from '../support/describe-engines.js';
import { buildOrg, PASSWORD, type Org } from '../support/org-fixture.js';
import { StatementLog } from '../support/statement-log.js';

const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();

/**
 * How many SQL statements (transaction control aside) the most frequent requests run. Before the
 * write path was trimmed, logging a call took 19 (21 with a next follow-up plan) and opening a
 * customer 6; these ceilings keep the counts from growing again unnoticed.
 */
const CEILING = { plainActivity: 11, activityWithPlan: 12, customerDetail: 3 };

const logs = { sqlite: new StatementLog(), postgres: new StatementLog() };

describeEngines(
  'statements run by logging an activity',
  (use, engine) => {
    const log = logs[engine];
    let org: Org;
    let rep1: string;
    let customerId: string;
    let seq = 0;
    const post = (as: string, url: string, payload: object) =>
      use().request({ method: 'POST', url, as, payload });
    const activity = (extra: object = {}) =>
      post(rep1, '/api/v1/activities', {
        type: 'call',
        recordType: 'customer',
        recordId: customerId,
        content: `第${++seq}次电话沟通，客户关心交付周期`,
        occurredAt: hoursAgo(1),
        ...extra,
      });
    /** The statements `act` runs, and its response. */
    const counted = async (act: () => Promise<LightMyRequestResponse>) => {
      let response: LightMyRequestResponse | undefined;
      const statements = await log.during(async () => {
        response = await act();
      });
      if (!response) throw new Error('no response');
      return { response, statements };
    };
    const lastTouches = async (opportunityId?: string) => ({
      customer: (
        await use()
          .db.kysely.selectFrom('customers')
          .select('lastFollowUpAt')
          .where('id', '=', customerId)
          .executeTakeFirstOrThrow()
      ).lastFollowUpAt,
      opportunity: opportunityId
        ? (
            await use()
              .db.kysely.selectFrom('opportunities')
              .select('lastTouchedAt')
              .where('id', '=', opportunityId)
              .executeTakeFirstOrThrow()
          ).lastTouchedAt
        : null,
    });

    beforeAll(async () => {
      org = await buildOrg(use().db);
      rep1 = await use().login('rep1@example.com', PASSWORD);
      customerId = (await post(rep1, '/api/v1/customers', { name: '华东精工' })).json().id;
      // Earlier calls of the same author, so the quality checks have a week of history to read.
      for (let i = 0; i < 5; i += 1) expect((await activity()).statusCode).toBe(201);
    });

    it('logs a call in at most the ceiling of statements, with and without a next follow-up plan', async () => {
      const plain = await counted(() => activity());
      expect(plain.response.statusCode).toBe(201);
      expect(plain.response.json()).toMatchObject({ valid: true, qualityFlags: [] });
      expect(plain.statements.length, plain.statements.join('\n')).toBeLessThanOrEqual(
        CEILING.plainActivity,
      );

      const planned = await counted(() =>
        activity({ nextFollowUp: { dueAt: new Date(Date.now() + 24 * HOUR).toISOString() } }),
      );
      expect(planned.response.statusCode).toBe(201);
      expect(planned.response.json().nextFollowUp).toMatchObject({
        ownerId: org.users.rep1.id,
        customerId,
        completedAt: null,
      });
      expect(planned.statements.length, planned.statements.join('\n')).toBeLessThanOrEqual(
        CEILING.activityWithPlan,
      );

      const detail = await counted(() =>
        use().request({ method: 'GET', url: `/api/v1/customers/${customerId}`, as: rep1 }),
      );
      expect(detail.response.statusCode).toBe(200);
      expect(detail.statements.length, detail.statements.join('\n')).toBeLessThanOrEqual(
        CEILING.customerDetail,
      );
    });

    it('reports the rules a new activity breaks from what it stored, without reading them back', async () => {
      const thin = await counted(() =>
        activity({ content: '打了电话', occurredAt: hoursAgo(100) }),
      );
      expect(thin.response.statusCode).toBe(201);
      const body = thin.response.json();
      expect(body.valid).toBe(false);
      expect(body.qualityFlags.map((f: { rule: string }) => f.rule)).toEqual(['Q3', 'Q6']);
      const stored = await use()
        .db.kysely.selectFrom('qualityFlags')
        .select(['rule', 'status'])
        .where('recordId', '=', body.id)
        .orderBy('rule')
        .execute();
      expect(stored).toEqual([
        { rule: 'Q3', status: 'open' },
        { rule: 'Q6', status: 'open' },
      ]);
      expect(thin.statements.filter((s) => /^select .* from "quality_flags"/.test(s))).toHaveLength(
        1,
      );
    });

    it('moves the last-touch columns forward only for a later valid activity, without an aggregate', async () => {
      const opportunity = await insertOpportunity(use().db, {
        customerId,
        ownerId: org.users.rep1.id,
      });
      const on = (occurredAt: string, extra: object = {}) =>
        counted(() =>
          activity({ recordType: 'opportunity', recordId: opportunity.id, occurredAt, ...extra }),
        );
      const before = await lastTouches(opportunity.id);

      const later = hoursAgo(0.5);
      const touched = await on(later);
      expect(touched.response.statusCode).toBe(201);
      expect(await lastTouches(opportunity.id)).toEqual({ customer: later, opportunity: later });
      expect(touched.statements.filter((s) => /max\(/.test(s))).toEqual([]);
      expect(before.customer === null || before.customer < later).toBe(true);

      // An earlier valid call does not move them back; a later invalid (thin) one does not count.
      expect((await on(hoursAgo(30))).response.statusCode).toBe(201);
      const thin = await on(hoursAgo(0.1), { content: '打了电话' });
      expect(thin.response.json().valid).toBe(false);
      expect(await lastTouches(opportunity.id)).toEqual({ customer: later, opportunity: later });

      // Deleting the latest one re-derives them from what is left.
      const id = touched.response.json().id as string;
      const deleted = await use().request({
        method: 'DELETE',
        url: `/api/v1/activities/${id}`,
        as: rep1,
      });
      expect(deleted.statusCode).toBe(204);
      const after = await lastTouches(opportunity.id);
      expect(after.customer).not.toBe(later);
      expect(after.customer !== null && after.customer < later).toBe(true);
      expect(after.opportunity).not.toBe(later);
    });
  },
  (engine) => ({ statementLog: logs[engine] }),
);
