import type { Db, Executor } from '../../db/database.js';
import {
  fieldProblem,
  notFound,
  readOnlyRecord,
  type RecordKind,
  refusal,
} from '../../platform/errors/app-error.js';
import { pageWindow } from '../../platform/http/list-query.js';
import type { Actor } from '../../platform/policy/actor.js';
import { ownerScopeOf } from '../../platform/policy/data-scope.js';
import { customerNameViewerOf } from '../customers/customers.service.js';
import { softDeleteWithHistory } from '../../platform/records/versioned-record.service.js';
import { refreshCustomerDealDate } from './contract-collection.service.js';
import { accessToContract } from './contracts.presenter.js';
import * as repo from './contracts.repository.js';
import type { ListContractsQuery } from './contracts.schema.js';

export const contractRef = (id: string) => ({
  table: 'contracts' as const,
  entity: 'contract',
  label: 'contract' as const,
  id,
});

/** A contract whose owner is in the actor's data scope; anything else is "not found". */
export async function loadContract(
  db: Db,
  actor: Actor,
  id: string,
  need: 'read' | 'write' = 'read',
) {
  const contract = await repo.findVisibleContract(db.kysely, id, ownerScopeOf(actor));
  if (!contract) throw notFound('contract');
  const access = accessToContract(actor);
  if (need === 'write' && access !== 'write') throw readOnlyRecord('contract');
  return { contract, access };
}

/** A visible contract with the names shown beside it; anything else is "not found". */
export async function readContract(db: Db, actor: Actor, id: string) {
  const contract = await repo.findVisibleNamedContract(
    db.kysely,
    id,
    customerNameViewerOf(actor, db.dialect),
  );
  if (!contract) throw notFound('contract');
  return { contract, access: accessToContract(actor) };
}

export async function listContracts(db: Db, actor: Actor, query: ListContractsQuery) {
  const { items, ...total } = await repo.listContracts(
    db.kysely,
    db.dialect,
    customerNameViewerOf(actor, db.dialect),
    {
      q: query.q,
      ownerId: query.ownerId,
      departmentId: query.departmentId,
      customerId: query.customerId,
      signedFrom: query.signedFrom,
      signedTo: query.signedTo,
      endFrom: query.endFrom,
      endTo: query.endTo,
      renewal: query.renewal,
      unpaidOn: query.unpaidOn,
    },
    { by: query.sort, order: query.order },
    pageWindow(query),
  );
  return { items, ...total, access: accessToContract(actor) };
}

const notFoundAt = (record: RecordKind, path: string) =>
  notFound(record, [fieldProblem(path, 'not_found', 'not found')]);

/** The opportunity and renewed contract a contract points to must be live and of its own customer. */
export async function assertReferences(
  executor: Executor,
  customerId: string,
  refs: { opportunityId?: string | null | undefined; renewalOf?: string | null | undefined },
  selfId?: string,
): Promise<void> {
  if (
    refs.opportunityId &&
    !(await repo.opportunityOfCustomer(executor, refs.opportunityId, customerId))
  ) {
    throw notFoundAt('opportunity', 'opportunityId');
  }
  if (refs.renewalOf) {
    const renewed =
      refs.renewalOf === selfId ? undefined : await repo.findContract(executor, refs.renewalOf);
    if (!renewed || renewed.customerId !== customerId) throw notFoundAt('contract', 'renewalOf');
  }
}

/** Soft delete; a contract with live payments is refused, so that no payment is left without its contract. */
export async function deleteContract(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  const { contract } = await loadContract(db, actor, id, 'write');
  await softDeleteWithHistory(
    db,
    contractRef(id),
    { version, currentVersion: contract.version, actorId: actor.id },
    async (trx) => {
      if ((await repo.countLivePayments(trx, id)) > 0) {
        throw refusal('contract_has_payments', 'This contract has payments: delete them first', {});
      }
      await refreshCustomerDealDate(trx, contract.customerId, actor.id);
    },
  );
}
