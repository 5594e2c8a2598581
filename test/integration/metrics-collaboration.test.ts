import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { insertActivity, insertCustomer, insertQualityFlag } from '../support/metric-fixtures.js';
import {
  addUser,
  BEFORE_START,
  computeMarch,
  END,
  insertFeedback,
  insertLead,
  insertCycleResults,
  insertUsageEvent,
  LAST_LOCAL_MINUTE,
  newcomer,
  SEEDED,
  START,
  veteran,
} from '../support/metric-result-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';

/**
 * Collaboration and data-use metrics over March 2026 in Shanghai, computed by hand.
 * u, v: sales reps; boss: the director (manager role only); m, m2: marketers; s1, s2: service
 * agents; pm: product manager.
 */
describeEngines('collaboration and data-use metrics', (use) => {
  let u: string, v: string, w: string, boss: string, admin: string;
  let m: string, m2: string, s1: string, s2: string, pm: string;

  beforeAll(async () => {
    const db = use().db;
    const org = await buildOrg(db);
    [u, v, w, boss, admin] = [
      org.users.rep1.id,
      org.users.rep2.id,
      org.users.rep3.id,
      org.users.director.id,
      org.users.admin.id,
    ];
    m = await addUser(db, 'mkt1', ['marketing']);
    m2 = await addUser(db, 'mkt2', ['marketing']);
    s1 = await addUser(db, 'svc1', ['service']);
    s2 = await addUser(db, 'svc2', ['service']);
    pm = await addUser(db, 'pm', ['product']);

    // Leads sourced in February, closed around March.
    const closed = (
      sourceUserId: string,
      ownerId: string,
      status: 'converted' | 'disqualified',
      closedAt: string,
      qualityRating?: number,
    ) =>
      insertLead(db, {
        createdBy: sourceUserId,
        createdAt: '2026-02-01T00:00:00Z',
        ownerId,
        status,
        closedAt,
        ...(qualityRating === undefined ? {} : { qualityRating }),
      });
    await closed(m, u, 'converted', '2026-03-02T00:00:00Z', 5); // M1
    await closed(m, u, 'disqualified', '2026-03-03T00:00:00Z', 2); // M2
    await closed(m2, u, 'converted', '2026-03-04T00:00:00Z', 5); // M3
    await closed(v, u, 'converted', '2026-03-05T00:00:00Z', 5); // M4
    await closed(m, boss, 'converted', '2026-03-06T00:00:00Z', 4); // M5
    await closed(m, u, 'converted', END, 1); // M6
    await closed(m, v, 'converted', '2026-03-07T00:00:00Z', 3); // M7
    await closed(m, u, 'converted', '2026-03-10T00:00:00Z'); // M8
    await closed(m, u, 'disqualified', '2026-03-11T00:00:00Z', 4); // M9
    await closed(m, m, 'converted', '2026-03-12T00:00:00Z', 5); // M10: m rates their own lead

    // Product feedback.
    const feedback = (
      reporterId: string,
      createdAt: string,
      status: 'adopted' | 'rejected' | 'reviewing',
      decidedAt?: string,
      extra: { decidedBy?: string; deleted?: boolean } = {},
    ) =>
      insertFeedback(db, {
        reporterId,
        createdAt,
        status,
        ...(decidedAt ? { decidedAt, decidedBy: extra.decidedBy ?? pm } : {}),
        ...(extra.deleted ? { deleted: true } : {}),
      });
    await feedback(s1, '2026-03-01T00:00:00Z', 'adopted', '2026-03-05T00:00:00Z'); // F1
    await feedback(s1, '2026-03-29T15:59:59.999Z', 'adopted', LAST_LOCAL_MINUTE); // F2
    await feedback(s1, '2026-03-10T00:00:00Z', 'adopted', END); // F3
    await feedback(s1, '2026-03-02T00:00:00Z', 'rejected', '2026-03-06T12:00:00Z'); // F4
    await feedback(s1, '2026-03-03T00:00:00Z', 'reviewing'); // F5
    await feedback(s1, '2026-03-01T00:00:00Z', 'adopted', '2026-03-07T00:00:00Z', {
      deleted: true,
    }); // F6
    await feedback(s1, '2026-02-20T00:00:00Z', 'adopted', BEFORE_START); // F7
    await feedback(s2, '2026-03-01T00:00:00Z', 'adopted', '2026-03-08T00:00:00Z'); // F8
    await feedback(s1, '2026-03-02T00:00:00Z', 'rejected', '2026-03-09T00:00:00Z', {
      decidedBy: admin,
    }); // F9

    // Usage events of u (Shanghai days in the comments).
    const view = (kind: Parameters<typeof insertUsageEvent>[1]['kind'], at: string, userId = u) =>
      insertUsageEvent(db, { userId, kind, at });
    await view('report_view', START); // 1 March 00:00
    await view('dashboard_view', '2026-03-01T05:00:00Z'); // 1 March again
    await view('customer_view', '2026-03-02T02:00:00Z'); // 2 March, not an insight view
    await view('analysis_view', '2026-03-03T02:00:00Z'); // 3 March
    await view('report_view', '2026-03-10T01:00:00Z'); // 10 March 09:00
    await view('report_view', '2026-03-10T09:00:00Z'); // 10 March 17:00
    await view('report_view', '2026-03-10T16:30:00Z'); // 11 March 00:30 (still 10 March in UTC)
    await view('scorecard_view', LAST_LOCAL_MINUTE); // 31 March 23:59:59.999
    await view('report_view', END); // 1 April
    await view('report_view', BEFORE_START); // 28 February
    await view('report_view', '2026-03-25T02:00:00Z', v);
    // Scorecards: u's own live one (4 March) and own appraisal result (6 March) are no team
    // scorecard; v's live one (5 March) and v's result (7 March) are.
    const results = await insertCycleResults(db, [u, v]);
    const scorecard = (at: string, entity: string, recordId: string) =>
      insertUsageEvent(db, { userId: u, kind: 'scorecard_view', at, entity, recordId });
    await scorecard('2026-03-04T02:00:00Z', 'user', u);
    await scorecard('2026-03-05T02:00:00Z', 'user', v);
    await scorecard('2026-03-06T02:00:00Z', 'cycle_result', results.get(u) ?? '');
    await scorecard('2026-03-07T02:00:00Z', 'cycle_result', results.get(v) ?? '');

    // Records u created, and their flags.
    const flag = (
      entity: 'activity' | 'customer' | 'lead',
      recordId: string,
      rule: 'Q1' | 'Q2' | 'Q3' | 'Q5' | 'Q6',
      status: 'open' | 'cleared' = 'open',
    ) => insertQualityFlag(db, { rule, entity, recordId, userId: u, status, createdAt: SEEDED });
    const act = (occurredAt: string, extra: Partial<Parameters<typeof insertActivity>[1]> = {}) =>
      insertActivity(db, { actorId: u, occurredAt, ...extra });
    await act('2026-03-02T00:00:00Z'); // A1
    await flag('activity', await act('2026-03-03T00:00:00Z', { valid: false }), 'Q3'); // A2
    await flag('activity', await act('2026-03-04T00:00:00Z'), 'Q6', 'cleared'); // A3
    await flag('activity', await act('2026-03-05T00:00:00Z', { deleted: true }), 'Q3'); // A4
    await act('2026-03-31T15:00:00Z', { recordedAt: END }); // A5
    await flag(
      'activity',
      await act('2026-03-31T14:59:59.999Z', { recordedAt: LAST_LOCAL_MINUTE }),
      'Q5',
    ); // A6
    await flag(
      'activity',
      await act('2026-02-27T00:00:00Z', { recordedAt: '2026-03-01T00:00:00Z' }),
      'Q6',
    ); // A7
    const customer = (from: string, ownerId = u, deletedAt?: string) =>
      insertCustomer(db, { owners: [{ ownerId, from }], ...(deletedAt ? { deletedAt } : {}) });
    await flag('customer', await customer('2026-03-05T00:00:00Z'), 'Q1'); // C1
    await customer('2026-03-06T00:00:00Z'); // C2
    await flag('customer', await customer('2026-03-07T00:00:00Z', u, '2026-03-08T00:00:00Z'), 'Q2'); // C3
    await customer('2026-02-20T00:00:00Z'); // C4
    await flag('customer', await customer('2026-03-09T00:00:00Z', v), 'Q1'); // C5
    const lead = (createdAt: string) => insertLead(db, { createdBy: u, createdAt });
    await flag('lead', await lead('2026-03-08T00:00:00Z'), 'Q2'); // L1
    await lead('2026-03-09T00:00:00Z'); // L2
    await flag('lead', await lead('2026-03-09T01:00:00Z'), 'Q1', 'cleared'); // L3
  });

  it('marketing_lead_conversion: marketing-sourced leads closed by a sales owner in P', async () => {
    const values = await computeMarch(use().db, 'marketing_lead_conversion', [
      veteran(u),
      veteran(v),
      veteran(boss),
    ]);
    // u (sales): M1 converted, M2 disqualified, M3 converted (m2 is marketing too), M8 converted,
    // M9 disqualified → 3 of 5. Out: M4 (sourced by v, a sales rep), M6 (closed at `end`).
    expect(values.get(u)).toMatchObject({ value: 3 / 5, numerator: 3, denominator: 5 });
    // v: M7 → 1 of 1. boss: M5's owner has no sales role, so it counts for nobody here.
    expect(values.get(v)).toMatchObject({ numerator: 1, denominator: 1, value: null });
    expect(values.get(boss)).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });

  it('lead_quality_rating: mean rating of the leads the source user sourced, closed in P', async () => {
    const values = await computeMarch(use().db, 'lead_quality_rating', [veteran(m), veteran(m2)]);
    // m: M1 5, M2 2, M5 4 (closed by the director: still m's lead), M7 3, M9 4 → 18 / 5 = 3.6.
    // Out: M6 closed at `end`, M8 not rated (left out, not a 0), M10 rated by m themselves.
    expect(values.get(m)).toMatchObject({ value: 18 / 5, numerator: 18, denominator: 5 });
    // m2: M3 5, one rating.
    expect(values.get(m2)).toMatchObject({ value: null, numerator: 5, denominator: 1 });
    // 5 ratings against min_sample 6: N/A.
    expect(
      (await computeMarch(use().db, 'lead_quality_rating', [veteran(m)], 6)).get(m),
    ).toMatchObject({ value: null, naReason: 'below_min_sample', denominator: 5 });
  });

  it('feedback_adopted: items the reporter raised that were adopted in P', async () => {
    const values = await computeMarch(use().db, 'feedback_adopted', [veteran(s1), newcomer(s2)]);
    // s1: F1 (5 March), F2 (23:59:59.999 on 31 March) → 2. Out: F3 adopted at `end`, F4 and F9
    // rejected, F5 still under review, F6 deleted, F7 adopted on 28 February.
    expect(values.get(s1)).toMatchObject({ value: 2, naReason: null });
    // s2 joined 20 March: F8 was adopted, but a count is N/A for a user active < half of P.
    expect(values.get(s2)).toMatchObject({
      value: null,
      numerator: 1,
      naReason: 'inactive_most_of_period',
    });
  });

  it('feedback_triage_days: mean days from creation to the decision, for the decider', async () => {
    const values = await computeMarch(
      use().db,
      'feedback_triage_days',
      [veteran(pm), veteran(admin)],
      4,
    );
    // pm: F1 1 → 5 March = 4, F2 29 March 23:59:59.999 → 31 March 23:59:59.999 = 2,
    // F4 2 March 00:00 → 6 March 12:00 = 4.5, F8 1 → 8 March = 7: 17.5 / 4 = 4.375.
    // Out: F3 decided at `end`, F6 deleted, F7 decided in February; F9 is the admin's.
    expect(values.get(pm)).toMatchObject({ value: 4.375, numerator: 17.5, denominator: 4 });
    expect(values.get(admin)).toMatchObject({ value: null, numerator: 7, denominator: 1 });
    // 4 decisions against min_sample 5: N/A.
    expect(
      (await computeMarch(use().db, 'feedback_triage_days', [veteran(pm)], 5)).get(pm),
    ).toMatchObject({ value: null, naReason: 'below_min_sample', denominator: 4 });
  });

  it('insight_days: distinct Shanghai days with a report, dashboard, analysis or scorecard view', async () => {
    const values = await computeMarch(use().db, 'insight_days', [
      veteran(u),
      newcomer(v),
      { userId: w, joinedOn: '2026-03-16', leftOn: null },
    ]);
    // u: 1 March (two views, one day), 3 March, 5 March (v's scorecard), 7 March (v's appraisal
    // result), 10 March (two views), 11 March (00:30 local, though still 10 March in UTC),
    // 31 March (23:59:59.999) → 7. Out: the customer view on 2 March, u's own scorecard on
    // 4 March and own result on 6 March, 1 April 00:00, 28 February 23:59:59.999.
    expect(values.get(u)).toMatchObject({ value: 7, naReason: null });
    // v joined 20 March: N/A despite one day. w joined 16 March (16 of 31 days) and viewed
    // nothing: a real 0.
    expect(values.get(v)).toMatchObject({
      value: null,
      numerator: 1,
      naReason: 'inactive_most_of_period',
    });
    expect(values.get(w)).toMatchObject({ value: 0, naReason: null });
  });

  it('data_flag_rate: records created in P that carry an open flag, invalid activities included', async () => {
    const values = await computeMarch(use().db, 'data_flag_rate', [veteran(u)], 10);
    // Created by u in P: activities A1 (no flag), A2 (invalid, open Q3: counts here), A3 (Q6
    // cleared), A6 (recorded 23:59:59.999 on 31 March, open Q5), A7 (happened in February,
    // recorded 1 March 00:00, open Q6); customers C1 (open Q1), C2; leads L1 (open Q2), L2,
    // L3 (Q1 cleared). Flagged: A2, A6, A7, C1, L1 → 5 of 10. Out: A4 and C3 (deleted), A5
    // (recorded at `end`), C4 (February), C5 (v's).
    expect(values.get(u)).toMatchObject({ value: 5 / 10, numerator: 5, denominator: 10 });
    expect((await computeMarch(use().db, 'data_flag_rate', [veteran(u)], 11)).get(u)).toMatchObject(
      { value: null, naReason: 'below_min_sample', denominator: 10 },
    );
  });
});
