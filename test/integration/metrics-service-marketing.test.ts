import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../support/describe-engines.js';
import { insertQualityFlag } from '../support/metric-fixtures.js';
import {
  addUser,
  BEFORE_START,
  computeMarch,
  END,
  insertLead,
  insertTicket,
  LAST_LOCAL_MINUTE,
  newcomer,
  SEEDED,
  START,
  veteran,
} from '../support/metric-result-fixtures.js';
import { buildOrg } from '../support/org-fixture.js';

/**
 * Service and marketing metrics over March 2026 in Shanghai, computed by hand.
 * s1, s2: service agents; m, m2: marketers; u: the sales rep who closes the marketers' leads.
 */
describeEngines('service and marketing metrics', (use) => {
  let s1: string, s2: string, m: string, m2: string;

  beforeAll(async () => {
    const db = use().db;
    const org = await buildOrg(db);
    const u = org.users.rep1.id;
    s1 = await addUser(db, 'svc1', ['service']);
    s2 = await addUser(db, 'svc2', ['service']);
    m = await addUser(db, 'mkt1', ['marketing']);
    m2 = await addUser(db, 'mkt2', ['marketing']);

    // Tickets created in March, for first response.
    const ticket = (createdAt: string, firstResponseAt?: string, extra = {}) =>
      insertTicket(db, {
        assigneeId: s1,
        createdAt,
        ...(firstResponseAt ? { firstResponseAt } : {}),
        ...extra,
      });
    await ticket('2026-03-02T01:00:00Z', '2026-03-02T01:10:00Z'); // T1: 10
    await ticket('2026-03-03T01:00:00Z', '2026-03-03T01:20:00Z'); // T2: 20
    await ticket('2026-03-04T01:00:00Z', '2026-03-04T01:05:00Z'); // T3: 5
    await ticket('2026-03-31T15:00:00Z'); // T4: no response
    await ticket('2026-03-31T15:30:00Z', '2026-03-31T17:00:00Z'); // T5: answered after `end`
    await ticket(END, '2026-03-31T16:05:00Z'); // T6
    await ticket(BEFORE_START, '2026-02-28T16:09:59.999Z'); // T7
    await ticket('2026-03-05T00:00:00Z', '2026-03-05T00:01:00Z', { deleted: true }); // T8
    await ticket('2026-03-06T00:00:00Z', '2026-03-06T02:00:00Z'); // T9: 120
    await ticket('2026-03-10T00:00:00Z', '2026-03-10T00:15:00Z', { assigneeId: s2 }); // T10

    // Tickets created in February and resolved around March, for csat.
    const resolved = (resolvedAt: string, rating?: number, extra = {}) =>
      insertTicket(db, {
        assigneeId: s1,
        createdAt: '2026-02-10T00:00:00Z',
        firstResponseAt: '2026-02-10T00:10:00Z',
        resolvedAt,
        ...(rating === undefined ? {} : { rating }),
        ...extra,
      });
    await resolved(START, 5); // S1
    await resolved('2026-03-05T00:00:00Z', 4); // S2
    await resolved('2026-03-06T00:00:00Z', 3); // S3
    await resolved('2026-03-07T00:00:00Z', 1); // S4
    await resolved(LAST_LOCAL_MINUTE, 4); // S5
    await resolved(END, 5); // S6
    await resolved('2026-03-08T00:00:00Z'); // S7: not rated
    await resolved('2026-03-09T00:00:00Z', 5, { resolvedBy: s2 }); // S8
    await resolved('2026-03-10T00:00:00Z', 5, { deleted: true }); // S9
    await resolved(BEFORE_START, 5); // S10

    // Leads created in March, for qualified_leads.
    const phone = '13800138000';
    const created = (createdAt: string, extra: Partial<Parameters<typeof insertLead>[1]> = {}) =>
      insertLead(db, { createdBy: m, createdAt, ...extra });
    const flag = (
      rule: 'Q1' | 'Q2',
      recordId: string,
      status: 'open' | 'cleared',
      field?: string,
    ) =>
      insertQualityFlag(db, {
        rule,
        entity: 'lead',
        recordId,
        userId: m,
        status,
        createdAt: SEEDED,
        ...(field ? { field } : {}),
      });
    await created('2026-03-02T00:00:00Z', { phone }); // Q1
    await created('2026-03-02T01:00:00Z', { email: 'buyer@example.com' }); // Q2
    await flag(
      'Q1',
      await created('2026-03-02T02:00:00Z', { phone: '11111111111' }),
      'open',
      'phone',
    ); // Q3
    await flag(
      'Q1',
      await created('2026-03-02T03:00:00Z', { phone: '11111111111', email: 'cto@example.com' }),
      'open',
      'phone',
    ); // Q4
    await flag('Q2', await created('2026-03-02T04:00:00Z', { phone }), 'open'); // Q5
    await flag('Q2', await created('2026-03-02T05:00:00Z', { phone }), 'cleared'); // Q6
    await created('2026-03-02T06:00:00Z'); // Q7
    await created('2026-03-02T07:00:00Z', { phone: '  ' }); // Q8
    await created(END, { phone }); // Q9
    await created(LAST_LOCAL_MINUTE, { phone }); // Q10
    await created('2026-03-03T00:00:00Z', { phone, deletedAt: '2026-03-03T01:00:00Z' }); // Q11
    await insertLead(db, { createdBy: m2, createdAt: '2026-03-04T00:00:00Z', phone }); // Q12
    await created(BEFORE_START, { phone }); // Q13
    await insertLead(db, {
      createdBy: org.users.admin.id,
      sourceUserId: m,
      createdAt: '2026-03-05T00:00:00Z',
      phone,
    }); // Q14

    // Leads sourced in February and closed by u around March, for lead_nurture_rate.
    const closed = (
      status: 'converted' | 'disqualified',
      closedAt: string,
      createdBy: string = m,
    ) =>
      insertLead(db, {
        createdBy,
        ownerId: u,
        createdAt: '2026-02-01T00:00:00Z',
        status,
        closedAt,
      });
    await closed('converted', '2026-03-03T00:00:00Z'); // N1
    await closed('disqualified', '2026-03-04T00:00:00Z'); // N2
    await closed('converted', '2026-03-05T00:00:00Z'); // N3
    await closed('converted', LAST_LOCAL_MINUTE); // N4
    await closed('converted', END); // N5
    await closed('disqualified', '2026-03-06T00:00:00Z'); // N6
    await closed('converted', '2026-03-07T00:00:00Z', m2); // N7
  });

  it('first_response_minutes: median over tickets created in P; unanswered by the end count until the end', async () => {
    const values = await computeMarch(
      use().db,
      'first_response_minutes',
      [veteran(s1), veteran(s2)],
      6,
    );
    // s1: T1 10, T2 20, T3 5, T4 unanswered: 15:00Z → end 16:00Z = 60, T5 answered after `end`:
    // 15:30Z → 16:00Z = 30, T9 120. Sorted 5, 10, 20, 30, 60, 120: median (20 + 30) / 2 = 25.
    // Out: T6 created at 00:00 on 1 April, T7 at 23:59:59.999 on 28 February, T8 deleted, T10 s2's.
    expect(values.get(s1)).toMatchObject({ value: 25, denominator: 6, naReason: null });
    // s2: T10, one ticket.
    expect(values.get(s2)).toMatchObject({
      value: null,
      denominator: 1,
      naReason: 'below_min_sample',
    });
    // 6 tickets against min_sample 7: N/A.
    expect(
      (await computeMarch(use().db, 'first_response_minutes', [veteran(s1)], 7)).get(s1),
    ).toMatchObject({ value: null, denominator: 6, naReason: 'below_min_sample' });
  });

  it('csat: tickets resolved by the agent in P with a rating, share rated 4 or 5', async () => {
    const values = await computeMarch(use().db, 'csat', [veteran(s1), veteran(s2)]);
    // s1: S1 5 (resolved at 00:00 on 1 March), S2 4, S3 3, S4 1, S5 4 (23:59:59.999 on 31 March)
    // → 3 of 5. Out: S6 resolved at `end`, S7 unrated, S8 resolved by s2, S9 deleted, S10 in February.
    expect(values.get(s1)).toMatchObject({ value: 3 / 5, numerator: 3, denominator: 5 });
    expect(values.get(s2)).toMatchObject({ numerator: 1, denominator: 1, value: null });
  });

  it('qualified_leads: leads sourced in P with a usable phone or e-mail and no open duplicate flag', async () => {
    const values = await computeMarch(use().db, 'qualified_leads', [veteran(m), newcomer(m2)]);
    // m: Q1 (phone), Q2 (e-mail only), Q4 (placeholder phone but a good e-mail), Q6 (its duplicate
    // flag was cleared), Q10 (23:59:59.999 on 31 March), Q14 (entered by the admin, credited to m)
    // → 6. Out: Q3 (placeholder phone only), Q5 (open duplicate), Q7 (no phone nor e-mail),
    // Q8 (blank phone), Q9 (00:00 on 1 April), Q11 (deleted), Q13 (28 February), Q12 (m2's).
    expect(values.get(m)).toMatchObject({ value: 6, numerator: 6, naReason: null });
    // m2 joined on 20 March: N/A for a count, whatever the count (1).
    expect(values.get(m2)).toMatchObject({
      value: null,
      numerator: 1,
      naReason: 'inactive_most_of_period',
    });
  });

  it('lead_nurture_rate: leads the marketer sourced, closed in P: converted / closed', async () => {
    const values = await computeMarch(use().db, 'lead_nurture_rate', [veteran(m), veteran(m2)]);
    // m: N1 converted, N2 disqualified, N3 converted, N4 converted at 23:59:59.999 on 31 March,
    // N6 disqualified → 3 of 5; N5 closed at `end` is out, N7 is m2's. The open March leads
    // (Q1…Q14) are not closed.
    expect(values.get(m)).toMatchObject({ value: 3 / 5, numerator: 3, denominator: 5 });
    expect(values.get(m2)).toMatchObject({ numerator: 1, denominator: 1, value: null });
  });
});
