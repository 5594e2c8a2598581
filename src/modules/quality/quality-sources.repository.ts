import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { QualityActivity } from './activity-rules.js';
import { chunked } from './quality-flags.repository.js';
import type { QualityRecord, RecordKind } from './quality-record.js';

const ACTIVITY_COLUMNS = [
  'id',
  'actorId',
  'content',
  'occurredAt',
  'recordedAt',
  'deletedAt',
  'importJobId',
] as const;

export async function findQualityActivity(
  executor: Executor,
  id: string,
): Promise<QualityActivity | undefined> {
  return executor
    .selectFrom('activities')
    .select(ACTIVITY_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * One user's activities recorded in [from, before), deleted ones too (the rules that ignore them
 * filter them out). Served by the (recorded_at, actor_id, …) index: a range of recorded times.
 */
export async function userActivitiesRecorded(
  executor: Executor,
  userId: string,
  from: string,
  before: string,
): Promise<QualityActivity[]> {
  return executor
    .selectFrom('activities')
    .select(ACTIVITY_COLUMNS)
    .where('recordedAt', '>=', from)
    .where('recordedAt', '<', before)
    .where('actorId', '=', userId)
    .orderBy('recordedAt')
    .orderBy('id')
    .execute();
}

/** What the activity rules read of one user's activities around one of theirs. */
export type AuthorActivitiesWanted = {
  /** Q4: those whose content key is one of `keys`, or 0 (not keyed), recorded in [from, before). */
  copies: { keys: readonly number[]; from: string; before: string };
  /** Q5: up to `count` entered (not imported) in [from, at] nearest to `at`, and in (at, before). */
  near?: { at: string; from: string; before: string; count: number };
};

/**
 * One user's activities as `wanted` says, deleted ones too, in one statement, both parts by the
 * index of the user's activities by recording time: the copy candidates picked out of it by the
 * content key it carries, the nearest neighbours from where it stops, however many the user
 * recorded in between. Both lists by recorded time.
 */
export async function authorActivities(
  executor: Executor,
  userId: string,
  wanted: AuthorActivitiesWanted,
): Promise<{ copyCandidates: QualityActivity[]; neighbours: QualityActivity[] }> {
  // Written out rather than built: the query builder took 120 µs to build this union, six times
  // what SQLite takes to run it, on the path of every activity logged.
  const columns = sql.raw(
    'id, actor_id, content, occurred_at, recorded_at, deleted_at, import_job_id',
  );
  const { copies, near } = wanted;
  const nearest = near
    ? sql`
    union all select * from (select ${columns}, 'near' as part from activities
      where actor_id = ${userId} and import_job_id is null
        and recorded_at >= ${near.from} and recorded_at <= ${near.at}
      order by recorded_at desc, id desc limit ${near.count}) earlier
    union all select * from (select ${columns}, 'near' as part from activities
      where actor_id = ${userId} and import_job_id is null
        and recorded_at > ${near.at} and recorded_at < ${near.before}
      order by recorded_at, id limit ${near.count}) later`
    : sql``;
  const { rows } = await sql<QualityActivity & { part: 'copy' | 'near' }>`
    select ${columns}, 'copy' as part from activities
      where actor_id = ${userId} and content_key in (${sql.join([...copies.keys, 0])})
        and recorded_at >= ${copies.from} and recorded_at < ${copies.before}${nearest}
    order by recorded_at, id`.execute(executor);
  const inRecordedOrder = (name: 'copy' | 'near') =>
    rows.filter((r) => r.part === name).map(({ part: _part, ...activity }) => activity);
  return { copyCandidates: inRecordedOrder('copy'), neighbours: inRecordedOrder('near') };
}

/** The users who recorded an activity in [from, before). */
export async function activityActors(
  executor: Executor,
  from: string,
  before: string,
): Promise<string[]> {
  const rows = await executor
    .selectFrom('activities')
    .select('actorId')
    .distinct()
    .where('recordedAt', '>=', from)
    .where('recordedAt', '<', before)
    .execute();
  return rows.map((r) => r.actorId);
}

/**
 * Sets `valid` from the flags for the given activities: 0 exactly when an OPEN Q3 or Q4 flag is
 * on it. Returns the activities whose validity changed, with what their touch columns depend on.
 * Per 500 activities, two lookups by primary key and by the flags' (entity, record_id, …) index:
 * a correlated EXISTS let PostgreSQL scan every open activity flag once per batch.
 */
export async function recomputeValidity(
  executor: Executor,
  ids: readonly string[],
): Promise<{ id: string; customerId: string | null; recordType: string; recordId: string }[]> {
  const changed: { id: string; customerId: string | null; recordType: string; recordId: string }[] =
    [];
  for (const batch of chunked([...new Set(ids)])) {
    const [rows, invalidating] = await Promise.all([
      executor
        .selectFrom('activities')
        .select(['id', 'valid', 'customerId', 'recordType', 'recordId'])
        .where('id', 'in', batch)
        .execute(),
      executor
        .selectFrom('qualityFlags')
        .select('recordId')
        .where('entity', '=', 'activity')
        .where('recordId', 'in', batch)
        .where('rule', 'in', ['Q3', 'Q4'])
        .where('status', '=', 'open')
        .execute(),
    ]);
    const flagged = new Set(invalidating.map((f) => f.recordId));
    const shouldBe = (id: string) => (flagged.has(id) ? 0 : 1);
    const flipped = rows.filter((r) => Number(r.valid) !== shouldBe(r.id));
    for (const to of [0, 1] as const) {
      const ids = flipped.filter((r) => shouldBe(r.id) === to).map((r) => r.id);
      if (ids.length === 0) continue;
      await executor.updateTable('activities').set({ valid: to }).where('id', 'in', ids).execute();
    }
    changed.push(
      ...flipped.map(({ id, customerId, recordType, recordId }) => ({
        id,
        customerId,
        recordType,
        recordId,
      })),
    );
  }
  return changed;
}

type RecordRow = Record<string, unknown> & {
  id: string;
  createdBy: string | null;
  ownerId: string | null;
  createdAt: string;
  phone: string | null;
  phoneKey: string | null;
  nameKey: string;
};

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toQualityRecord(kind: RecordKind, row: RecordRow): QualityRecord {
  const name = text(kind === 'customer' ? row.name : row.company) ?? '';
  const fields: Record<string, string | null> =
    kind === 'customer'
      ? {
          name,
          phone: row.phone,
          email: text(row.email),
          industry: text(row.industry),
          source: text(row.source),
          requirement: text(row.requirement),
          region: text(row.region),
          address: text(row.address),
        }
      : {
          company: name,
          contact_name: text(row.contactName),
          phone: row.phone,
          email: text(row.email),
          industry: text(row.industry),
          region: text(row.region),
          requirement: text(row.requirement),
        };
  return {
    kind,
    id: row.id,
    name,
    phone: row.phone,
    fields,
    responsibleUserId: row.createdBy ?? row.ownerId,
    createdAt: row.createdAt,
    phoneKey: row.phoneKey,
    nameKey: row.nameKey,
  };
}

type LiveFilter = {
  id?: string;
  ids?: readonly string[];
  key?: { column: 'phoneKey' | 'nameKey'; values: readonly string[] };
  createdFrom?: string;
};

/** Live customers or leads matching the filter (the two tables share the filtered columns). */
async function liveRecords(
  executor: Executor,
  kind: RecordKind,
  filter: LiveFilter,
): Promise<QualityRecord[]> {
  const table = kind === 'customer' ? 'customers' : 'leads';
  let query = executor.selectFrom(table).selectAll().where('deletedAt', 'is', null);
  if (filter.id !== undefined) query = query.where('id', '=', filter.id);
  if (filter.ids) query = query.where('id', 'in', [...filter.ids]);
  if (filter.key) query = query.where(filter.key.column, 'in', [...filter.key.values]);
  if (filter.createdFrom !== undefined) query = query.where('createdAt', '>=', filter.createdFrom);
  const rows: RecordRow[] = await query.execute();
  return rows.map((row) => toQualityRecord(kind, row));
}

/** One live customer or lead, as the record rules see it. */
export async function findQualityRecord(
  executor: Executor,
  kind: RecordKind,
  id: string,
): Promise<QualityRecord | undefined> {
  const [record] = await liveRecords(executor, kind, { id });
  return record;
}

/** Live records of one kind by id (an import's batch), as the record rules see them. */
export async function findQualityRecords(
  executor: Executor,
  kind: RecordKind,
  ids: readonly string[],
): Promise<QualityRecord[]> {
  const records: QualityRecord[] = [];
  for (const batch of chunked([...ids]))
    records.push(...(await liveRecords(executor, kind, { ids: batch })));
  return records;
}

type DuplicateKeySets = { phoneKeys: readonly string[]; nameKeys: readonly string[] };

/** The distinct phone keys and name keys, each column's in batches of bound parameters. */
function keyLookups(keys: DuplicateKeySets) {
  return [
    ...chunked([...new Set(keys.phoneKeys)]).map((batch) => ['phoneKey', batch] as const),
    ...chunked([...new Set(keys.nameKeys)]).map((batch) => ['nameKey', batch] as const),
  ];
}

/**
 * Live records of one kind with any of the phone keys or name keys (both indexed), with
 * `createdFrom` only those created at or after it.
 */
export async function recordsSharingKeys(
  executor: Executor,
  kind: RecordKind,
  keys: DuplicateKeySets,
  createdFrom?: string,
): Promise<QualityRecord[]> {
  const byId = new Map<string, QualityRecord>();
  for (const [column, batch] of keyLookups(keys)) {
    const records = await liveRecords(executor, kind, {
      key: { column, values: batch },
      ...(createdFrom === undefined ? {} : { createdFrom }),
    });
    for (const record of records) byId.set(record.id, record);
  }
  return [...byId.values()];
}

/**
 * For each of the phone keys and name keys, the earliest live record of one kind holding it (by
 * creation, then id): all that Q2 needs besides the records it decides. A key many records share
 * (a made-up number typed again and again) costs one row here, not all of them.
 */
export async function earliestSharingKeys(
  executor: Executor,
  kind: RecordKind,
  keys: DuplicateKeySets,
): Promise<QualityRecord[]> {
  const table = kind === 'customer' ? 'customers' : 'leads';
  const byId = new Map<string, QualityRecord>();
  for (const [column, batch] of keyLookups(keys)) {
    const ranked = executor
      .selectFrom(table)
      .select((eb) => [
        'id',
        eb.fn
          .agg<number>('row_number')
          .over((over) => over.partitionBy(column).orderBy('createdAt').orderBy('id'))
          .as('nth'),
      ])
      .where('deletedAt', 'is', null)
      .where(column, 'in', [...batch]);
    const rows: RecordRow[] = await executor
      .selectFrom(table)
      .selectAll()
      .where('id', 'in', executor.selectFrom(ranked.as('ranked')).select('id').where('nth', '=', 1))
      .execute();
    for (const row of rows) byId.set(row.id, toQualityRecord(kind, row));
  }
  return [...byId.values()];
}

/**
 * The ids of the live records of one kind created in [from, before), in creation order: read
 * once, so that the records are then loaded page by page by primary key (pages by offset sorted
 * the whole range again for every page).
 */
export async function recordIdsCreated(
  executor: Executor,
  kind: RecordKind,
  range: { from: string; before: string },
): Promise<string[]> {
  const rows = await executor
    .selectFrom(kind === 'customer' ? 'customers' : 'leads')
    .select('id')
    .where('deletedAt', 'is', null)
    .where('createdAt', '>=', range.from)
    .where('createdAt', '<', range.before)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

export type DeletedRecord = {
  entity: 'activity' | 'customer' | 'lead';
  id: string;
  userId: string;
  createdAt: string;
  deletedAt: string;
};

/**
 * Deleted activities, customers and leads created in [from, before), by creator (an activity's
 * creator is its author, its creation its recorded_at; an imported one has no creator),
 * optionally for one user only.
 */
export async function deletedRecordsCreated(
  executor: Executor,
  range: { from: string; before: string },
  userId?: string,
): Promise<DeletedRecord[]> {
  const activities = executor
    .selectFrom('activities')
    .select(['id', 'actorId as userId', 'recordedAt as createdAt', 'deletedAt'])
    .where('deletedAt', 'is not', null)
    .where('importJobId', 'is', null)
    .where('recordedAt', '>=', range.from)
    .where('recordedAt', '<', range.before);
  // Customers and leads share the audited columns (created_by, created_at, deleted_at).
  const audited = (table: 'customers' | 'leads') => {
    const query = executor
      .selectFrom(table)
      .select(['id', 'createdBy as userId', 'createdAt', 'deletedAt'])
      .where('deletedAt', 'is not', null)
      .where('createdAt', '>=', range.from)
      .where('createdAt', '<', range.before);
    return (userId ? query.where('createdBy', '=', userId) : query).execute();
  };
  const [a, c, l] = await Promise.all([
    (userId ? activities.where('actorId', '=', userId) : activities).execute(),
    audited('customers'),
    audited('leads'),
  ]);
  const tag = (entity: DeletedRecord['entity']) => (r: (typeof a | typeof c)[number]) =>
    r.userId !== null && r.deletedAt !== null
      ? [{ entity, id: r.id, userId: r.userId, createdAt: r.createdAt, deletedAt: r.deletedAt }]
      : [];
  return [...a.flatMap(tag('activity')), ...c.flatMap(tag('customer')), ...l.flatMap(tag('lead'))];
}
