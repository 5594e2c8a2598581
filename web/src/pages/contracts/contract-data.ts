import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { getContract, listContractPayments, listPlans } from '../../api/contracts-api';
import { useConflictReload } from '../../components/conflict-reload';
import { useErrorReporter } from '../../components/use-error-reporter';

export const CONTRACTS_KEY = ['contracts'] as const;
export const PAYMENTS_KEY = ['payments'] as const;

export const contractKey = (id: string) => [...CONTRACTS_KEY, 'one', id] as const;
export const plansKey = (id: string) => [...CONTRACTS_KEY, 'plans', id] as const;
export const contractPaymentsKey = (id: string) => [...CONTRACTS_KEY, 'payments', id] as const;

export function useContract(id: string) {
  return useQuery({ queryKey: contractKey(id), queryFn: () => getContract(id) });
}

export function usePlans(contractId: string) {
  return useQuery({ queryKey: plansKey(contractId), queryFn: () => listPlans(contractId) });
}

export function useContractPayments(contractId: string) {
  return useQuery({
    queryKey: contractPaymentsKey(contractId),
    queryFn: () => listContractPayments(contractId),
  });
}

/**
 * After any change to a contract, its plans or payments: the contract (balance), its lists, the
 * global payment list, the customer's related records and the history are reloaded.
 */
export function useContractsChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all(
      [CONTRACTS_KEY, PAYMENTS_KEY, ['history'], ['timeline'], ['scorecard']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  }, [queryClient]);
}

/**
 * Deletes a plan or payment (with the version it was read at): says so, reloads the contract's data,
 * or shows why not (a stale version reloads the list first).
 */
export function useRemoveFromContract(): (
  listKey: QueryKey,
  remove: () => Promise<unknown>,
  done: string,
) => Promise<void> {
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const conflictReload = useConflictReload();
  const changed = useContractsChanged();
  return useCallback(
    async (listKey, remove, done) => {
      try {
        await conflictReload([listKey], remove);
        void message.success(done);
        await changed();
      } catch (error) {
        reportError(error);
      }
    },
    [message, reportError, conflictReload, changed],
  );
}

/** YYYY-MM-DD of a picked day, or null when the field was left empty. */
export const dayOrNull = (day: { format: (pattern: string) => string } | null | undefined) =>
  day ? day.format('YYYY-MM-DD') : null;
