import { notReadWhole, type FieldView } from '../../domain/access/field-access.js';
import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { updateVersioned } from '../../db/versioned-writes.js';
import { nowIso } from '../../platform/clock.js';
import { AppError, notFound, staleVersion } from '../../platform/errors/app-error.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { canUsePool, recordAccess } from '../../platform/policy/record-access.js';
import { listViewerOf, loadCustomer } from '../customers/customers.service.js';
import { softDeleteWithHistory } from '../../platform/records/versioned-record.service.js';
import { contactSnapshot } from './contacts.presenter.js';
import * as repo from './contacts.repository.js';
import type {
  CreateContactInput,
  ListContactsQuery,
  UpdateContactInput,
} from './contacts.schema.js';

/** A contact the actor may see, with the access they have to its customer; else "not found". */
export async function loadContact(
  db: Db,
  actor: Actor,
  id: string,
  need: 'read' | 'write' = 'read',
) {
  const contact = await repo.findContact(db.kysely, id);
  if (!contact) throw notFound('contact');
  try {
    const { access } = await loadCustomer(db, actor, contact.customerId, need);
    return { contact, access };
  } catch (error) {
    // The customer's "not found" must not reveal that the contact exists.
    if (error instanceof AppError && error.code === 'not_found') throw notFound('contact');
    throw error;
  }
}

export async function listContacts(
  db: Db,
  actor: Actor,
  query: ListContactsQuery,
  view: FieldView,
) {
  const { items, ...total } = await repo.listContacts(
    db.kysely,
    db.dialect,
    await listViewerOf(db, actor),
    canUsePool(actor),
    { customerId: query.customerId, q: query.q, wholeOnly: notReadWhole(view, 'contact') },
    { by: query.sort, order: query.order },
    pageWindow(query),
  );
  return {
    items: items.map((contact) => {
      const pooled = contact.customerOwnerId === null;
      const access = recordAccess(actor, {
        inScope: !pooled && Number(contact.inScope) === 1,
        sharedAccess: contact.sharedAccess,
        inPool: pooled,
      });
      // Every listed row is visible by construction: one neither in scope, shared nor in the
      // pool the actor works is read through implicit parent access.
      return { contact, access: access ?? ('read' as const) };
    }),
    ...total,
  };
}

/** Demotes the customer's current primary contact (other than `exceptId`), with its history. */
async function demotePrimary(
  trx: Executor,
  actorId: string,
  customerId: string,
  exceptId: string | undefined,
  at: string,
) {
  const primary = await repo.findPrimaryContact(trx, customerId, exceptId);
  if (!primary) return;
  if (
    !(await updateVersioned(trx, 'contacts', primary.id, primary.version, {
      isPrimary: 0,
      updatedAt: at,
    }))
  )
    throw staleVersion('contact');
  await writeHistory(trx, {
    entity: 'contact',
    entityId: primary.id,
    action: 'update',
    actorId,
    before: { isPrimary: 1 },
    after: { isPrimary: 0 },
  });
}

export type NewContactFields = Pick<
  repo.NewContact,
  'customerId' | 'name' | 'title' | 'phone' | 'email' | 'note'
> & { isPrimary: boolean };

/**
 * Adds a contact inside the caller's transaction (also used by lead conversion): demotes the
 * previous primary when this one is primary, inserts, and logs the creation.
 */
export async function addContact(
  trx: Executor,
  actorId: string,
  fields: NewContactFields,
): Promise<repo.ContactRow> {
  const now = nowIso();
  const id = newId();
  if (fields.isPrimary) await demotePrimary(trx, actorId, fields.customerId, undefined, now);
  await repo.insertContact(trx, {
    ...fields,
    id,
    isPrimary: fields.isPrimary ? 1 : 0,
    createdBy: actorId,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  const stored = await repo.findContact(trx, id);
  if (!stored) throw new AppError('internal', 'contact vanished after insert');
  await writeHistory(trx, {
    entity: 'contact',
    entityId: id,
    action: 'create',
    actorId,
    before: null,
    after: contactSnapshot(stored),
  });
  return stored;
}

export async function createContact(db: Db, actor: Actor, input: CreateContactInput) {
  const { access } = await loadCustomer(db, actor, input.customerId, 'write');
  const contact = await inTransaction(db, async (trx) => {
    // A customer's first contact is its primary one unless the caller says otherwise.
    const isPrimary =
      input.isPrimary ?? (await repo.findPrimaryContact(trx, input.customerId)) === undefined;
    return addContact(trx, actor.id, {
      customerId: input.customerId,
      name: input.name,
      title: input.title ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      note: input.note ?? null,
      isPrimary,
    });
  });
  return { contact, access };
}

export async function updateContact(db: Db, actor: Actor, id: string, input: UpdateContactInput) {
  const { contact: before, access } = await loadContact(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('contact');
  const { version, isPrimary, ...fields } = input;
  const now = nowIso();
  const after = await inTransaction(db, async (trx) => {
    if (isPrimary === true && before.isPrimary !== 1)
      await demotePrimary(trx, actor.id, before.customerId, id, now);
    const changes = {
      ...fields,
      ...(isPrimary !== undefined ? { isPrimary: isPrimary ? 1 : 0 } : {}),
      updatedAt: now,
    };
    if (!(await updateVersioned(trx, 'contacts', id, version, changes)))
      throw staleVersion('contact');
    const stored = await repo.findContact(trx, id);
    if (!stored) throw notFound('contact');
    await writeHistory(trx, {
      entity: 'contact',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      before: contactSnapshot(before),
      after: contactSnapshot(stored),
    });
    return stored;
  });
  return { contact: after, access };
}

export async function deleteContact(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  const { contact } = await loadContact(db, actor, id, 'write');
  await softDeleteWithHistory(
    db,
    { table: 'contacts', entity: 'contact', label: 'contact', id },
    { version, currentVersion: contact.version, actorId: actor.id },
  );
}
