import type { Db, Dialect, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isTimely } from '../../domain/quality/timeliness.js';
import { startOfOrgDay } from '../../domain/time/org-day.js';
import { nowIso } from '../../platform/clock.js';
import { notFound, staleVersion, fieldProblem, refusal } from '../../platform/errors/app-error.js';
import { pageWindow } from '../../platform/http/list-query.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { recomputeCollection } from '../contracts/contract-collection.service.js';
import { accessToContract } from '../contracts/contracts.presenter.js';
import { findContract, lockContract, type ContractRow } from '../contracts/contracts.repository.js';
import { loadContract } from '../contracts/contracts.service.js';
import { customerNameViewerOf } from '../customers/customers.service.js';
import {
  newRecordColumns,
  recordCreated,
  softDeleteWithHistory,
  updateWithHistory,
} from '../../platform/records/versioned-record.service.js';
import * as repo from './payments.repository.js';
import type {
  CreatePaymentInput,
  ListPaymentsQuery,
  UpdatePaymentInput,
} from './payments.schema.js';

const paymentRef = (id: string) => ({
  table: 'payments' as const,
  entity: 'payment',
  label: 'payment' as const,
  id,
});

/** update_timeliness: a payment "happens" at the start of its received day in the org zone. */
const timelyFlag = (receivedOn: string, recordedAt: string, zone: string) =>
  isTimely(startOfOrgDay(receivedOn, zone), new Date(recordedAt)) ? 1 : 0;

/**
 * payment_amount's owner, stored on the payment: the contract's owner on the day it was received,
 * at the start of that org-zone day (METRICS.md, Owner).
 */
const ownerOnReceivedDay = (
  trx: Executor,
  dialect: Dialect,
  contractId: string,
  receivedOn: string,
  zone: string,
) =>
  repo.contractOwnerAtInstant(
    trx,
    dialect,
    contractId,
    startOfOrgDay(receivedOn, zone).toISOString(),
  );

/** A payment on a contract the actor may see (404 otherwise). */
export async function loadPayment(
  db: Db,
  actor: Actor,
  id: string,
  need: 'read' | 'write' = 'read',
) {
  const payment = await repo.findPayment(db.kysely, id);
  if (!payment) throw notFound('payment');
  const { contract, access } = await loadContract(db, actor, payment.contractId, need);
  return { payment, contract, access };
}

export async function listPayments(db: Db, actor: Actor, query: ListPaymentsQuery) {
  const { sort, order, page, pageSize, ...filter } = query;
  const { items, ...total } = await repo.listPayments(
    db.kysely,
    db.dialect,
    customerNameViewerOf(actor, db.dialect),
    filter,
    { by: sort, order },
    pageWindow({ page, pageSize }),
  );
  return { items, ...total, access: accessToContract(actor) };
}

/** Locks the contract and reads it under the lock: its owner and amount as of this moment. */
async function lockedContract(trx: Executor, contractId: string): Promise<ContractRow> {
  await lockContract(trx, contractId);
  const contract = await findContract(trx, contractId);
  if (!contract) throw notFound('contract');
  return contract;
}

async function assertPlanOfContract(
  executor: Executor,
  planId: string | null | undefined,
  contractId: string,
): Promise<void> {
  if (!planId) return;
  const plan = await repo.findPlan(executor, planId);
  if (!plan || plan.contractId !== contractId)
    throw notFound('payment_plan', [
      fieldProblem('planId', 'not_of_this_record', 'not a plan of this contract'),
    ]);
}

/**
 * Refuses (422) a payment that would take the contract's payments past its amount, unless the
 * caller says so explicitly. Runs after `lockContract`, so concurrent payments cannot both slip in.
 */
async function assertWithinBalance(
  trx: Executor,
  contract: ContractRow,
  amountCents: number,
  allowOverpayment: boolean,
  exceptId?: string,
): Promise<void> {
  if (allowOverpayment) return;
  const balance = contract.amountCents - (await repo.paidExcept(trx, contract.id, exceptId));
  if (amountCents > balance) {
    throw refusal(
      'contract_overpaid',
      `This payment exceeds the remaining balance of ${Math.max(balance, 0)} cents; send allowOverpayment: true to record it anyway`,
      { balanceCents: Math.max(balance, 0) },
    );
  }
}

export async function createPayment(
  db: Db,
  actor: Actor,
  contractId: string,
  input: CreatePaymentInput,
  zone: string,
) {
  const { access } = await loadContract(db, actor, contractId, 'write');
  const id = newId();
  const payment = await inTransaction(db, async (trx) => {
    const contract = await lockedContract(trx, contractId);
    await assertPlanOfContract(trx, input.planId, contractId);
    await assertWithinBalance(trx, contract, input.amountCents, input.allowOverpayment);
    const recordedAt = nowIso();
    await repo.insertPayment(trx, {
      id,
      contractId,
      planId: input.planId ?? null,
      amountCents: input.amountCents,
      receivedOn: input.receivedOn,
      recordedAt,
      method: input.method ?? null,
      ownerId: await ownerOnReceivedDay(trx, db.dialect, contractId, input.receivedOn, zone),
      timely: timelyFlag(input.receivedOn, recordedAt, zone),
      ...newRecordColumns(actor.id, recordedAt),
    });
    const stored = await recordCreated(trx, paymentRef(id), actor.id, repo.findPayment);
    await recomputeCollection(trx, contractId, actor.id);
    return stored;
  });
  return { payment, access };
}

/**
 * Corrects a payment. Its recorded_at stays that of when it was first recorded; its owner and
 * `timely` follow a corrected received day. The balance rule applies only to a raised amount.
 */
export async function updatePayment(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdatePaymentInput,
  zone: string,
) {
  const { payment: before, access } = await loadPayment(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('payment');
  const { version, allowOverpayment, ...fields } = input;
  const payment = await inTransaction(db, async (trx) => {
    const contract = await lockedContract(trx, before.contractId);
    await assertPlanOfContract(trx, fields.planId, contract.id);
    if (fields.amountCents !== undefined && fields.amountCents > before.amountCents) {
      await assertWithinBalance(trx, contract, fields.amountCents, allowOverpayment, id);
    }
    const receivedOn = fields.receivedOn ?? before.receivedOn;
    const changes = {
      ...fields,
      ...(receivedOn !== before.receivedOn
        ? { ownerId: await ownerOnReceivedDay(trx, db.dialect, contract.id, receivedOn, zone) }
        : {}),
      timely: timelyFlag(receivedOn, before.recordedAt, zone),
      updatedAt: nowIso(),
    };
    const stored = await updateWithHistory(
      trx,
      paymentRef(id),
      { version, changes, actorId: actor.id, before },
      repo.findPayment,
    );
    await recomputeCollection(trx, contract.id, actor.id);
    return stored;
  });
  return { payment, access };
}

export async function deletePayment(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  const { payment } = await loadPayment(db, actor, id, 'write');
  await softDeleteWithHistory(
    db,
    paymentRef(id),
    { version, currentVersion: payment.version, actorId: actor.id },
    async (trx) => {
      await lockContract(trx, payment.contractId);
      await recomputeCollection(trx, payment.contractId, actor.id);
    },
  );
}
