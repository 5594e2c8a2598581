import type { Db } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { nowIso } from '../../platform/clock.js';
import { notFound, staleVersion } from '../../platform/errors/app-error.js';
import { pageWindow, type PageQuery } from '../../platform/http/list-query.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../../platform/policy/actor.js';
import { loadContract } from '../contracts/contracts.service.js';
import {
  newRecordColumns,
  recordCreated,
  softDeleteWithHistory,
  updateWithHistory,
} from '../../platform/records/versioned-record.service.js';
import * as repo from './payments.repository.js';
import type { CreatePlanInput, UpdatePlanInput } from './payments.schema.js';

/** A plan of a contract the actor may see (404 otherwise), with the access the contract gives. */
export async function loadPlan(db: Db, actor: Actor, id: string, need: 'read' | 'write' = 'read') {
  const plan = await repo.findPlan(db.kysely, id);
  if (!plan) throw notFound('payment_plan');
  const { access } = await loadContract(db, actor, plan.contractId, need);
  return { plan, access };
}

export async function listPlans(
  db: Db,
  actor: Actor,
  contractId: string,
  query: PageQuery & { sort: 'dueOn' | 'amountCents' | 'createdAt' },
) {
  const { access } = await loadContract(db, actor, contractId);
  const { items, ...total } = await repo.listPlans(
    db.kysely,
    contractId,
    { by: query.sort, order: query.order },
    pageWindow(query),
  );
  return { items, ...total, access };
}

export async function createPlan(db: Db, actor: Actor, contractId: string, input: CreatePlanInput) {
  const { access } = await loadContract(db, actor, contractId, 'write');
  const now = nowIso();
  const id = newId();
  const plan = await inTransaction(db, async (trx) => {
    await repo.insertPlan(trx, {
      id,
      contractId,
      dueOn: input.dueOn,
      amountCents: input.amountCents,
      note: input.note ?? null,
      ...newRecordColumns(actor.id, now),
    });
    const stored = await recordCreated(trx, planRef(id), actor.id, repo.findPlan);
    return stored;
  });
  return { plan, access };
}

const planRef = (id: string) => ({
  table: 'paymentPlans' as const,
  entity: 'payment_plan',
  label: 'payment_plan' as const,
  id,
});

export async function updatePlan(db: Db, actor: Actor, id: string, input: UpdatePlanInput) {
  const { plan: before, access } = await loadPlan(db, actor, id, 'write');
  if (before.version !== input.version) throw staleVersion('payment_plan');
  const { version, ...fields } = input;
  const changes = { ...fields, updatedAt: nowIso() };
  const plan = await inTransaction(db, (trx) =>
    updateWithHistory(
      trx,
      planRef(id),
      { version, changes, actorId: actor.id, before },
      repo.findPlan,
    ),
  );
  return { plan, access };
}

/** Payments made against a deleted plan keep pointing to it: the plan row stays, marked deleted. */
export async function deletePlan(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  const { plan } = await loadPlan(db, actor, id, 'write');
  await softDeleteWithHistory(db, planRef(id), {
    version,
    currentVersion: plan.version,
    actorId: actor.id,
  });
}
