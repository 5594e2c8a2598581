import type { Db } from '../../src/db/database.js';
import type { FeedbackStatus, LeadStatus, UsageEventKind } from '../../src/db/tables/crm.table.js';
import type { BuiltInMetricId } from '../../src/domain/metrics/catalog.js';
import type { MetricValue } from '../../src/domain/metrics/metric-value.js';
import { isTimely } from '../../src/domain/quality/timeliness.js';
import { orgDay, startOfOrgDay } from '../../src/domain/time/org-day.js';
import { periodBounds } from '../../src/domain/time/period.js';
import { loadMetricCatalog } from '../../src/modules/appraisal/metric-catalog.service.js';
import { computeMetrics, type Subject } from '../../src/modules/metrics/metric-engine.js';
import { createUser } from '../../src/modules/org/org.service.js';
import type { Role } from '../../src/platform/policy/roles.js';
import { insertOwnership, type Owners } from './metric-fixtures.js';
import { PASSWORD } from './org-fixture.js';

/**
 * Direct inserts for the result, service, marketing and collaboration metric tests: records as
 * the CRM services store them, derived columns (paid_cents, fully_paid_on, timely, day) computed
 * here the way the services compute them, so each hand count states its data plainly.
 */
let counter = 0;
const id = (prefix: string) => `${prefix}-r${(++counter).toString().padStart(5, '0')}`;
const iso = (value: string) => new Date(value).toISOString();
const ZONE = 'Asia/Shanghai';

/** A user with the given roles, in no department. */
export async function addUser(db: Db, key: string, roles: Role[]): Promise<string> {
  const user = await createUser(db, null, {
    name: key,
    email: `${key}@example.com`,
    password: PASSWORD,
    roles,
    departmentId: null,
    managerId: null,
  });
  return user.id;
}

export type LeadFixture = {
  createdBy: string;
  createdAt: string;
  sourceUserId?: string | null;
  /** Current owner (a closed lead can no longer be reassigned, so also the owner at closing). */
  ownerId?: string | null;
  status?: LeadStatus;
  closedAt?: string;
  closedBy?: string;
  qualityRating?: number;
  phone?: string;
  email?: string;
  deletedAt?: string;
};

export async function insertLead(db: Db, fixture: LeadFixture): Promise<string> {
  const leadId = id('lead');
  const createdAt = iso(fixture.createdAt);
  const ownerId = fixture.ownerId === undefined ? fixture.createdBy : fixture.ownerId;
  await db.kysely
    .insertInto('leads')
    .values({
      id: leadId,
      company: leadId,
      nameKey: leadId,
      contactName: null,
      phone: fixture.phone ?? null,
      phoneKey: null,
      email: fixture.email ?? null,
      industry: null,
      region: null,
      requirement: null,
      campaignId: null,
      sourceUserId: fixture.sourceUserId === undefined ? fixture.createdBy : fixture.sourceUserId,
      ownerId,
      status: fixture.status ?? 'new',
      disqualifyReason: fixture.status === 'disqualified' ? 'no budget' : null,
      qualityRating: fixture.qualityRating ?? null,
      closedAt: fixture.closedAt ? iso(fixture.closedAt) : null,
      closedBy: fixture.closedAt ? (fixture.closedBy ?? ownerId) : null,
      customerId: null,
      contactId: null,
      opportunityId: null,
      createdBy: fixture.createdBy,
      createdAt,
      updatedAt: createdAt,
      deletedAt: fixture.deletedAt ? iso(fixture.deletedAt) : null,
    })
    .execute();
  if (ownerId) await insertOwnership(db, 'lead', leadId, [{ ownerId, from: fixture.createdAt }]);
  return leadId;
}

export type PaymentFixture = {
  receivedOn: string;
  amountCents: number;
  /** Contract owner when received (stored on the payment); defaults to the contract's owner. */
  ownerId?: string;
  deleted?: boolean;
};

export type ContractFixture = {
  customerId: string;
  /** Ownership periods (entity 'contract'); none for an imported contract. */
  owners: Owners;
  /** contracts.owner_id; defaults to the last owner. */
  ownerId?: string;
  amountCents: number;
  signedOn: string;
  endOn?: string;
  renewalOf?: string;
  deleted?: boolean;
  payments?: PaymentFixture[];
};

/**
 * A contract and its payments. paid_cents sums the live payments; fully_paid_on is the received_on
 * of the payment that brought them up to the amount (payments taken in received order), as the
 * payments service keeps them.
 */
