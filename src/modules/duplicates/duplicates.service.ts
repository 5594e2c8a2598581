import type { Db } from '../../db/database.js';
import {
  duplicateKeys,
  duplicateMatch,
  hasAnyKey,
  type DuplicateKeys,
  type DuplicateMatch,
} from '../../domain/quality/duplicate-match.js';
import { refusal } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/policy/actor.js';
import { canUsePool } from '../pool/pool.policy.js';
import { viewerOf } from '../customers/customers.service.js';
import { canCheckDuplicates } from './duplicates.policy.js';
import * as repo from './duplicates.repository.js';
import type { DuplicateEntity, DuplicateHint, DuplicatesQuery } from './duplicates.schema.js';

type Found = { entity: DuplicateEntity; rows: repo.DuplicateCandidateRow[]; visible: Set<string> };

/** Shows what the actor may see by name; the rest as one "exists" per kind and reason. */
function present(entered: DuplicateKeys, found: Found[]): DuplicateHint[] {
  const shown: DuplicateHint[] = [];
  const hidden = new Map<string, DuplicateHint>();
  for (const { entity, rows, visible } of found) {
    for (const row of rows) {
      // A contact matched by name at its customer: the SQL said so; by default, name.
      const matchedBy: DuplicateMatch = duplicateMatch(entered, duplicateKeys(row)) ?? 'name';
      if (visible.has(row.id)) {
        shown.push({ visible: true, entity, id: row.id, name: row.name, matchedBy });
      } else {
        hidden.set(`${entity}:${matchedBy}`, { visible: false, entity, matchedBy });
      }
    }
  }
  return [...shown, ...hidden.values()];
}

/**
 * Records that are likely the one about to be saved (same Q2 name or phone key, same e-mail):
 * for a customer or a lead, live customers and unconverted leads; for a contact, contacts with
 * the same phone or e-mail, or the same name at the same customer. Read before saving and
 * returned again by the create routes; never a block.
 */
export async function likelyDuplicates(
  db: Db,
  actor: Actor,
  query: DuplicatesQuery,
): Promise<DuplicateHint[]> {
  if (!canCheckDuplicates(actor, query.entity))
    throw refusal('record_kind_not_allowed', 'You do not work with this kind of record', {
      record: query.entity,
    });
  const keys = duplicateKeys(query);
  if (!hasAnyKey(keys)) return [];
  const viewer = viewerOf(actor);
  const poolReadable = canUsePool(actor);
  const k = db.kysely;
  if (query.entity === 'contact') {
    const personName = query.name?.trim().toLowerCase() || null;
    const rows = await repo.contactCandidates(
      k,
      { ...keys, personName, customerId: query.customerId ?? null },
      query.exceptId,
    );
    const ids = rows.map((r) => r.id);
    return present(keys, [
      {
        entity: 'contact',
        rows,
        visible: await repo.visibleContactIds(k, viewer, poolReadable, ids),
      },
    ]);
  }
  const exceptCustomer = query.entity === 'customer' ? query.exceptId : undefined;
  const exceptLead = query.entity === 'lead' ? query.exceptId : undefined;
  const customers = await repo.customerCandidates(k, keys, exceptCustomer);
  const leads = await repo.leadCandidates(k, keys, exceptLead);
  const customerIds = customers.map((r) => r.id);
  const leadIds = leads.map((r) => r.id);
  const customersFound: Found = {
    entity: 'customer',
    rows: customers,
    visible: await repo.visibleCustomerIds(k, viewer, poolReadable, customerIds),
  };
  const leadsFound: Found = {
    entity: 'lead',
    rows: leads,
    visible: await repo.visibleLeadIds(k, viewer, leadIds),
  };
  // The kind being entered first: it is the one a merge can fix.
  return present(
    keys,
    query.entity === 'lead' ? [leadsFound, customersFound] : [customersFound, leadsFound],
  );
}
