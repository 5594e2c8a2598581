import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Payment, PaymentPlan } from '../../api/contracts-api';
import { planStatus, receivedByPlan } from './plan-status';

const plan = (dueOn: string, amountCents: number): PaymentPlan => ({
  id: 'p1',
  contractId: 'c1',
  dueOn,
  amountCents,
  note: null,
  createdBy: 'u1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  access: 'write',
});

const payment = (planId: string | null, amountCents: number): Payment => ({
  id: `${planId ?? 'none'}-${amountCents}`,
  contractId: 'c1',
  planId,
  amountCents,
  receivedOn: '2026-01-01',
  recordedAt: '2026-01-01T00:00:00Z',
  method: null,
  ownerId: 'u1',
  timely: true,
  createdBy: 'u1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  access: 'write',
});

describe('payment plan status', () => {
  const today = dayjs('2026-03-10');

  it('sums the payments recorded against each plan, ignoring unplanned ones', () => {
    const sums = receivedByPlan([payment('p1', 100), payment('p1', 50), payment(null, 999)]);
    expect(sums.get('p1')).toBe(150);
    expect(sums.size).toBe(1);
  });

  it('is paid when fully received, partial when some came, overdue or due otherwise', () => {
    expect(planStatus(plan('2026-03-01', 100), 100, today)).toBe('paid');
    expect(planStatus(plan('2026-03-01', 100), 120, today)).toBe('paid');
    expect(planStatus(plan('2026-03-01', 100), 40, today)).toBe('partial');
    expect(planStatus(plan('2026-03-09', 100), 0, today)).toBe('overdue');
    expect(planStatus(plan('2026-03-10', 100), 0, today)).toBe('due');
  });
});
