import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import type { AppError } from '../../platform/errors/app-error.js';
import {
  invalidField,
  readOnlyRecord,
  refusal,
  staleVersion,
} from '../../platform/errors/app-error.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { changeOwnership } from '../../platform/ownership/ownership.repository.js';
import { isOwnerInScope } from '../../db/scope-filter.js';
import { loadCustomer } from '../customers/customers.service.js';
import { loadOpportunity } from '../opportunities/opportunities.service.js';
import { recomputeCollection, refreshCustomerDealDate } from './contract-collection.service.js';
import { accessToContract } from './contracts.presenter.js';
import * as repo from './contracts.repository.js';
import type { CreateContractInput, UpdateContractInput } from './contracts.schema.js';
import { assertReferences, contractRef, loadContract } from './contracts.service.js';
import {
  newRecordColumns,
  recordCreated,
  updateWithHistory,
} from '../../platform/records/versioned-record.service.js';

async function assertOwnerInScope(db: Db, actor: Actor, ownerId: string): Promise<void> {
  if (ownerId === actor.id) return;
  if (!(await isOwnerInScope(db.kysely, ownerId, ownerScopeOf(actor)))) {
    throw invalidField(
      'ownerId',
      'owner_not_assignable',
      'owner must be an active user within your data scope',
    );
  }
}

/**
 * The customer a new contract is for, and its default owner. The actor must be able to change
 * the customer, or the opportunity the contract closes: whoever works a deal may sign its
 * contract even when the customer belongs to a colleague (and may only read the customer).
 * The deal's owner owns the contract by default, else the customer's owner, else the actor.
 */
async function contractParties(db: Db, actor: Actor, input: CreateContractInput) {
  const { customer, access } = await loadCustomer(db, actor, input.customerId);
  const deal = input.opportunityId
    ? (await loadOpportunity(db, actor, input.opportunityId, access === 'write' ? 'read' : 'write'))
        .opportunity
    : undefined;
  if (access !== 'write' && deal?.customerId !== customer.id) throw readOnlyRecord('customer');
  return { customer, defaultOwner: deal?.ownerId ?? customer.ownerId ?? actor.id };
}

/** A contract for a customer or a deal the actor may change; it moves the customer's last deal day. */
export async function createContract(db: Db, actor: Actor, input: CreateContractInput) {
  const { customer, defaultOwner } = await contractParties(db, actor, input);
  const ownerId = input.ownerId ?? defaultOwner;
  if (input.ownerId !== undefined) await assertOwnerInScope(db, actor, ownerId);
  const now = nowIso();
  const id = newId();
  const contract = await inTransaction(db, async (trx) => {
    await assertReferences(trx, customer.id, input);
    await repo.assertNumberFree(trx, input.number);
    await repo.insertContract(trx, {
      id,
      customerId: customer.id,
      opportunityId: input.opportunityId ?? null,
      number: input.number,
      title: input.title,
      amountCents: input.amountCents,
      currency: input.currency,
      signedOn: input.signedOn,
      startOn: input.startOn ?? null,
      endOn: input.endOn ?? null,
      renewalOf: input.renewalOf ?? null,
      ownerId,
      paidCents: 0,
      fullyPaidOn: null,
      ...newRecordColumns(actor.id, now),
    });
    await changeOwnership(trx, 'contract', id, ownerId, now);
    const stored = await recordCreated(trx, contractRef(id), actor.id, repo.findContract);
    await refreshCustomerDealDate(trx, customer.id, actor.id);
    return stored;
  });
  return { contract, access: accessToContract(actor) };
}

/** A contract's amount never drops below what has been paid on it. */
function amountBelowPaid(paidCents: number): AppError {
  const message = `The amount cannot be less than the ${paidCents} cents already paid`;
  return refusal('contract_amount_below_paid', message, { paidCents });
}

export async function updateContract(db: Db, actor: Actor, id: string, input: UpdateContractInput) {
  const { contract: before, access } = await loadContract(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('contract');
  const { version, ...fields } = input;
  const startOn = fields.startOn === undefined ? before.startOn : fields.startOn;
  const endOn = fields.endOn === undefined ? before.endOn : fields.endOn;
  if (startOn && endOn && endOn < startOn)
    throw invalidField('endOn', 'end_before_start', 'end date cannot be before the start date');
  if (fields.ownerId !== undefined && fields.ownerId !== before.ownerId)
    await assertOwnerInScope(db, actor, fields.ownerId);
  const now = nowIso();
  const after = await inTransaction(db, async (trx) => {
    await assertReferences(trx, before.customerId, fields, id);
    if (fields.number !== undefined) await repo.assertNumberFree(trx, fields.number, id);
    const changes = { ...fields, updatedAt: now };
    const stored = await repo.guardNumber(() =>
      updateWithHistory(
        trx,
        contractRef(id),
        { version, changes, actorId: actor.id, before },
        repo.findContract,
      ),
    );
    if (stored.amountCents < stored.paidCents) throw amountBelowPaid(stored.paidCents);
    if (fields.ownerId !== undefined && fields.ownerId !== before.ownerId)
      await changeOwnership(trx, 'contract', id, fields.ownerId, now);
    if (stored.amountCents !== before.amountCents) await recomputeCollection(trx, id, actor.id);
    if (stored.signedOn !== before.signedOn)
      await refreshCustomerDealDate(trx, before.customerId, actor.id);
    return (await repo.findContract(trx, id)) ?? stored;
  });
  return { contract: after, access };
}
