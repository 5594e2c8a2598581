import { request, withQuery } from './api-client';
import type { Page } from './api-types';
import { listPage, recordPath } from './record-api';
import type { Access } from './crm-types';
import type { ListOrder, NamedRecord } from './record-api';

export const CONTRACT_SORTS = [
  'signedOn',
  'endOn',
  'amountCents',
  'number',
  'createdAt',
  'updatedAt',
] as const;
export type ContractSort = (typeof CONTRACT_SORTS)[number];
export const PAYMENT_SORTS = ['receivedOn', 'amountCents', 'recordedAt'] as const;
export type PaymentSort = (typeof PAYMENT_SORTS)[number];

export type Contract = {
  id: string;
  customerId: string;
  /** On reads: the names of the customer, opportunity and owner (null when not readable). */
  customerName?: string | null;
  opportunityId: string | null;
  opportunityName?: string | null;
  ownerName?: string | null;
  number: string;
  title: string;
  amountCents: number;
  currency: string;
  signedOn: string;
  startOn: string | null;
  endOn: string | null;
  renewalOf: string | null;
  ownerId: string;
  paidCents: number;
  balanceCents: number;
  fullyPaidOn: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  access: Access;
};

export type PaymentPlan = {
  id: string;
  contractId: string;
  dueOn: string;
  amountCents: number;
  note: string | null;
  version: number;
  access: Access;
};

export type Payment = {
  id: string;
  contractId: string;
  /** In lists: the contract's number, title and currency, and its customer. */
  contractNumber?: string;
  contractTitle?: string;
  currency?: string;
  customerId?: string;
  customerName?: string | null;
  planId: string | null;
  amountCents: number;
  receivedOn: string;
  recordedAt: string;
  method: string | null;
  ownerId: string;
  timely: boolean;
  version: number;
  access: Access;
};

export type ContractListQuery = {
  page: number;
  pageSize: number;
  sort?: ContractSort;
  order?: ListOrder;
  q?: string;
  ownerId?: string;
  customerId?: string;
  signedFrom?: string;
  signedTo?: string;
  endFrom?: string;
  endTo?: string;
  renewal?: 'true' | 'false';
};

export type PaymentListQuery = {
  page: number;
  pageSize: number;
  sort?: PaymentSort;
  order?: ListOrder;
  contractId?: string;
  customerId?: string;
  ownerId?: string;
  receivedFrom?: string;
  receivedTo?: string;
};

export type ContractFields = {
  number: string;
  title: string;
  amountCents: number;
  signedOn: string;
  startOn?: string | null;
  endOn?: string | null;
  renewalOf?: string | null;
  opportunityId?: string | null;
};

export type NewPayment = {
  planId?: string | null;
  amountCents: number;
  receivedOn: string;
  method?: string | null;
  allowOverpayment: boolean;
};

export type NewPlan = { dueOn: string; amountCents: number; note?: string | null };

const path = (id: string) => recordPath('contracts', id);
const planPath = (id: string) => recordPath('payment-plans', id);
const paymentPath = (id: string) => recordPath('payments', id);

export const contractHistoryPath = (id: string) => `${path(id)}/history`;

export const listContracts = (query: ContractListQuery): Promise<Page<Contract>> =>
  listPage<Contract>('/api/v1/contracts', query);

export const getContract = (id: string) => request<Contract>('GET', path(id));

export const createContract = (fields: ContractFields & { customerId: string; currency: string }) =>
  request<Contract>('POST', '/api/v1/contracts', fields);

export const updateContract = (
  id: string,
  changes: Partial<ContractFields> & { version: number },
) => request<Contract>('PATCH', path(id), changes);

export const listPlans = (contractId: string) =>
  listPage<PaymentPlan>(`${path(contractId)}/payment-plans`, { pageSize: 200 });

export const createPlan = (contractId: string, plan: NewPlan) =>
  request<PaymentPlan>('POST', `${path(contractId)}/payment-plans`, plan);

export const updatePlan = (id: string, changes: Partial<NewPlan> & { version: number }) =>
  request<PaymentPlan>('PATCH', planPath(id), changes);

export const deletePlan = (plan: Pick<PaymentPlan, 'id' | 'version'>) =>
  request<void>('DELETE', withQuery(planPath(plan.id), { version: plan.version }));

export const listContractPayments = (contractId: string) =>
  listPage<Payment>(`${path(contractId)}/payments`, { pageSize: 200, order: 'desc' });

export const createPayment = (contractId: string, payment: NewPayment) =>
  request<Payment>('POST', `${path(contractId)}/payments`, payment);

export const deletePayment = (payment: Pick<Payment, 'id' | 'version'>) =>
  request<void>('DELETE', withQuery(paymentPath(payment.id), { version: payment.version }));

/** Contracts by number or title, named "number title", for pickers (optionally of one customer). */
export const searchContracts = async (
  q: string,
  customerId?: string,
): Promise<Page<NamedRecord>> => {
  const found = await listContracts({
    page: 1,
    pageSize: 30,
    q: q || undefined,
    customerId,
    sort: 'signedOn',
    order: 'desc',
  });
  return {
    ...found,
    items: found.items.map((c) => ({ id: c.id, name: `${c.number} ${c.title}` })),
  };
};

export const listPayments = (query: PaymentListQuery): Promise<Page<Payment>> =>
  listPage<Payment>('/api/v1/payments', query);
