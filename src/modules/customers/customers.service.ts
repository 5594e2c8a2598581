import { notReadWhole, type FieldView } from '../../domain/access/field-access.js';
import type { Db, Dialect } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { parentAccessFor } from '../../db/parent-access.js';
import { updateVersioned } from '../../db/versioned-writes.js';
import { nameDuplicateKey, phoneDuplicateKey } from '../../domain/quality/duplicate-records.js';
import { isTimely } from '../../domain/quality/timeliness.js';
import { nowIso } from '../../platform/clock.js';
import {
  AppError,
  deleteRefused,
  invalidField,
  notFound,
  ownerChangeRefused,
  readOnlyRecord,
  staleVersion,
} from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { dayRangeToInstants } from '../../platform/http/day-range.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { canUsePool, mayDelete, type RecordAccess } from '../../platform/policy/record-access.js';
import { changeOwnership } from '../../platform/ownership/ownership.repository.js';
import { likelyDuplicates } from '../duplicates/duplicates.service.js';
import { checkRecordDelete, checkRecordWrite } from '../quality/record-checks.service.js';
import { assignableOwner } from '../../platform/records/assignable-owner.service.js';
import { softDeleteWithHistory } from '../../platform/records/versioned-record.service.js';
import { seesUnassignedTickets } from '../../platform/policy/record-access.js';
import type { CustomerNameViewer } from './customer-names.repository.js';
import { canChooseOwner, canWorkWithCustomers } from './customers.policy.js';
import { accessToCustomer, customerSnapshot } from './customers.presenter.js';
import * as repo from './customers.repository.js';
import type {
  CreateCustomerInput,
  ListCustomersQuery,
  UpdateCustomerInput,
} from './customers.schema.js';

export function viewerOf(actor: Actor): repo.Viewer {
  return {
    scope: ownerScopeOf(actor),
    userId: actor.id,
    now: nowIso(),
    seesUnassignedTickets: seesUnassignedTickets(actor),
  };
}

/** The viewer of a list of customers or of their contacts, with the form its scope needs. */
export async function listViewerOf(db: Db, actor: Actor): Promise<repo.Viewer> {
  const viewer = viewerOf(actor);
  return { ...viewer, ...(await parentAccessFor(db.kysely, db.dialect, viewer)) };
}

/**
 * The viewer of customers' names shown beside other records (see `customerNameOf`). PostgreSQL
 * asks a name's parent access per row: it computes a name for the rows it returns only, after its
 * sort, where the lists form gathered every visible parent to name twenty rows (a marketing
 * lead's leads at scale M: the tickets and opportunities of the company read, 35 ms). SQLite
 * keeps the lists, built once per statement: some of its lists name every matching row before
 * they sort.
 */
export function customerNameViewerOf(actor: Actor, dialect: Dialect): CustomerNameViewer {
  return {
    ...viewerOf(actor),
    readsCustomers: canWorkWithCustomers(actor),
    usesPool: canUsePool(actor),
    ...(dialect === 'postgres' ? { parentAccess: 'per-row' as const } : {}),
  };
}

/**
 * The actor's access to one customer. Implicit parent access only ever grants reading, so it is
 * asked only where nothing else grants any: asked of every customer, its subqueries cost more than
 * the rest of the read (bench/RESULTS.md, "One access check where it decides").
 */
async function accessOf(
  db: Db,
  actor: Actor,
  viewer: repo.Viewer,
  customer: repo.CustomerWithFacts,
) {
  const access = accessToCustomer(actor, customer);
  if (access) return access;
  return accessToCustomer(
    actor,
    customer,
    await repo.isParentOfVisible(db.kysely, customer.id, viewer),
  );
}

/** A customer the actor may see, with their access; anything else is "not found". */
export async function loadCustomer(
  db: Db,
  actor: Actor,
  id: string,
  need: 'read' | 'write' = 'read',
) {
  const viewer = viewerOf(actor);
  const customer = await repo.findCustomerWithFacts(db.kysely, id, viewer);
  const access = customer ? await accessOf(db, actor, viewer, customer) : null;
  if (!customer || !access) throw notFound('customer');
  if (need === 'write' && access !== 'write') throw readOnlyRecord('customer');
  return { customer, access };
}

/** A customer the actor may read, with the names shown beside it; anything else is "not found". */
export async function readCustomer(db: Db, actor: Actor, id: string) {
  const viewer = viewerOf(actor);
  const customer = await repo.findNamedCustomerWithFacts(db.kysely, id, viewer);
  const access = customer ? await accessOf(db, actor, viewer, customer) : null;
  if (!customer || !access) throw notFound('customer');
  return { customer, access };
}

export async function listCustomers(
  db: Db,
  actor: Actor,
  query: ListCustomersQuery,
  zone: string,
  view: FieldView,
) {
  const created = dayRangeToInstants(query.createdFrom, query.createdTo, zone);
  const updated = dayRangeToInstants(query.updatedFrom, query.updatedTo, zone);
  const { items, ...total } = await repo.listCustomers(
    db.kysely,
    db.dialect,
    await listViewerOf(db, actor),
    {
      q: query.q,
      wholeOnly: notReadWhole(view, 'customer'),
      ownerId: query.ownerId,
      departmentId: query.departmentId,
      status: query.status,
      level: query.level,
      industry: query.industry,
      region: query.region,
      createdFrom: created.from,
      createdBefore: created.before,
      updatedFrom: updated.from,
      updatedBefore: updated.before,
      missing: query.missing,
    },
    { by: query.sort, order: query.order },
    pageWindow(query),
  );
  // Every listed row is visible by construction: one neither in scope, shared nor in the pool the
  // actor works is read through implicit parent access.
  return {
    items: items.map((customer) => ({
      customer,
      access: accessToCustomer(actor, customer) ?? ('read' as const),
    })),
    ...total,
  };
}

