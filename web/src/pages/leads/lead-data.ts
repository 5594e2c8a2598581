import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getLead } from '../../api/leads-api';
import type { LeadStatus } from '../../api/leads-api';

export const LEADS_KEY = ['leads'] as const;

export const OPEN_LEAD_STATUSES: readonly LeadStatus[] = ['new', 'working'];

export const STATUS_COLORS: Record<LeadStatus, string> = {
  new: 'blue',
  working: 'gold',
  converted: 'green',
  disqualified: 'default',
};

export function useLead(id: string) {
  return useQuery({ queryKey: [...LEADS_KEY, 'one', id], queryFn: () => getLead(id) });
}

/** After any lead change: lists, the detail and its history are reloaded. */
export function useLeadsChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: LEADS_KEY });
    await queryClient.invalidateQueries({ queryKey: ['history'] });
  }, [queryClient]);
}