export async function insertContract(db: Db, fixture: ContractFixture): Promise<string> {
  const contractId = id('k');
  const ownerId = fixture.ownerId ?? fixture.owners.at(-1)?.ownerId;
  if (!ownerId) throw new Error('a contract has an owner');
  const live = (fixture.payments ?? [])
    .filter((p) => !p.deleted)
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  let paid = 0;
  let fullyPaidOn: string | null = null;
  for (const payment of live) {
    paid += payment.amountCents;
    if (fullyPaidOn === null && paid >= fixture.amountCents) fullyPaidOn = payment.receivedOn;
  }
  const createdAt = iso(fixture.owners[0]?.from ?? `${fixture.signedOn}T02:00:00Z`);
  await db.kysely
    .insertInto('contracts')
    .values({
      id: contractId,
      customerId: fixture.customerId,
      opportunityId: null,
      number: contractId,
      title: contractId,
      amountCents: fixture.amountCents,
      currency: 'CNY',
      signedOn: fixture.signedOn,
      startOn: null,
      endOn: fixture.endOn ?? null,
      renewalOf: fixture.renewalOf ?? null,
      ownerId,
      paidCents: paid,
      fullyPaidOn,
      createdBy: ownerId,
      createdAt,
      updatedAt: createdAt,
      deletedAt: fixture.deleted ? createdAt : null,
    })
    .execute();
  await insertOwnership(db, 'contract', contractId, fixture.owners);
  for (const payment of fixture.payments ?? []) {
    const recordedAt = iso(`${payment.receivedOn}T03:00:00Z`);
    await db.kysely
      .insertInto('payments')
      .values({
        id: id('pay'),
        contractId,
        planId: null,
        amountCents: payment.amountCents,
        receivedOn: payment.receivedOn,
        recordedAt,
        method: null,
        ownerId: payment.ownerId ?? ownerId,
        timely: isTimely(startOfOrgDay(payment.receivedOn, ZONE), new Date(recordedAt)) ? 1 : 0,
        createdBy: ownerId,
        createdAt: recordedAt,
        updatedAt: recordedAt,
        deletedAt: payment.deleted ? recordedAt : null,
      })
      .execute();
  }
  return contractId;
}

/**
 * Reassigns an opportunity at `at` as the opportunities service does: closes the ownership period,
 * opens the new owner's, and the stage changes effective from then on carry the new owner.
 */
export async function reassignOpportunity(
  db: Db,
  opportunityId: string,
  ownerId: string,
  at: string,
): Promise<void> {
  const when = iso(at);
  await db.kysely
    .updateTable('ownershipPeriods')
    .set({ endedAt: when })
    .where('entity', '=', 'opportunity')
    .where('recordId', '=', opportunityId)
    .where('endedAt', 'is', null)
    .execute();
  await db.kysely
    .insertInto('ownershipPeriods')
    .values({
      id: id('own'),
      entity: 'opportunity',
      recordId: opportunityId,
      ownerId,
      startedAt: when,
      endedAt: null,
    })
    .execute();
  await db.kysely
    .updateTable('stageChanges')
    .set({ ownerId })
    .where('opportunityId', '=', opportunityId)
    .where('effectiveAt', '>=', when)
    .execute();
  await db.kysely
    .updateTable('opportunities')
    .set({ ownerId })
    .where('id', '=', opportunityId)
    .execute();
}

export type TicketFixture = {
  assigneeId: string;
  createdAt: string;
  firstResponseAt?: string;
  resolvedAt?: string;
  resolvedBy?: string;
  rating?: number;
  deleted?: boolean;
};

export async function insertTicket(db: Db, fixture: TicketFixture): Promise<string> {
  const ticketId = id('t');
  const createdAt = iso(fixture.createdAt);
  await db.kysely
    .insertInto('tickets')
    .values({
      id: ticketId,
      customerId: null,
      contactId: null,
      title: ticketId,
      description: null,
      priority: 'normal',
      status: fixture.resolvedAt ? 'resolved' : 'open',
      assigneeId: fixture.assigneeId,
      firstResponseAt: fixture.firstResponseAt ? iso(fixture.firstResponseAt) : null,
      resolvedAt: fixture.resolvedAt ? iso(fixture.resolvedAt) : null,
      resolvedBy: fixture.resolvedAt ? (fixture.resolvedBy ?? fixture.assigneeId) : null,
      rating: fixture.rating ?? null,
      ratingComment: null,
      createdBy: fixture.assigneeId,
      createdAt,
      updatedAt: createdAt,
      deletedAt: fixture.deleted ? createdAt : null,
    })
    .execute();
  return ticketId;
}

