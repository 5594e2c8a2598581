import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DuplicateKeys } from '../../domain/quality/duplicate-match.js';
import { visibleContacts } from '../contacts/contacts.repository.js';
import { visibleCustomers, type Viewer } from '../customers/customers.repository.js';
import { leadVisibleTo } from '../leads/leads.repository.js';

/** A live record that may be the one being entered, whoever owns it. */
export type DuplicateCandidateRow = {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  createdAt: string;
};

/** Enough to show the first few; more would not help anyone decide. */
const CANDIDATE_LIMIT = 10;

const lowerEmail = (column: string) => sql<string>`lower(${sql.ref(column)})`;

export async function customerCandidates(
  executor: Executor,
  keys: DuplicateKeys,
  exceptId: string | undefined,
): Promise<DuplicateCandidateRow[]> {
  let query = executor
    .selectFrom('customers')
    .select(['id', 'name', 'phone', 'email', 'createdAt'])
    .where('deletedAt', 'is', null)
    .where((eb) =>
      eb.or([
        ...(keys.phone ? [eb('phoneKey', '=', keys.phone)] : []),
        ...(keys.name ? [eb('nameKey', '=', keys.name)] : []),
        ...(keys.email ? [eb(lowerEmail('customers.email'), '=', keys.email)] : []),
      ]),
    );
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.orderBy('createdAt').orderBy('id').limit(CANDIDATE_LIMIT).execute();
}

export async function leadCandidates(
  executor: Executor,
  keys: DuplicateKeys,
  exceptId: string | undefined,
): Promise<DuplicateCandidateRow[]> {
  let query = executor
    .selectFrom('leads')
    .select(['id', 'company as name', 'phone', 'email', 'createdAt'])
    .where('deletedAt', 'is', null)
    .where('status', '!=', 'converted')
    .where((eb) =>
      eb.or([
        ...(keys.phone ? [eb('phoneKey', '=', keys.phone)] : []),
        ...(keys.name ? [eb('nameKey', '=', keys.name)] : []),
        ...(keys.email ? [eb(lowerEmail('leads.email'), '=', keys.email)] : []),
      ]),
    );
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.orderBy('createdAt').orderBy('id').limit(CANDIDATE_LIMIT).execute();
}

/**
 * Contacts with the same phone digits (stored as typed, so with or without a leading 86) or
 * e-mail anywhere, or with the same name at the same customer.
 */
export async function contactCandidates(
  executor: Executor,
  keys: DuplicateKeys & { personName: string | null; customerId: string | null },
  exceptId: string | undefined,
): Promise<DuplicateCandidateRow[]> {
  let query = executor
    .selectFrom('contacts')
    .select(['id', 'name', 'phone', 'email', 'createdAt'])
    .where('deletedAt', 'is', null)
    .where((eb) =>
      eb.or([
        ...(keys.phone
          ? [
              eb(
                'id',
                'in',
                executor
                  .selectFrom('searchEntries')
                  .select('recordId')
                  .where('entity', '=', 'contact')
                  .where('phone', 'in', [keys.phone, `86${keys.phone}`, `0086${keys.phone}`]),
              ),
            ]
          : []),
        ...(keys.email ? [eb(lowerEmail('contacts.email'), '=', keys.email)] : []),
        ...(keys.personName && keys.customerId
          ? [
              eb.and([
                eb('customerId', '=', keys.customerId),
                eb(sql<string>`lower(trim(contacts.name))`, '=', keys.personName),
              ]),
            ]
          : []),
      ]),
    );
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.orderBy('createdAt').orderBy('id').limit(CANDIDATE_LIMIT).execute();
}

/** Which of `ids` the viewer may see, by each kind's own list rule. */
export async function visibleCustomerIds(
  executor: Executor,
  viewer: Viewer,
  poolReadable: boolean,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const inList = await visibleCustomers(executor, viewer)
    .where('customers.id', 'in', ids)
    .select('customers.id')
    .execute();
  const pooled = poolReadable
    ? await executor
        .selectFrom('customers')
        .select('id')
        .where('id', 'in', ids)
        .where('ownerId', 'is', null)
        .execute()
    : [];
  return new Set([...inList, ...pooled].map((row) => row.id));
}

export async function visibleLeadIds(
  executor: Executor,
  viewer: Viewer,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await executor
    .selectFrom('leads')
    .select('leads.id')
    .where('leads.id', 'in', ids)
    .where(leadVisibleTo(viewer))
    .execute();
  return new Set(rows.map((row) => row.id));
}

export async function visibleContactIds(
  executor: Executor,
  viewer: Viewer,
  poolReadable: boolean,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await visibleContacts(executor, viewer, poolReadable)
    .where('contacts.id', 'in', ids)
    .select('contacts.id')
    .execute();
  return new Set(rows.map((row) => row.id));
}
