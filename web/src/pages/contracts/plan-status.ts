import dayjs from 'dayjs';
import type { Payment, PaymentPlan } from '../../api/contracts-api';

export const PLAN_STATUSES = ['paid', 'partial', 'overdue', 'due'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  paid: 'success',
  partial: 'processing',
  overdue: 'error',
  due: 'default',
};

/** Received on each plan: the payments recorded against it. */
export function receivedByPlan(payments: readonly Payment[]): Map<string, number> {
  const received = new Map<string, number>();
  for (const payment of payments) {
    if (payment.planId)
      received.set(payment.planId, (received.get(payment.planId) ?? 0) + payment.amountCents);
  }
  return received;
}

/** Where a plan stands today: fully received, partly, past its due day, or still to come. */
export function planStatus(plan: PaymentPlan, receivedCents: number, today = dayjs()): PlanStatus {
  if (receivedCents >= plan.amountCents) return 'paid';
  if (receivedCents > 0) return 'partial';
  return dayjs(plan.dueOn).isBefore(today, 'day') ? 'overdue' : 'due';
}
