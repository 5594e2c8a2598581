import type { Db } from '../../src/db/database.js';
import type { QualityRule } from '../../src/db/tables/appraisal.table.js';
import type {
  ActivityType,
  CustomerLevel,
  OwnershipPeriodsTable,
  RecordType,
} from '../../src/db/tables/crm.table.js';
import { isTimely } from '../../src/domain/quality/timeliness.js';
import {
  refreshCustomerFollowUp,
  refreshOpportunityTouch,
} from '../../src/modules/activities/activities.repository.js';

/**
 * Direct inserts for metric tests: the records exactly as the CRM services store them (derived
 * columns such as `timely` computed with the same domain rules, the customer's last follow-up and
 * the opportunity's last touch re-derived as every write does), without going through the API,
 * so that each hand-computed case states its data plainly.
 */
let counter = 0;
const id = (prefix: string) => `${prefix}-${(++counter).toString().padStart(5, '0')}`;
const iso = (value: string) => new Date(value).toISOString();

export async function insertStage(db: Db, kind: 'open' | 'won' | 'lost'): Promise<string> {
  const stageId = id(`stage-${kind}`);
  const now = iso('2025-01-01T00:00:00Z');
  await db.kysely
    .insertInto('pipelineStages')
    .values({
      id: stageId,
      nameZh: kind,
      nameEn: kind,
      sortOrder: counter,
      winProbability: kind === 'won' ? 100 : 10,
      kind,
      active: 1,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return stageId;
}

export type CustomerFixture = {
  owners: Owners;
  level?: CustomerLevel | null;
  fields?: Partial<
    Record<'phone' | 'email' | 'industry' | 'source' | 'requirement' | 'region' | 'address', string>
  >;
  createdAt?: string;
  deletedAt?: string;
};

export async function insertCustomer(db: Db, fixture: CustomerFixture): Promise<string> {
  const customerId = id('cust');
  const createdAt = iso(fixture.createdAt ?? fixture.owners[0]?.from ?? '2025-01-01T00:00:00Z');
  const last = fixture.owners.at(-1);
  await db.kysely
    .insertInto('customers')
    .values({
      id: customerId,
      name: customerId,
      nameKey: customerId,
      phone: fixture.fields?.phone ?? null,
      phoneKey: null,
      email: fixture.fields?.email ?? null,
      industry: fixture.fields?.industry ?? null,
      source: fixture.fields?.source ?? null,
      level: fixture.level ?? null,
      status: 'potential',
      requirement: fixture.fields?.requirement ?? null,
      region: fixture.fields?.region ?? null,
      address: fixture.fields?.address ?? null,
      ownerId: last && !last.to ? last.ownerId : null,
      ownerSince: last && !last.to ? iso(last.from) : null,
      previousOwnerId: null,
      poolEnteredAt: null,
      lastFollowUpAt: null,
      lastDealOn: null,
      createdBy: fixture.owners[0]?.ownerId ?? null,
      createdAt,
      updatedAt: createdAt,
      deletedAt: fixture.deletedAt ? iso(fixture.deletedAt) : null,
    })
    .execute();
  await insertOwnership(db, 'customer', customerId, fixture.owners);
  return customerId;
}

export type Owners = { ownerId: string; from: string; to?: string }[];

/** Ownership periods of a record, one row per owner. */
export async function insertOwnership(
  db: Db,
  entity: OwnershipPeriodsTable['entity'],
  recordId: string,
  owners: Owners,
) {
  for (const owner of owners) {
    await db.kysely
      .insertInto('ownershipPeriods')
      .values({
        id: id('own'),
        entity,
        recordId,
        ownerId: owner.ownerId,
        startedAt: iso(owner.from),
        endedAt: owner.to ? iso(owner.to) : null,
      })
      .execute();
  }
}

/** A stage change: the stage and status reached and when it took effect. */
type StageReached = {
  stageId: string;
  status: 'open' | 'won' | 'lost';
  effectiveAt: string;
  recordedAt?: string;
  actorId?: string;
};

export type OpportunityFixture = {
  customerId: string;
  ownerId: string;
  createdAt: string;
  /** Stage changes after creation, in order. */
  changes: StageReached[];
  amountCents?: number;
  /** Ownership periods, by default `ownerId`'s from `createdAt`; the last is the current one. */
  owners?: Owners;
  /** For a database migrated to before 0039, whose opportunities have no `owner_since` yet. */
  withoutOwnerSince?: boolean;
};

export async function insertOpportunity(db: Db, fixture: OpportunityFixture): Promise<string> {
  const opportunityId = id('opp');
  const first = fixture.changes[0];
  const last = fixture.changes.at(-1);
  if (!first || !last) throw new Error('an opportunity has at least its creation stage');
  const owners = fixture.owners ?? [{ ownerId: fixture.ownerId, from: fixture.createdAt }];
  const lastOwner = owners.at(-1);
  await db.kysely
    .insertInto('opportunities')
    .values({
      id: opportunityId,
      customerId: fixture.customerId,
      name: opportunityId,
      amountCents: fixture.amountCents ?? 100_000,
      currency: 'CNY',
      stageId: last.stageId,
      status: last.status,
      expectedCloseOn: null,
      closedAt: last.status === 'open' ? null : iso(last.effectiveAt),
      closeReason: null,
      ownerId: fixture.ownerId,
      ...(fixture.withoutOwnerSince
        ? {}
        : { ownerSince: lastOwner?.ownerId === fixture.ownerId ? iso(lastOwner.from) : null }),
      lastTouchedAt: null,
      createdBy: fixture.ownerId,
      createdAt: iso(fixture.createdAt),
      updatedAt: iso(fixture.createdAt),
      deletedAt: null,
    })
    .execute();
  let previous: StageReached | undefined;
  for (const change of fixture.changes) {
    await insertStageChange(db, opportunityId, fixture.ownerId, previous, change);
    previous = change;
  }
  await refreshOpportunityTouch(db.kysely, opportunityId);
  await insertOwnership(db, 'opportunity', opportunityId, owners);
  return opportunityId;
}

async function insertStageChange(
  db: Db,
  opportunityId: string,
  ownerId: string,
  previous: { stageId: string; status: StageReached['status'] } | undefined,
  change: StageReached,
): Promise<void> {
  const recordedAt = iso(change.recordedAt ?? change.effectiveAt);
  await db.kysely
    .insertInto('stageChanges')
    .values({
      id: id('sc'),
      opportunityId,
      fromStageId: previous?.stageId ?? null,
      toStageId: change.stageId,
      fromStatus: previous?.status ?? null,
      toStatus: change.status,
      effectiveAt: iso(change.effectiveAt),
      recordedAt,
      actorId: change.actorId ?? ownerId,
      ownerId,
      reason: null,
      timely: isTimely(new Date(change.effectiveAt), new Date(recordedAt)) ? 1 : 0,
    })
    .execute();
}

/** A later stage change of an existing opportunity, stored as the stage-change service stores it. */
export async function addStageChange(
  db: Db,
  opportunityId: string,
  change: StageReached,
): Promise<void> {
  const before = await db.kysely
    .selectFrom('opportunities')
    .select(['stageId', 'status', 'ownerId'])
    .where('id', '=', opportunityId)
    .executeTakeFirstOrThrow();
  await insertStageChange(db, opportunityId, before.ownerId, before, change);
  await db.kysely
    .updateTable('opportunities')
    .set({
      stageId: change.stageId,
      status: change.status,
      closedAt: change.status === 'open' ? null : iso(change.effectiveAt),
    })
    .where('id', '=', opportunityId)
    .execute();
  await refreshOpportunityTouch(db.kysely, opportunityId);
}

export type ActivityFixture = {
  actorId: string;
  occurredAt: string;
  /** Defaults to occurredAt + 1 hour. */
  recordedAt?: string;
  type?: ActivityType;
  record?: { type: RecordType; id: string; customerId: string | null };
  valid?: boolean;
  deleted?: boolean;
  content?: string;
};

export async function insertActivity(db: Db, fixture: ActivityFixture): Promise<string> {
  const activityId = id('act');
  const occurredAt = iso(fixture.occurredAt);
  const recordedAt = iso(
    fixture.recordedAt ?? new Date(Date.parse(occurredAt) + 3_600_000).toISOString(),
  );
  await db.kysely
    .insertInto('activities')
    .values({
      id: activityId,
      type: fixture.type ?? 'call',
      recordType: fixture.record?.type ?? 'customer',
      recordId: fixture.record?.id ?? 'none',
      customerId: fixture.record ? fixture.record.customerId : null,
      content: fixture.content ?? 'Discussed the renewal terms with the buyer.',
      occurredAt,
      recordedAt,
      actorId: fixture.actorId,
      ownerId: fixture.actorId,
      valid: fixture.valid === false ? 0 : 1,
      timely: isTimely(new Date(occurredAt), new Date(recordedAt)) ? 1 : 0,
      planId: null,
      deletedAt: fixture.deleted ? recordedAt : null,
    })
    .execute();
  if (fixture.record?.customerId)
    await refreshCustomerFollowUp(db.kysely, fixture.record.customerId);
  if (fixture.record?.type === 'opportunity')
    await refreshOpportunityTouch(db.kysely, fixture.record.id);
  return activityId;
}

export async function insertPlan(
  db: Db,
  fixture: {
    ownerId: string;
    dueAt: string;
    record: { type: RecordType; id: string };
    /** The customer the plan belongs to (none by default). */
    customerId?: string;
    /** true: deleted when it was made (1 January 2026); a string: deleted at that instant. */
    deleted?: boolean | string;
  },
): Promise<string> {
  const planId = id('plan');
  const now = iso('2026-01-01T00:00:00Z');
  await db.kysely
    .insertInto('followUpPlans')
    .values({
      id: planId,
      recordType: fixture.record.type,
      recordId: fixture.record.id,
      customerId: fixture.customerId ?? null,
      ownerId: fixture.ownerId,
      dueAt: iso(fixture.dueAt),
      note: null,
      completedAt: null,
      completedByActivityId: null,
      createdBy: fixture.ownerId,
      createdAt: now,
      updatedAt: now,
      deletedAt:
        typeof fixture.deleted === 'string' ? iso(fixture.deleted) : fixture.deleted ? now : null,
    })
    .execute();
  return planId;
}

/** A data-quality flag of any rule on an activity, customer or lead; created on 1 March 2026 unless said. */
export async function insertQualityFlag(
  db: Db,
  fixture: {
    rule: QualityRule;
    entity: 'activity' | 'customer' | 'lead';
    recordId: string;
    field?: string;
    userId: string;
    status: 'open' | 'cleared';
    createdAt?: string;
  },
): Promise<void> {
  await db.kysely
    .insertInto('qualityFlags')
    .values({
      id: id('flag'),
      rule: fixture.rule,
      entity: fixture.entity,
      recordId: fixture.recordId,
      field: fixture.field ?? null,
      userId: fixture.userId,
      detail: null,
      status: fixture.status,
      createdAt: iso(fixture.createdAt ?? '2026-03-01T00:00:00Z'),
      clearedBy: null,
      clearedAt: null,
      clearedReason: null,
    })
    .execute();
}
