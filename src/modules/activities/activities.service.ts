import type { Db } from '../../db/database.js';
import { scopeHoldsMostPeople } from '../../db/scope-filter.js';
import { AppError, invalidField, notFound, refusal } from '../../platform/errors/app-error.js';
import { dayRangeToInstants } from '../../platform/http/day-range.js';
import { pageWindow } from '../../platform/http/list-query.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { customerNameViewerOf } from '../customers/customers.service.js';
import { activityAccess } from './activities.presenter.js';
import * as repo from './activities.repository.js';
import type { ListActivitiesQuery } from './activities.schema.js';
import { loadLinkedRecord } from './linked-record.service.js';

/**
 * An activity the actor may see: its author or the record's owner is in their scope, or they may
 * read the record it is on. Anything else is "not found"; seen but not theirs to change is 403.
 */
export async function loadActivity(
  db: Db,
  actor: Actor,
  id: string,
  need: 'read' | 'write' = 'read',
) {
  const activity = await visibleActivity(
    db,
    actor,
    await repo.findActivity(db.kysely, id, ownerScopeOf(actor)),
  );
  const access = activityAccess(actor, activity);
  if (need === 'write' && access !== 'write')
    throw refusal('not_activity_author', 'Only the author changes an activity', {});
  return { activity, access };
}

/** Found, and either in the actor's scope or on a record they may read; else "not found". */
async function visibleActivity<A extends repo.ActivityWithScope>(
  db: Db,
  actor: Actor,
  activity: A | undefined,
): Promise<A> {
  if (!activity) throw notFound('activity');
  if (Number(activity.inScope) !== 1) {
    try {
      await loadLinkedRecord(db, actor, activity.recordType, activity.recordId, 'read');
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') throw notFound('activity');
      throw error;
    }
  }
  return activity;
}

/** An activity the actor may see (see `loadActivity`), with the names shown beside it. */
export async function readActivity(db: Db, actor: Actor, id: string) {
  const activity = await visibleActivity(
    db,
    actor,
    await repo.findNamedActivity(db.kysely, id, customerNameViewerOf(actor, db.dialect)),
  );
  return { activity, access: activityAccess(actor, activity) };
}

export async function listActivities(
  db: Db,
  actor: Actor,
  query: ListActivitiesQuery,
  zone: string,
) {
  if ((query.recordType === undefined) !== (query.recordId === undefined)) {
    throw invalidField(
      query.recordType ? 'recordId' : 'recordType',
      'record_type_and_id_together',
      'recordType and recordId go together',
    );
  }
  // Everything on a record the actor may read is listed; otherwise the data scope applies.
  const record =
    query.recordType && query.recordId
      ? await loadLinkedRecord(db, actor, query.recordType, query.recordId, 'read')
      : undefined;
  const occurred = dayRangeToInstants(query.from, query.to, zone);
  const names = customerNameViewerOf(actor, db.dialect);
  // Listed by record, the scope does not apply.
  const wideScope = !record && (await scopeHoldsMostPeople(db.kysely, names.scope));
  const { items, ...total } = await repo.listActivities(
    db.kysely,
    db.dialect,
    names,
    {
      record,
      customerId: query.customerId,
      actorId: query.actorId,
      type: query.type,
      valid: query.valid === undefined ? undefined : query.valid === 'true' ? 1 : 0,
      occurredFrom: occurred.from,
      occurredBefore: occurred.before,
      q: query.q,
    },
    { by: query.sort, order: query.order },
    pageWindow(query),
    wideScope,
  );
  return {
    items: items.map((activity) => ({ activity, access: activityAccess(actor, activity) })),
    ...total,
  };
}
