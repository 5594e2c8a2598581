import type { Actor } from '../../platform/policy/actor.js';
import { canWriteContracts } from './contracts.policy.js';
import { namesOf } from '../../platform/http/list-query.js';
import type { ContractNames, ContractRow } from './contracts.repository.js';
import type { ContractOut } from './contracts.schema.js';

/** Access to a contract already found within the actor's scope. */
export const accessToContract = (actor: Actor): 'read' | 'write' =>
  canWriteContracts(actor) ? 'write' : 'read';

export function presentContract(
  contract: ContractRow & Partial<ContractNames>,
  access: 'read' | 'write',
): ContractOut {
  return {
    id: contract.id,
    customerId: contract.customerId,
    opportunityId: contract.opportunityId,
    number: contract.number,
    title: contract.title,
    amountCents: contract.amountCents,
    currency: contract.currency,
    signedOn: contract.signedOn,
    startOn: contract.startOn,
    endOn: contract.endOn,
    renewalOf: contract.renewalOf,
    ownerId: contract.ownerId,
    paidCents: contract.paidCents,
    balanceCents: contract.amountCents - contract.paidCents,
    fullyPaidOn: contract.fullyPaidOn,
    createdBy: contract.createdBy,
    createdAt: contract.createdAt,
    updatedAt: contract.updatedAt,
    version: contract.version,
    access,
    ...namesOf(contract, ['customerName', 'ownerName', 'opportunityName']),
  };
}