export type FeedbackFixture = {
  reporterId: string;
  createdAt: string;
  status: FeedbackStatus;
  decidedBy?: string;
  decidedAt?: string;
  deleted?: boolean;
};

export async function insertFeedback(db: Db, fixture: FeedbackFixture): Promise<string> {
  const feedbackId = id('fb');
  const createdAt = iso(fixture.createdAt);
  await db.kysely
    .insertInto('feedback')
    .values({
      id: feedbackId,
      title: feedbackId,
      content: 'Export the pipeline to Excel with the stage history.',
      reporterId: fixture.reporterId,
      ticketId: null,
      customerId: null,
      status: fixture.status,
      decidedBy: fixture.decidedBy ?? null,
      decidedAt: fixture.decidedAt ? iso(fixture.decidedAt) : null,
      decisionNote: null,
      createdBy: fixture.reporterId,
      createdAt,
      updatedAt: createdAt,
      deletedAt: fixture.deleted ? createdAt : null,
    })
    .execute();
  return feedbackId;
}

/** A usage event, its org-zone day fixed at write time as the usage service does. */
export async function insertUsageEvent(
  db: Db,
  fixture: {
    userId: string;
    kind: UsageEventKind;
    at: string;
    /** What was viewed (a scorecard's user, a cycle result …); none by default. */
    entity?: string;
    recordId?: string;
  },
): Promise<void> {
  await db.kysely
    .insertInto('usageEvents')
    .values({
      id: id('use'),
      userId: fixture.userId,
      kind: fixture.kind,
      entity: fixture.entity ?? null,
      recordId: fixture.recordId ?? null,
      at: iso(fixture.at),
      day: orgDay(new Date(fixture.at), ZONE),
    })
    .execute();
}

/** A computed February cycle with one result for each of `userIds`: result id by user. */
export async function insertCycleResults(
  db: Db,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  const cycleId = id('cycle');
  const february = periodBounds('month', '2026-02-01', ZONE);
  await db.kysely
    .insertInto('cycles')
    .values({
      id: cycleId,
      name: 'February',
      kind: 'month',
      firstDay: '2026-02-01',
      lastDay: '2026-02-28',
      periodStart: february.start.toISOString(),
      periodEnd: february.end.toISOString(),
      zone: ZONE,
      status: 'published',
      createdAt: iso(february.end.toISOString()),
    })
    .execute();
  const results = new Map(userIds.map((userId) => [userId, id('result')]));
  for (const [userId, resultId] of results)
    await db.kysely
      .insertInto('cycleResults')
      .values({
        id: resultId,
        cycleId,
        userId,
        applicableShare: 1,
        computedAt: iso(february.end.toISOString()),
      })
      .execute();
  return results;
}

/** The test period: March 2026 in Shanghai, [2026-02-28T16:00Z, 2026-03-31T16:00Z). */
export const MARCH = periodBounds('month', '2026-03-01', ZONE);
export const START = '2026-02-28T16:00:00.000Z';
export const END = '2026-03-31T16:00:00.000Z';
/** 23:59:59.999 local on 31 March (in) and on 28 February (out). */
export const LAST_LOCAL_MINUTE = '2026-03-31T15:59:59.999Z';
export const BEFORE_START = '2026-02-28T15:59:59.999Z';
/** Long before the period: when seeded facts such as quality flags were raised. */
export const SEEDED = '2025-01-01T00:00:00.000Z';

/** Someone active all of March (and long before). */
export const veteran = (userId: string): Subject => ({
  userId,
  joinedOn: '2025-01-01',
  leftOn: null,
});
/** Someone who joined on 20 March: 12 of 31 days, fewer than half. */
export const newcomer = (userId: string): Subject => ({
  userId,
  joinedOn: '2026-03-20',
  leftOn: null,
});

/** One metric for the given subjects over March, through the engine; values by user id. */
export async function computeMarch(
  db: Db,
  metric: BuiltInMetricId,
  subjects: Subject[],
  minSample = 5,
): Promise<Map<string, MetricValue>> {
  const values = await computeMetrics(
    db,
    MARCH,
    ZONE,
    [{ metric, minSample }],
    subjects,
    await loadMetricCatalog(db),
  );
  const perUser = values.get(metric);
  if (!perUser) throw new Error(`no values for ${metric}`);
  return perUser;
}
