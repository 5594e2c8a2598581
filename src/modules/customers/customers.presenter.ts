import { applyFieldAccess, type FieldView } from '../../domain/access/field-access.js';
import type { Actor } from '../../platform/policy/actor.js';
import { recordAccess } from '../../platform/policy/record-access.js';
import type { CustomerOut } from './customers.schema.js';
import { namesOf } from '../../platform/http/list-query.js';
import type { CustomerNames, CustomerRow, CustomerWithFacts } from './customers.repository.js';

export function accessToCustomer(
  actor: Actor,
  customer: CustomerWithFacts,
  parentOfVisible = false,
) {
  return recordAccess(actor, {
    inScope: customer.ownerId !== null && Number(customer.inScope) === 1,
    sharedAccess: customer.sharedAccess,
    inPool: customer.ownerId === null,
    parentOfVisible,
  });
}

/** A customer as the caller may see it: fields hidden or masked for them come out so. */
export function presentCustomer(
  customer: CustomerRow & Partial<CustomerNames>,
  access: 'read' | 'write',
  view: FieldView,
): CustomerOut {
  return applyFieldAccess(view, 'customer', {
    id: customer.id,
    name: customer.name,
    phone: customer.phone,
    email: customer.email,
    industry: customer.industry,
    source: customer.source,
    level: customer.level,
    status: customer.status,
    requirement: customer.requirement,
    region: customer.region,
    address: customer.address,
    ownerId: customer.ownerId,
    ...namesOf(customer, ['ownerName']),
    ownerSince: customer.ownerSince,
    poolEnteredAt: customer.poolEnteredAt,
    lastFollowUpAt: customer.lastFollowUpAt,
    createdBy: customer.createdBy,
    createdAt: customer.createdAt,
    updatedAt: customer.updatedAt,
    version: customer.version,
    access,
  });
}

/** The fields the history log follows for a customer (derived keys and bookkeeping left out). */
export function customerSnapshot(customer: CustomerRow): Record<string, unknown> {
  return {
    name: customer.name,
    phone: customer.phone,
    email: customer.email,
    industry: customer.industry,
    source: customer.source,
    level: customer.level,
    status: customer.status,
    requirement: customer.requirement,
    region: customer.region,
    address: customer.address,
    ownerId: customer.ownerId,
    previousOwnerId: customer.previousOwnerId,
    poolEnteredAt: customer.poolEnteredAt,
    deletedAt: customer.deletedAt,
  };
}
