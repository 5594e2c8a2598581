import { api, type BodyOf, type ItemOf, type Page, type QueryOf } from './api-client';
import { enumValues } from './generated/schema';
import type { NamedRecord } from './record-api';

export type Contract = ItemOf<'/api/v1/contracts'>;
export type ContractListQuery = QueryOf<'/api/v1/contracts', 'get'>;
export type ContractSort = NonNullable<ContractListQuery['sort']>;
export const CONTRACT_SORTS = enumValues['get /api/v1/contracts query.sort'];
export type Payment = ItemOf<'/api/v1/payments'>;
export type PaymentListQuery = QueryOf<'/api/v1/payments', 'get'>;
export type PaymentSort = NonNullable<PaymentListQuery['sort']>;
export const PAYMENT_SORTS = enumValues['get /api/v1/payments query.sort'];
export type PaymentPlan = ItemOf<'/api/v1/contracts/{id}/payment-plans'>;

export type NewContract = BodyOf<'/api/v1/contracts', 'post'>;
export type ContractFields = Omit<NewContract, 'customerId' | 'currency'>;
export type NewPayment = BodyOf<'/api/v1/contracts/{id}/payments', 'post'>;
export type NewPlan = BodyOf<'/api/v1/contracts/{id}/payment-plans', 'post'>;

const path = (id: string) => ({ path: { id } });
type Versioned = { id: string; version: number };
const versioned = ({ id, version }: Versioned) => ({ path: { id }, query: { version } });

export const listContracts = (query: ContractListQuery) => api.get('/api/v1/contracts', { query });

export const getContract = (id: string) => api.get('/api/v1/contracts/{id}', path(id));

export const createContract = (body: NewContract) => api.post('/api/v1/contracts', { body });

export const updateContract = (id: string, body: BodyOf<'/api/v1/contracts/{id}', 'patch'>) =>
  api.patch('/api/v1/contracts/{id}', { ...path(id), body });

export const listPlans = (contractId: string) =>
  api.get('/api/v1/contracts/{id}/payment-plans', {
    ...path(contractId),
    query: { pageSize: 200 },
  });

export const createPlan = (contractId: string, body: NewPlan) =>
  api.post('/api/v1/contracts/{id}/payment-plans', { ...path(contractId), body });

export const updatePlan = (id: string, body: BodyOf<'/api/v1/payment-plans/{id}', 'patch'>) =>
  api.patch('/api/v1/payment-plans/{id}', { ...path(id), body });

export const deletePlan = (plan: Versioned) =>
  api.delete('/api/v1/payment-plans/{id}', versioned(plan));

export const listContractPayments = (contractId: string) =>
  api.get('/api/v1/contracts/{id}/payments', {
    ...path(contractId),
    query: { pageSize: 200, order: 'desc' },
  });

export const createPayment = (contractId: string, body: NewPayment) =>
  api.post('/api/v1/contracts/{id}/payments', { ...path(contractId), body });

export const deletePayment = (payment: Versioned) =>
  api.delete('/api/v1/payments/{id}', versioned(payment));

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

export const listPayments = (query: PaymentListQuery) => api.get('/api/v1/payments', { query });
