import { namesOf } from '../../platform/http/list-query.js';
import type { PaymentContractFacts, PaymentRow, PlanRow } from './payments.repository.js';
import type { PaymentOut, PlanOut } from './payments.schema.js';

export function presentPlan(plan: PlanRow, access: 'read' | 'write'): PlanOut {
  return {
    id: plan.id,
    contractId: plan.contractId,
    dueOn: plan.dueOn,
    amountCents: plan.amountCents,
    note: plan.note,
    createdBy: plan.createdBy,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    version: plan.version,
    access,
  };
}

export function presentPayment(
  payment: PaymentRow & Partial<PaymentContractFacts>,
  access: 'read' | 'write',
): PaymentOut {
  return {
    id: payment.id,
    contractId: payment.contractId,
    planId: payment.planId,
    amountCents: payment.amountCents,
    receivedOn: payment.receivedOn,
    recordedAt: payment.recordedAt,
    method: payment.method,
    ownerId: payment.ownerId,
    timely: payment.timely === 1,
    createdBy: payment.createdBy,
    createdAt: payment.createdAt,
    updatedAt: payment.updatedAt,
    version: payment.version,
    access,
    ...namesOf(payment, [
      'contractNumber',
      'contractTitle',
      'currency',
      'customerId',
      'customerName',
    ]),
  };
}