const ownerRefusal = 'Only managers and admins create customers for others or into the pool';

/** Like any record's owner, except that `null` puts a new customer straight into the pool. */
async function resolveOwner(
  db: Db,
  actor: Actor,
  requested: string | null | undefined,
): Promise<string | null> {
  if (requested !== null) {
    return assignableOwner(db, actor, requested, canChooseOwner(actor), 'customer', ownerRefusal);
  }
  if (!canChooseOwner(actor)) throw ownerChangeRefused('customer', ownerRefusal);
  return null;
}

export async function createCustomer(db: Db, actor: Actor, input: CreateCustomerInput) {
  const ownerId = await resolveOwner(db, actor, input.ownerId);
  const hints = await likelyDuplicates(db, actor, {
    entity: 'customer',
    name: input.name,
    phone: input.phone ?? undefined,
    email: input.email ?? undefined,
  });
  const now = nowIso();
  const id = newId();
  const row = {
    id,
    name: input.name,
    nameKey: nameDuplicateKey(input.name) ?? '',
    phone: input.phone ?? null,
    phoneKey: phoneDuplicateKey(input.phone),
    email: input.email ?? null,
    industry: input.industry ?? null,
    source: input.source ?? null,
    level: input.level ?? null,
    status: input.status,
    requirement: input.requirement ?? null,
    region: input.region ?? null,
    address: input.address ?? null,
    ownerId,
    ownerSince: ownerId ? now : null,
    previousOwnerId: null,
    poolEnteredAt: ownerId ? null : now,
    lastFollowUpAt: null,
    lastDealOn: null,
    createdBy: actor.id,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  const created = await inTransaction(db, async (trx) => {
    await repo.insertCustomer(trx, row);
    if (ownerId) await changeOwnership(trx, 'customer', id, ownerId, now);
    await checkRecordWrite(trx, 'customer', id, now);
    const stored = await repo.findCustomer(trx, id);
    if (!stored) throw new AppError('internal', 'customer vanished after insert');
    await writeHistory(trx, {
      entity: 'customer',
      entityId: id,
      action: 'create',
      actorId: actor.id,
      before: null,
      after: customerSnapshot(stored),
    });
    return stored;
  });
  return { customer: created, duplicateHints: hints };
}

export async function updateCustomer(db: Db, actor: Actor, id: string, input: UpdateCustomerInput) {
  const { customer: before, access } = await loadCustomer(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('customer');
  const { version, ...fields } = input;
  const changes = {
    ...fields,
    ...(fields.name !== undefined ? { nameKey: nameDuplicateKey(fields.name) ?? '' } : {}),
    ...(fields.phone !== undefined ? { phoneKey: phoneDuplicateKey(fields.phone) } : {}),
    updatedAt: nowIso(),
  };
  const after = await inTransaction(db, async (trx) => {
    if (!(await updateVersioned(trx, 'customers', id, version, changes)))
      throw staleVersion('customer');
    await checkRecordWrite(trx, 'customer', id, changes.updatedAt, before);
    const stored = await repo.findCustomer(trx, id);
    if (!stored) throw notFound('customer');
    await writeHistory(trx, {
      entity: 'customer',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: customerSnapshot(before),
      after: customerSnapshot(stored),
    });
    return stored;
  });
  return { customer: after, access };
}

export async function deleteCustomer(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  const { customer } = await loadCustomer(db, actor, id, 'write');
  if (!mayDelete({ inScope: customer.ownerId !== null && Number(customer.inScope) === 1 }))
    throw deleteRefused('customer');
  await softDeleteWithHistory(
    db,
    { table: 'customers', entity: 'customer', label: 'customer', id },
    {
      version,
      currentVersion: customer.version,
      actorId: actor.id,
      // A pool customer has no ownership period to end.
      ownership: customer.ownerId ? 'customer' : undefined,
    },
    (trx, at) => checkRecordDelete(trx, 'customer', customer, at),
  );
}

export async function changeCustomerStatus(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; status: repo.CustomerRow['status']; effectiveAt?: string | undefined },
): Promise<{ customer: repo.CustomerRow; access: RecordAccess }> {
  const { customer: before, access } = await loadCustomer(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('customer');
  if (before.status === input.status)
    throw invalidField('status', 'status_unchanged', `the customer is already "${input.status}"`, {
      status: input.status,
    });
  const recordedAt = nowIso();
  const effectiveAt = input.effectiveAt ? new Date(input.effectiveAt).toISOString() : recordedAt;
  const after = await inTransaction(db, async (trx) => {
    if (
      !(await updateVersioned(trx, 'customers', id, input.version, {
        status: input.status,
        updatedAt: recordedAt,
      }))
    )
      throw staleVersion('customer');
    await repo.insertStatusChange(trx, {
      id: newId(),
      customerId: id,
      fromStatus: before.status,
      toStatus: input.status,
      effectiveAt,
      recordedAt,
      actorId: actor.id,
      ownerId: before.ownerId,
      timely: isTimely(new Date(effectiveAt), new Date(recordedAt)) ? 1 : 0,
    });
    const stored = await repo.findCustomer(trx, id);
    if (!stored) throw notFound('customer');
    await writeHistory(trx, {
      entity: 'customer',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: { status: before.status },
      after: { status: stored.status, statusEffectiveAt: effectiveAt },
    });
    return stored;
  });
  return { customer: after, access };
}
