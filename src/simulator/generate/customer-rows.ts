import type { Selectable } from 'kysely';
import type { CustomersTable, CustomerStatus } from '../../db/tables/crm.table.js';
import { nameDuplicateKey, phoneDuplicateKey } from '../../domain/quality/duplicate-records.js';
import { isTimely } from '../../domain/quality/timeliness.js';
import { contactSnapshot } from '../../modules/contacts/contacts.presenter.js';
import { customerSnapshot } from '../../modules/customers/customers.presenter.js';
import type { SimContext } from '../context.js';
import { iso } from '../sim-time.js';
import type { CustomerDraft } from './sales-drafts.js';
import { logCreate } from '../history-rows.js';

/** What the rest of the seller's year did to a customer, for its final row. */
export type CustomerOutcome = { lastFollowUpMs: number | null; lastDealOn: string | null };

/**
 * A customer's rows as the customers service would leave them: the row (keys for Q2, owner since
 * creation, last follow-up and deal day), its contacts (the first is primary), its ownership
 * period, its status changes (with `timely` and the owner at the time) and their history.
 */
export async function writeCustomer(
  ctx: SimContext,
  c: CustomerDraft,
  ownerId: string,
  outcome: CustomerOutcome,
): Promise<void> {
  const createdAt = iso(c.createdMs);
  const initial: Selectable<CustomersTable> = {
    id: c.id,
    name: c.name,
    nameKey: nameDuplicateKey(c.name) ?? '',
    phone: c.phone,
    phoneKey: phoneDuplicateKey(c.phone),
    email: c.email,
    industry: c.industry,
    source: c.source,
    level: c.level,
    status: 'potential',
    requirement: c.requirement,
    region: c.region,
    address: c.address,
    ownerId,
    ownerSince: createdAt,
    previousOwnerId: null,
    poolEnteredAt: null,
    lastFollowUpAt: null,
    lastDealOn: null,
    version: 1,
    createdBy: c.createdBy,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
    flagged: 0,
    // Filled for every customer at once after the load (withFilledFieldsAfter).
    filledFields: 0,
    // Marked after the data-quality run (withPlaceholderFieldsAfter).
    placeholderFields: 0,
    // Decided for every customer at once after the load (withCustomerOpportunitiesAfter).
    openOpportunities: 0,
    opportunitiesChangedAt: null,
    // Decided for every customer at once after the load (withCustomerFirstContractAfter).
    firstContractOn: null,
  };
  let status: CustomerStatus = 'potential';
  let version = 1;
  let updatedAt = createdAt;
  for (const change of c.statusChanges) {
    status = change.to;
    version += 1;
    updatedAt = iso(change.recordedMs);
  }
  if (c.deletedMs !== null) {
    version += 1;
    updatedAt = iso(c.deletedMs);
  }
  const { version: _v, ...insertable } = initial;
  await ctx.sink.push('customers', {
    ...insertable,
    status,
    version,
    updatedAt,
    deletedAt: c.deletedMs === null ? null : iso(c.deletedMs),
    lastFollowUpAt: outcome.lastFollowUpMs === null ? null : iso(outcome.lastFollowUpMs),
    lastDealOn: outcome.lastDealOn,
  });
  await ctx.sink.push('ownershipPeriods', {
    id: ctx.newId(c.createdMs),
    entity: 'customer',
    recordId: c.id,
    ownerId,
    startedAt: createdAt,
    endedAt: c.deletedMs === null ? null : iso(c.deletedMs),
  });
  await logCreate(ctx, 'customer', c.id, c.createdBy, c.createdMs, customerSnapshot(initial));
  for (const [i, contact] of c.contacts.entries()) {
    const row = {
      id: contact.id,
      customerId: c.id,
      name: contact.name,
      title: contact.title,
      phone: contact.phone,
      email: null,
      isPrimary: i === 0 ? 1 : 0,
      note: null,
      createdBy: c.createdBy,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
    };
    await ctx.sink.push('contacts', row);
    await logCreate(
      ctx,
      'contact',
      contact.id,
      c.createdBy,
      c.createdMs,
      contactSnapshot({ ...row, version: 1 }),
    );
  }
  for (const change of c.statusChanges) {
    await ctx.sink.push('customerStatusChanges', {
      id: ctx.newId(change.recordedMs),
      customerId: c.id,
      fromStatus: change.from,
      toStatus: change.to,
      effectiveAt: iso(change.effectiveMs),
      recordedAt: iso(change.recordedMs),
      actorId: ownerId,
      ownerId,
      timely: isTimely(new Date(change.effectiveMs), new Date(change.recordedMs)) ? 1 : 0,
    });
    await ctx.history({
      entity: 'customer',
      entityId: c.id,
      action: 'update',
      actorId: ownerId,
      atMs: change.recordedMs,
      before: { status: change.from },
      after: { status: change.to, statusEffectiveAt: iso(change.effectiveMs) },
    });
  }
  if (c.deletedMs !== null)
    await ctx.history({
      entity: 'customer',
      entityId: c.id,
      action: 'delete',
      actorId: ownerId,
      atMs: c.deletedMs,
      before: { deletedAt: null },
      after: { deletedAt: iso(c.deletedMs) },
    });
}
