import type { Executor } from '../../db/database.js';
import { writeHistory } from '../../platform/history/history.repository.js';
import { collectionState } from './contract-collection.js';
import * as repo from './contracts.repository.js';

/**
 * Recomputes a contract's paid amount and fully-paid day from its live payments, inside the
 * caller's transaction (after `lockContract`), and logs what changed on the contract.
 */
export async function recomputeCollection(
  trx: Executor,
  contractId: string,
  actorId: string,
): Promise<void> {
  const contract = await repo.findContract(trx, contractId);
  if (!contract) return;
  const next = collectionState(contract.amountCents, await repo.livePaymentsOf(trx, contractId));
  if (next.paidCents === contract.paidCents && next.fullyPaidOn === contract.fullyPaidOn) return;
  await repo.setContractColumns(trx, contractId, next);
  await writeHistory(trx, {
    entity: 'contract',
    entityId: contractId,
    action: 'update',
    actorId,
    before: { paidCents: contract.paidCents, fullyPaidOn: contract.fullyPaidOn },
    after: next,
  });
}

/** Sets the customer's last deal day to the latest signed day of its live contracts, logging the change. */
export async function refreshCustomerDealDate(
  trx: Executor,
  customerId: string,
  actorId: string,
): Promise<void> {
  const [current, latest] = await Promise.all([
    repo.customerLastDealOn(trx, customerId),
    repo.latestSignedOn(trx, customerId),
  ]);
  if (current === latest) return;
  await repo.setCustomerLastDealOn(trx, customerId, latest);
  await writeHistory(trx, {
    entity: 'customer',
    entityId: customerId,
    action: 'update',
    actorId,
    before: { lastDealOn: current },
    after: { lastDealOn: latest },
  });
}
